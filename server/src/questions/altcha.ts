/**
 * ALTCHA proof of work (altcha-lib v2, the format of the `altcha` widget v3), issued and
 * verified by this service alone: no citizen data goes to a third party.
 *
 * Challenges are deterministic (the server picks the counter and signs the derived key), so
 * verifying costs one HMAC whatever the difficulty, and the expected client work is
 * `counter × cost` PBKDF2 iterations. Replays are refused by the store, which records every
 * spent challenge signature until the challenge expires (inbox.ts, `altcha_spent`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { AltchaChallenge } from '../schemas/index.js';

export interface AltchaSettings {
  /** The HMAC secret that signs challenges (env ALTCHA_HMAC_KEY). */
  hmacKey: string;
  /** PBKDF2 iterations per attempt. */
  cost: number;
  /** The secret counter is drawn from [counterMin, counterMax]: the number of attempts. */
  counterMin: number;
  counterMax: number;
  /** How long a challenge may be solved and submitted. */
  expiresInSeconds: number;
}

/**
 * About 1–3 s of work in a current phone browser with the widget's workers; an hour to fill the
 * form in and submit (a queued offline submission older than that fetches a fresh challenge).
 */
export const DEFAULT_ALTCHA: Omit<AltchaSettings, 'hmacKey'> = {
  cost: 1_000,
  counterMin: 1_000,
  counterMax: 4_000,
  expiresInSeconds: 60 * 60,
};

const ALGORITHM = 'PBKDF2/SHA-256';

export type ProofCheck =
  { ok: true; signature: string; expiresMs: number } | { ok: false; reason: 'invalid' | 'expired' };

export class AltchaGuard {
  private readonly keySecret: string;

  constructor(private readonly settings: AltchaSettings) {
    if (!settings.hmacKey) throw new Error('ALTCHA needs a non-empty HMAC key');
    if (settings.counterMin > settings.counterMax) {
      throw new Error('ALTCHA counterMin must not exceed counterMax');
    }
    // A second secret for the derived-key signatures, derived so one key configures both.
    this.keySecret = createHmac('sha256', settings.hmacKey)
      .update('pbgdpl-altcha-key-signature')
      .digest('hex');
  }

  async challenge(now: Date = new Date()): Promise<AltchaChallenge> {
    const challenge = await createChallenge({
      algorithm: ALGORITHM,
      cost: this.settings.cost,
      counter: randomInt(this.settings.counterMax, this.settings.counterMin),
      deriveKey,
      expiresAt: Math.floor(now.getTime() / 1000) + this.settings.expiresInSeconds,
      hmacSignatureSecret: this.settings.hmacKey,
      hmacKeySignatureSecret: this.keySecret,
    });
    return challenge as AltchaChallenge;
  }

  /** Checks the widget's payload: base64 of `{ challenge, solution }` JSON. */
  async verify(payload: string): Promise<ProofCheck> {
    const parsed = parsePayload(payload);
    if (!parsed || parsed.challenge.parameters.expiresAt === undefined) {
      return { ok: false, reason: 'invalid' };
    }
    try {
      const result = await verifySolution({
        challenge: parsed.challenge,
        solution: parsed.solution,
        deriveKey,
        hmacSignatureSecret: this.settings.hmacKey,
        hmacKeySignatureSecret: this.keySecret,
      });
      if (result.expired) return { ok: false, reason: 'expired' };
      if (!result.verified || !parsed.challenge.signature) return { ok: false, reason: 'invalid' };
      return {
        ok: true,
        signature: parsed.challenge.signature,
        expiresMs: parsed.challenge.parameters.expiresAt * 1000,
      };
    } catch {
      // Malformed hex, unknown algorithm…: a bad proof, never a 500.
      return { ok: false, reason: 'invalid' };
    }
  }
}

interface ParsedPayload {
  challenge: Challenge & { parameters: { expiresAt?: number } };
  solution: { counter: number; derivedKey: string };
}

function parsePayload(payload: string): ParsedPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value['challenge']) || !isRecord(value['solution'])) {
    return undefined;
  }
  const challenge = value['challenge'];
  const solution = value['solution'];
  if (
    !isRecord(challenge['parameters']) ||
    typeof challenge['signature'] !== 'string' ||
    typeof solution['counter'] !== 'number' ||
    typeof solution['derivedKey'] !== 'string'
  ) {
    return undefined;
  }
  const expiresAt = challenge['parameters']['expiresAt'];
  if (expiresAt !== undefined && typeof expiresAt !== 'number') return undefined;
  return value as unknown as ParsedPayload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The HMAC key for a deployment: ALTCHA_HMAC_KEY when set (required when several instances
 * share the load), otherwise a random key kept in the data directory, so challenges issued
 * before a restart still verify after it.
 */
export function resolveAltchaKey(
  envKey: string | undefined,
  dataDir: string,
): { key: string; source: 'env' | 'file' | 'generated' } {
  if (envKey) return { key: envKey, source: 'env' };
  const file = join(dataDir, 'altcha-hmac.key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key) return { key, source: 'file' };
  }
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return { key, source: 'generated' };
}
