/**
 * POST /api/v1/questions: a citizen's question is stored exactly once, validated, protected by
 * a proof of work and a honeypot, and answered 202 only once committed.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeInboxApp,
  countSubmitted,
  createInboxApp,
  questionRow,
  solvedAltcha,
  submission,
  submit,
  type InboxContext,
} from './inbox-helpers.js';

let ctx: InboxContext;
beforeAll(async () => {
  ctx = await createInboxApp();
});
afterAll(async () => closeInboxApp(ctx));

describe('a valid submission', () => {
  it('is stored, then answered 202 with a tracking code', async () => {
    const res = await submit(ctx.app, {}, { origin: 'https://ninhbinh.gov.vn' });
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toEqual({
      trackingCode: expect.stringMatching(/^PB-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/),
      status: 'pending',
      askedAt: expect.stringMatching(/\+07:00$/),
    });
    expect(res.headers['location']).toBe(`/api/v1/questions/track/${body.trackingCode}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['access-control-allow-origin']).toBe('*');

    const row = questionRow(ctx.store, body.trackingCode);
    expect(row).toMatchObject({
      unit_id: 'ninh-binh',
      status: 'pending',
      title: 'Thủ tục tách thửa đất nông nghiệp',
      field: 'dat-dai',
      name: 'Nguyễn Văn An',
      email: 'an.nguyen@example.vn',
      phone: null,
      notice_version: '2026-01',
      origin: 'https://ninhbinh.gov.vn',
      ip: '127.0.0.1',
      answer_html: null,
    });
    expect(row?.['consented_at']).toBe(body.askedAt);
  });

  it('stores text as NFC, without control characters, never as HTML', async () => {
    const decomposed = 'Hỏi về <b>thừa kế</b>\u0000 đất'.normalize('NFD');
    const res = await submit(ctx.app, {
      title: decomposed,
      question: '  Dòng một\r\nDòng hai <script>alert(1)</script>  ',
      email: '',
      phone: '0912 345 678',
    });
    expect(res.statusCode).toBe(202);
    const row = questionRow(ctx.store, res.json().trackingCode);
    expect(row?.['title']).toBe('Hỏi về <b>thừa kế</b> đất'.normalize('NFC'));
    expect(row?.['title']).not.toBe(decomposed);
    expect(row?.['question']).toBe('Dòng một\nDòng hai <script>alert(1)</script>');
    expect(row).toMatchObject({ email: null, phone: '0912 345 678' });
  });
});

describe('bad input → 400 problem, nothing stored', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['missing consent', { consent: undefined }, 'consent'],
    ['consent false', { consent: false }, 'consent'],
    ['consent "true" (a string)', { consent: 'true' }, 'consent'],
    ['neither email nor phone', { email: '', phone: '' }, 'email'],
    ['bad email', { email: 'khong-phai-email' }, 'email'],
    ['bad phone', { phone: 'goi toi nhe' }, 'phone'],
    ['title too long', { title: 'a'.repeat(201) }, 'title'],
    ['question too long', { question: 'a'.repeat(4001) }, 'question'],
    ['blank title after trimming', { title: '       ' }, 'title'],
    ['unknown field', { field: 'toan-hoc' }, 'field'],
    ['unknown unit', { unit: 'khong-co' }, 'unit'],
    ['unknown property', { extra: 'x' }, 'extra'],
    ['name too long', { name: 'a'.repeat(101) }, 'name'],
  ];
  it.each(cases)('%s', async (_label, body, name) => {
    const before = countSubmitted(ctx.store);
    const res = await submit(ctx.app, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = res.json();
    expect(problem).toMatchObject({ type: '/problems/validation', status: 400 });
    expect(problem.errors.map((e: { name: string }) => e.name)).toContain(name);
    expect(countSubmitted(ctx.store)).toBe(before);
  });

  it('requires an Idempotency-Key that is a UUID', async () => {
    for (const headers of [{}, { 'idempotency-key': 'abc' }]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/questions',
        headers: { 'content-type': 'application/json', ...headers },
        payload: submission({ altcha: 'eA==' }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { name: string }) => e.name)).toContain('idempotency-key');
    }
  });

  it('refuses a body over the limit with 413 problem', async () => {
    const res = await submit(ctx.app, { question: 'ộ'.repeat(9000) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
  });

  it('refuses a body that is not JSON with a 4xx problem', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/questions',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': randomUUID(),
      },
      payload: 'title=x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().status).toBe(415);
  });
});

describe('honeypot', () => {
  it('answers like a success but stores nothing', async () => {
    const before = countSubmitted(ctx.store);
    const res = await submit(ctx.app, { website: 'http://spam.example' });
    expect(res.statusCode).toBe(202);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(/^PB-/);
    expect(countSubmitted(ctx.store)).toBe(before);
    expect(questionRow(ctx.store, trackingCode)).toBeUndefined();
    const track = await ctx.app.inject(`/api/v1/questions/track/${trackingCode}`);
    expect(track.statusCode).toBe(404);
  });
});

describe('proof of work', () => {
  it('refuses a missing, garbled or tampered proof', async () => {
    const good = JSON.parse(Buffer.from(await solvedAltcha(ctx.app), 'base64').toString());
    const tampered = structuredClone(good);
    tampered.challenge.parameters.cost = 0;
    const wrongKey = structuredClone(good);
    wrongKey.solution.derivedKey = 'ab'.repeat(32);
    const unsigned = structuredClone(good);
    delete unsigned.challenge.signature;
    const payloads = [
      'bm90IGpzb24=',
      '%%%',
      Buffer.from(JSON.stringify(tampered)).toString('base64'),
      Buffer.from(JSON.stringify(wrongKey)).toString('base64'),
      Buffer.from(JSON.stringify(unsigned)).toString('base64'),
    ];
    for (const altcha of payloads) {
      const res = await submit(ctx.app, { altcha }, { rawAltcha: true });
      expect(res.statusCode, altcha).toBe(400);
      expect(res.json()).toMatchObject({ type: '/problems/altcha-invalid', status: 400 });
    }
    const missing = await submit(ctx.app, {}, { rawAltcha: true });
    expect(missing.statusCode).toBe(400);
  });

  it('refuses a proof signed with another key', async () => {
    const other = await createInboxApp({
      altcha: { hmacKey: 'another-key', cost: 1, counterMin: 1, counterMax: 5 },
    });
    try {
      const altcha = await solvedAltcha(other.app);
      const res = await submit(ctx.app, { altcha }, { rawAltcha: true });
      expect(res.json().type).toBe('/problems/altcha-invalid');
    } finally {
      await closeInboxApp(other);
    }
  });

  it('refuses a replayed proof, even with a new Idempotency-Key', async () => {
    const altcha = await solvedAltcha(ctx.app);
    const first = await submit(ctx.app, { altcha, title: 'Câu hỏi thứ nhất' });
    expect(first.statusCode).toBe(202);
    const before = countSubmitted(ctx.store);
    const second = await submit(ctx.app, { altcha, title: 'Câu hỏi thứ hai' });
    expect(second.statusCode).toBe(400);
    expect(second.json()).toMatchObject({ type: '/problems/altcha-spent', status: 400 });
    expect(countSubmitted(ctx.store)).toBe(before);
    // The failed attempt did not burn its key: it can be retried with a fresh proof.
  });

  it('refuses an expired proof', async () => {
    const expiring = await createInboxApp({
      altcha: {
        hmacKey: 'test-hmac-key',
        cost: 1,
        counterMin: 1,
        counterMax: 5,
        expiresInSeconds: -60,
      },
    });
    try {
      const altcha = await solvedAltcha(expiring.app);
      const res = await submit(ctx.app, { altcha }, { rawAltcha: true });
      expect(res.json()).toMatchObject({ type: '/problems/altcha-expired', status: 400 });
    } finally {
      await closeInboxApp(expiring);
    }
  });

  it('issues uncached, signed, single-use challenges', async () => {
    const res = await ctx.app.inject('/api/v1/altcha/challenge');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.json();
    expect(body.parameters).toMatchObject({
      algorithm: 'PBKDF2/SHA-256',
      cost: 1,
      keySignature: expect.stringMatching(/^[0-9a-f]{64}$/),
      expiresAt: expect.any(Number),
    });
    expect(body.signature).toMatch(/^[0-9a-f]{64}$/);
    const again = await ctx.app.inject('/api/v1/altcha/challenge');
    expect(again.json().parameters.nonce).not.toBe(body.parameters.nonce);
  });
});

describe('CORS', () => {
  it('lets any origin POST with Idempotency-Key', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/questions',
      headers: {
        origin: 'https://xagiavien.ninhbinh.gov.vn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain(
      'idempotency-key',
    );
  });
});
