/** The response cache of public GETs: hits skip the store, codings, keys, bypasses, invalidation. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheKey } from '../src/cache/response-cache.js';
import { createContentApp } from './helpers.js';
import {
  closeInboxApp,
  createInboxApp,
  questionRow,
  submit,
  tokenFor,
  type InboxContext,
} from './inbox-helpers.js';

let ctx: InboxContext;
beforeAll(async () => {
  ctx = await createInboxApp();
});
afterAll(async () => closeInboxApp(ctx));
afterEach(() => {
  vi.restoreAllMocks();
});

describe('hits', () => {
  it('answers a repeated GET and its revalidation without touching the store', async () => {
    const list = vi.spyOn(ctx.store, 'listDocuments');
    const url = '/api/v1/documents?pageSize=20&page=1';
    const first = await ctx.app.inject(url);
    expect(first.statusCode).toBe(200);
    expect(list).toHaveBeenCalledTimes(1);

    const second = await ctx.app.inject(url);
    expect(second.body).toBe(first.body);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(second.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(second.headers['access-control-allow-origin']).toBe('*');
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');

    const revalidated = await ctx.app.inject({
      url,
      headers: { 'if-none-match': `"other", W/${first.headers['etag'] as string}` },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('shares one entry between orders of the same parameters', async () => {
    const list = vi.spyOn(ctx.store, 'listNews');
    const a = await ctx.app.inject('/api/v1/news?unit=gia-vien&pageSize=3');
    const b = await ctx.app.inject('/api/v1/news?pageSize=3&unit=gia-vien');
    expect(b.body).toBe(a.body);
    expect(list).toHaveBeenCalledTimes(1);
    expect(cacheKey('/a?b=2&a=1&b=1&c')).toBe('/a?a=1&b=2&b=1&c');
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" gets %s from the cache', async (accept, coding) => {
    const url = '/api/v1/documents?pageSize=50';
    const plain = await ctx.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    const res = await ctx.app.inject({ url, headers: { 'accept-encoding': accept } });
    expect(res.headers['content-encoding']).toBe(coding);
    expect(String(res.headers['vary'])).toMatch(/accept-encoding/i);
    const decode = { br: brotliDecompressSync, gzip: gunzipSync }[coding ?? ''];
    expect((decode ? decode(res.rawPayload) : res.rawPayload).toString()).toBe(plain.body);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
  });
});

describe('bypasses', () => {
  it('never keeps errors, requests with Authorization, private or admin answers', async () => {
    const get = vi.spyOn(ctx.store, 'getNews');
    for (let i = 0; i < 2; i++) await ctx.app.inject('/api/v1/news/khong-co');
    expect(get).toHaveBeenCalledTimes(2);

    const list = vi.spyOn(ctx.store, 'listUnits');
    const headers = { authorization: 'Bearer x' };
    for (let i = 0; i < 2; i++) await ctx.app.inject({ url: '/api/v1/units?pageSize=7', headers });
    expect(list).toHaveBeenCalledTimes(2);

    const track = vi.spyOn(ctx.store.inbox, 'track');
    for (let i = 0; i < 2; i++) await ctx.app.inject('/api/v1/questions/track/PB-AAAAA-AAAAA');
    expect(track).toHaveBeenCalledTimes(2);

    const token = await tokenFor(ctx.store, 'ninh-binh');
    const adminList = vi.spyOn(ctx.store.inbox, 'list');
    for (let i = 0; i < 2; i++) {
      const res = await ctx.app.inject({
        url: '/api/v1/admin/questions',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
    }
    expect(adminList).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing bigger than an eighth of its budget, and nothing with a budget of 0', async () => {
    for (const maxBytes of [8 * 1024, 0]) {
      const { app, store } = await createContentApp(undefined, { responseCache: { maxBytes } });
      const list = vi.spyOn(store, 'listDocuments');
      for (let i = 0; i < 2; i++) await app.inject('/api/v1/documents?pageSize=50');
      expect(list).toHaveBeenCalledTimes(2);
      await app.close();
      await store.close();
    }
  });

  it('forgets entries after their TTL and the least recently used beyond its budget', async () => {
    let now = 0;
    const { app, store } = await createContentApp(undefined, {
      responseCache: { ttlMs: 1000, now: () => now, maxBytes: 64 * 1024 },
    });
    const get = vi.spyOn(store, 'getUnit');
    await app.inject('/api/v1/units/ninh-binh');
    now = 999;
    await app.inject('/api/v1/units/ninh-binh');
    expect(get).toHaveBeenCalledTimes(1);
    now = 2000;
    await app.inject('/api/v1/units/ninh-binh');
    expect(get).toHaveBeenCalledTimes(2);

    await app.close();
    await store.close();
  });

  it('forgets the least recently used entries beyond its budget', async () => {
    const { app, store } = await createContentApp(undefined, {
      responseCache: { maxBytes: 8 * 1024 },
    });
    const get = vi.spyOn(store, 'getUnit');
    // Distinct keys (the route ignores the parameter), each answer well under 1 KB.
    const url = (n: number) => `/api/v1/units/ninh-binh?v=${n}`;
    for (let n = 0; n < 40; n++) {
      await app.inject(url(n));
      await app.inject(url(0)); // kept in use
    }
    expect(get).toHaveBeenCalledTimes(40);
    await app.inject(url(39));
    expect(get).toHaveBeenCalledTimes(40);
    await app.inject(url(1));
    expect(get).toHaveBeenCalledTimes(41);
    await app.close();
    await store.close();
  });
});

describe('invalidation', () => {
  it('an admin answer shows on the next public GET', async () => {
    const { trackingCode } = (await submit(ctx.app, { unit: 'ninh-binh' })).json();
    const id = String(questionRow(ctx.store, trackingCode)?.['id']);
    const url = '/api/v1/questions?unit=ninh-binh&scope=own';
    const before = await ctx.app.inject(url);
    // A submission alone changes nothing public: pending questions are invisible.
    expect((await ctx.app.inject(url)).headers['etag']).toBe(before.headers['etag']);

    const token = await tokenFor(ctx.store, 'ninh-binh');
    const answer = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/admin/questions/${id}/answer`,
      headers: { authorization: `Bearer ${token}` },
      payload: { answerHtml: '<p>Trả lời</p>', citations: [] },
    });
    expect(answer.statusCode).toBe(200);

    const after = await ctx.app.inject(url);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.json().total).toBe(before.json().total + 1);
    expect((await ctx.app.inject(`/api/v1/questions/${id}`)).statusCode).toBe(200);
  });

  it('a failed admin write keeps the cache', async () => {
    const url = '/api/v1/materials?pageSize=3';
    await ctx.app.inject(url);
    const list = vi.spyOn(ctx.store, 'listMaterials');
    const token = await tokenFor(ctx.store, 'ninh-binh');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/questions/khong-co/answer',
      headers: { authorization: `Bearer ${token}` },
      payload: { answerHtml: '<p>x</p>', citations: [] },
    });
    expect(res.statusCode).toBe(404);
    await ctx.app.inject(url);
    expect(list).not.toHaveBeenCalled();
  });
});
