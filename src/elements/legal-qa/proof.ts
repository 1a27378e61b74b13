/**
 * The ALTCHA proof of work, solved in the page with `altcha/lib` (PBKDF2 through Web Crypto,
 * asynchronous, so the page stays responsive). Its own chunk, imported when the ask form opens:
 * pages that never show the form never download it. No widget UI: the form says what is going
 * on in its own words and live region.
 */
import { pbkdf2, solveChallenge } from 'altcha/lib';
import type { AltchaChallenge } from '../../api/types.js';

/** The `altcha` payload the server verifies: base64 of `{ challenge, solution }`. */
export async function solve(challenge: AltchaChallenge, signal?: AbortSignal): Promise<string> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const solution = await solveChallenge({
    challenge,
    deriveKey: pbkdf2.deriveKey,
    controller,
    timeout: 90_000,
  });
  if (!solution) throw signal?.reason ?? new Error('proof of work gave up');
  return btoa(JSON.stringify({ challenge, solution }));
}
