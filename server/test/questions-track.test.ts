/** The asker's tracking lookup, and the rate limits that keep codes and the form unabused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalTrackingCode, newTrackingCode } from '../src/store/inbox.js';
import {
  closeInboxApp,
  countSubmitted,
  createInboxApp,
  ROOMY_LIMITS,
  submit,
  type InboxContext,
} from './inbox-helpers.js';

let ctx: InboxContext;
beforeAll(async () => {
  ctx = await createInboxApp();
});
afterAll(async () => closeInboxApp(ctx));

describe('GET /api/v1/questions/track/{code}', () => {
  it('shows a pending question to whoever holds the code, uncached', async () => {
    const { trackingCode, askedAt } = (await submit(ctx.app)).json();
    const res = await ctx.app.inject(`/api/v1/questions/track/${trackingCode}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.json()).toEqual({
      trackingCode,
      status: 'pending',
      title: 'Thủ tục tách thửa đất nông nghiệp',
      field: 'dat-dai',
      unitId: 'ninh-binh',
      unitName: 'Tỉnh Ninh Bình',
      askedAt,
      answer: null,
      rejection: null,
    });
  });

  it('accepts the code as citizens type it', async () => {
    const { trackingCode } = (await submit(ctx.app)).json();
    const bare = trackingCode.replace(/^PB-/, '').replace('-', '');
    for (const typed of [
      trackingCode.toLowerCase(),
      bare,
      `${bare.slice(0, 5)} ${bare.slice(5)}`,
      `pb ${bare.toLowerCase()}`,
    ]) {
      const res = await ctx.app.inject(`/api/v1/questions/track/${encodeURIComponent(typed)}`);
      expect(res.statusCode, typed).toBe(200);
      expect(res.json().trackingCode).toBe(trackingCode);
    }
  });

  it('answers 404 problem for an unknown code and 400 for what cannot be a code', async () => {
    const unknown = await ctx.app.inject(`/api/v1/questions/track/${newTrackingCode()}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(unknown.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
    for (const bad of ['PB-00000-11111', 'PB-ABCDE-FGHIJ', 'xxxxxxxxxxxxxxxxxxxxxxxxx', '12']) {
      const res = await ctx.app.inject(`/api/v1/questions/track/${bad}`);
      expect(res.statusCode, bad).toBe(400);
    }
  });

  it('codes are 10 characters from an alphabet without look-alikes, grouped', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newTrackingCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toMatch(/^PB-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
      expect(canonicalTrackingCode(code)).toBe(code);
    }
  });
});

describe('rate limits → 429 problem with Retry-After', () => {
  let limited: InboxContext;
  beforeAll(async () => {
    limited = await createInboxApp({
      rateLimits: {
        ...ROOMY_LIMITS,
        submit: {
          perIp: { max: 2, windowMs: 60_000 },
          perOrigin: { max: 3, windowMs: 60_000 },
        },
        track: {
          perIp: { max: 3, windowMs: 60_000 },
          perOrigin: { max: 5, windowMs: 60_000 },
        },
      },
    });
  });
  afterAll(async () => closeInboxApp(limited));

  function expectTooMany(res: Awaited<ReturnType<typeof submit>>) {
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    const body = res.json();
    expect(body).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
    expect(body.title).toBe('Quá nhiều yêu cầu');
    expect(body.detail).toMatch(/Vui lòng thử lại sau \d+ giây/);
    return body;
  }

  it('limits submissions per IP', async () => {
    const ip = '203.0.113.10';
    for (let i = 0; i < 2; i++) {
      expect((await submit(limited.app, {}, { remoteAddress: ip })).statusCode).toBe(202);
    }
    const before = countSubmitted(limited.store);
    const body = expectTooMany(await submit(limited.app, {}, { remoteAddress: ip }));
    expect(body.detail).toMatch(/^Bạn đã gửi quá nhiều yêu cầu/);
    expect(countSubmitted(limited.store)).toBe(before);
    // Another citizen is not affected.
    expect((await submit(limited.app, {}, { remoteAddress: '203.0.113.11' })).statusCode).toBe(202);
  });

  it('limits submissions per host origin, whatever the IP', async () => {
    const origin = 'https://ha-noi.example.vn';
    for (let i = 0; i < 3; i++) {
      const res = await submit(limited.app, {}, { origin, remoteAddress: `198.51.100.${i}` });
      expect(res.statusCode).toBe(202);
    }
    const res = await submit(limited.app, {}, { origin, remoteAddress: '198.51.100.99' });
    const body = expectTooMany(res);
    expect(body.detail).toMatch(/^Trang web này đã gửi quá nhiều yêu cầu/);
    expect(res.headers['access-control-allow-origin']).toBe('*'); // the widget can read it
  });

  it('limits tracking lookups per IP, so codes cannot be brute-forced', async () => {
    const ip = '192.0.2.50';
    for (let i = 0; i < 3; i++) {
      const res = await limited.app.inject({
        url: `/api/v1/questions/track/${newTrackingCode()}`,
        remoteAddress: ip,
      });
      expect(res.statusCode).toBe(404);
    }
    expectTooMany(
      await limited.app.inject({
        url: `/api/v1/questions/track/${newTrackingCode()}`,
        remoteAddress: ip,
      }),
    );
  });
});
