/**
 * Proofs of work for the question POST row: the bench server takes this tiny difficulty, so
 * the row measures the service (verification, idempotency, the SQLite write), not the solving.
 */
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { AltchaGuard, type AltchaSettings } from '../src/questions/altcha.js';

export const BENCH_ALTCHA: AltchaSettings = {
  hmacKey: 'pbgdpl-bench',
  cost: 1,
  counterMin: 1,
  counterMax: 2,
  expiresInSeconds: 60 * 60,
};

/** `count` solved proofs, each good for one submission: `altcha` payloads as the widget sends. */
export async function solvedProofs(count: number): Promise<string[]> {
  const guard = new AltchaGuard(BENCH_ALTCHA);
  return Promise.all(
    Array.from({ length: count }, async () => {
      const challenge = await guard.challenge();
      const solution = await solveChallenge({ challenge, deriveKey });
      if (!solution) throw new Error('could not solve a bench challenge');
      return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    }),
  );
}
