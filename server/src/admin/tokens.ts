import { createHash, randomBytes } from 'node:crypto';

/** A new admin token: `pbgdpl_` and 32 random bytes in base64url. Shown once, never stored. */
export function mintToken(): string {
  return `pbgdpl_${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
