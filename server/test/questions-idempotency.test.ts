/**
 * Nothing lost, nothing duplicated: the Idempotency-Key semantics of POST /api/v1/questions,
 * checked against what the store holds.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_STALE_MS, IDEMPOTENCY_TTL_MS } from '../src/store/inbox.js';
import {
  closeInboxApp,
  countSubmitted,
  createInboxApp,
  solvedAltcha,
  submit,
  type InboxContext,
} from './inbox-helpers.js';

/** Holds every submission just before its commit until `release()`. */
function gate() {
  let open = true;
  let release = () => {};
  let wait = Promise.resolve();
  return {
    close() {
      open = false;
      wait = new Promise<void>((resolve) => {
        release = () => {
          open = true;
          resolve();
        };
      });
    },
    release: () => release(),
    hook: async () => {
      if (!open) await wait;
    },
  };
}

const held = gate();
let ctx: InboxContext;
beforeAll(async () => {
  ctx = await createInboxApp({ beforeSubmitCommit: held.hook });
});
afterAll(async () => closeInboxApp(ctx));

function keyState(key: string) {
  return ctx.store.db.prepare('SELECT state FROM idempotency_keys WHERE key = ?').get(key) as
    { state: string } | undefined;
}

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and body, storing one question', async () => {
    const key = randomUUID();
    const altcha = await solvedAltcha(ctx.app);
    const before = countSubmitted(ctx.store);
    const first = await submit(ctx.app, { altcha }, { key });
    expect(first.statusCode).toBe(202);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const again = await submit(ctx.app, { altcha }, { key });
    expect(again.statusCode).toBe(202);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['location']).toBeUndefined();
    expect(countSubmitted(ctx.store)).toBe(before + 1);
  });

  it('replays also when the retry had to solve a fresh proof (the proof is not content)', async () => {
    const key = randomUUID();
    const first = await submit(ctx.app, {}, { key });
    const before = countSubmitted(ctx.store);
    const retry = await submit(ctx.app, {}, { key }); // submit() fetches a new proof
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toEqual(first.json());
    expect(countSubmitted(ctx.store)).toBe(before);
  });

  it('treats NFC and NFD spellings of the same text as the same body', async () => {
    const key = randomUUID();
    const title = 'Quyền thừa kế của con riêng';
    const first = await submit(ctx.app, { title: title.normalize('NFC') }, { key });
    const retry = await submit(ctx.app, { title: title.normalize('NFD') }, { key });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toEqual(first.json());
  });

  it('answers 422 to the same key with a different body, and stores nothing', async () => {
    const key = randomUUID();
    expect((await submit(ctx.app, { title: 'Câu hỏi ban đầu' }, { key })).statusCode).toBe(202);
    const before = countSubmitted(ctx.store);
    const res = await submit(ctx.app, { title: 'Một câu hỏi khác hẳn' }, { key });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({ type: '/problems/idempotency-key-reused', status: 422 });
    expect(countSubmitted(ctx.store)).toBe(before);
  });

  it('answers 409 to a duplicate that arrives while the first is in flight', async () => {
    const key = randomUUID();
    const altcha = await solvedAltcha(ctx.app);
    const before = countSubmitted(ctx.store);
    held.close();
    const first = submit(ctx.app, { altcha }, { key });
    // Wait until the first request holds the key and is parked before its commit.
    for (let i = 0; i < 200 && keyState(key)?.state !== 'processing'; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(keyState(key)?.state).toBe('processing');

    const duplicate = await submit(ctx.app, { altcha }, { key });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      type: '/problems/idempotency-in-flight',
      status: 409,
    });
    expect(countSubmitted(ctx.store)).toBe(before); // nothing committed yet: no 2xx either

    held.release();
    const done = await first;
    expect(done.statusCode).toBe(202);
    expect(countSubmitted(ctx.store)).toBe(before + 1);
    const later = await submit(ctx.app, { altcha }, { key });
    expect(later.json()).toEqual(done.json());
  });

  it('stores exactly one question when two identical requests race', async () => {
    const key = randomUUID();
    const altcha = await solvedAltcha(ctx.app);
    const before = countSubmitted(ctx.store);
    const results = await Promise.all([
      submit(ctx.app, { altcha }, { key }),
      submit(ctx.app, { altcha }, { key }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(202);
    // The loser either met the winner in flight (409) or arrived after its commit (replay).
    expect([202, 409]).toContain(statuses[1]);
    expect(countSubmitted(ctx.store)).toBe(before + 1);
  });

  it('frees the key when the request fails, so the same key can be retried', async () => {
    const key = randomUUID();
    const bad = await submit(ctx.app, { altcha: 'bm9wZQ==' }, { key, rawAltcha: true });
    expect(bad.statusCode).toBe(400);
    expect(keyState(key)).toBeUndefined();
    const retry = await submit(ctx.app, {}, { key });
    expect(retry.statusCode).toBe(202);
    expect(keyState(key)?.state).toBe('completed');
  });

  it('forgets keys after 24 hours and lets a retry take over a dead request', async () => {
    const inbox = ctx.store.inbox;
    const now = new Date();
    expect(await inbox.beginIdempotent('k-expiry', 'fp', now)).toEqual({ kind: 'new' });
    expect(await inbox.beginIdempotent('k-expiry', 'fp', now)).toEqual({ kind: 'in-flight' });
    // A request that died mid-way (crash) does not block its retries forever.
    const afterStale = new Date(now.getTime() + IDEMPOTENCY_STALE_MS + 1);
    expect(await inbox.beginIdempotent('k-expiry', 'fp', afterStale)).toEqual({ kind: 'new' });

    ctx.store.db
      .prepare(
        `UPDATE idempotency_keys SET state = 'completed', status_code = 202, response = '{}'
         WHERE key = 'k-expiry'`,
      )
      .run();
    expect((await inbox.beginIdempotent('k-expiry', 'fp', afterStale)).kind).toBe('replay');
    const nextDay = new Date(afterStale.getTime() + IDEMPOTENCY_TTL_MS + 1);
    expect(await inbox.beginIdempotent('k-expiry', 'other', nextDay)).toEqual({ kind: 'new' });
  });
});
