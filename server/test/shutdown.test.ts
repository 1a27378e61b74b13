/**
 * Graceful shutdown with a real listening server (inject bypasses the connection handling that
 * close() drains): a question being committed when SIGTERM arrives is stored and answered.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { gracefulShutdown } from '../src/shutdown.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { fixture } from './fixtures.js';
import { questionRow, ROOMY_LIMITS, solvedAltcha, submission } from './inbox-helpers.js';

/** An app on a file database whose question commits wait for `release()`. */
async function slowWriteApp() {
  const filename = join(mkdtempSync(join(tmpdir(), 'pbgdpl-shutdown-')), 'db.sqlite');
  const store = openSqliteStore({ filename });
  await store.seed(fixture());
  let release = () => {};
  let entered = () => {};
  const committing = new Promise<void>((resolve) => (entered = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  const app = await buildApp({
    store,
    altcha: { hmacKey: 'test-hmac-key', cost: 1, counterMin: 1, counterMax: 30 },
    rateLimits: ROOMY_LIMITS,
    beforeSubmitCommit: async () => {
      entered();
      await gate;
    },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const body = { ...submission(), altcha: await solvedAltcha(app) };
  const post = fetch(`${address}/api/v1/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
  });
  const first = await Promise.race([committing.then(() => 'committing'), post.then(() => 'ended')]);
  if (first !== 'committing') throw new Error('the submission ended before its commit');
  return { app, store, filename, address, post, release };
}

describe('graceful shutdown', () => {
  it('lets a question being committed finish and be stored, then closes the store', async () => {
    const { app, store, filename, address, post, release } = await slowWriteApp();
    const exits: number[] = [];
    const closing = gracefulShutdown(app, store, { exit: (code) => void exits.push(code) })(
      'SIGTERM',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(exits).toEqual([]); // still waiting for the request in flight
    // No new connections meanwhile.
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();

    release();
    const res = await post;
    expect(res.status).toBe(202);
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    await closing;
    expect(exits).toEqual([0]);

    const reopened = openSqliteStore({ filename });
    try {
      expect(questionRow(reopened, trackingCode)).toMatchObject({ status: 'pending' });
    } finally {
      await reopened.close();
    }
  });

  it('exits at once on a second signal, and after the grace period', async () => {
    for (const trigger of ['second signal', 'grace period'] as const) {
      const { app, store, post, release } = await slowWriteApp();
      const exits: number[] = [];
      const shutdown = gracefulShutdown(app, store, {
        graceMs: trigger === 'grace period' ? 50 : 60_000,
        exit: (code) => void exits.push(code),
      });
      const closing = shutdown('SIGTERM');
      if (trigger === 'second signal') await shutdown('SIGINT');
      else await new Promise((resolve) => setTimeout(resolve, 150));
      expect(exits, trigger).toEqual([1]);
      // Let the test's request end, so nothing outlives it.
      release();
      await post;
      await closing;
    }
  });
});
