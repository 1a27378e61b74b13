/** HTTP behaviour around the data: validators, caching, CORS, compression, docs, static files. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, WIDGET_JS, type TestContext } from './helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

const CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';
const PUBLIC_GETS = [
  '/api/v1/units',
  '/api/v1/units/ninh-binh',
  '/api/v1/news?unit=gia-vien',
  '/api/v1/news/tin-tw-1',
  '/api/v1/documents?pageSize=50',
  '/api/v1/documents/vb-nd-13',
  '/api/v1/questions',
  '/api/v1/questions/hd-tw-1',
  '/api/v1/materials',
  '/api/v1/taxonomies',
];

describe('ETag and conditional requests', () => {
  it.each(PUBLIC_GETS)('%s has a strong ETag and answers 304 to If-None-Match', async (url) => {
    const first = await ctx.app.inject(url);
    expect(first.statusCode).toBe(200);
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/ prefix
    const again = await ctx.app.inject({ url, headers: { 'if-none-match': etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toBe(CACHE);
    const other = await ctx.app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('differs when the content differs', async () => {
    const a = await ctx.app.inject('/api/v1/news?page=1&pageSize=2');
    const b = await ctx.app.inject('/api/v1/news?page=2&pageSize=2');
    expect(a.headers['etag']).not.toBe(b.headers['etag']);
  });

  it('differs per content-coding (the bytes differ), and the bodies decode to the same JSON', async () => {
    const url = '/api/v1/documents?pageSize=50';
    const identity = await ctx.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    const gzip = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    const br = await ctx.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    const tag = String(identity.headers['etag']).slice(1, -1);
    expect(gzip.headers['etag']).toBe(`"${tag}-gz"`);
    expect(br.headers['etag']).toBe(`"${tag}-br"`);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(identity.body);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(identity.body);
    // A 304 to a compressing client carries no encoded body.
    const revalidated = await ctx.app.inject({
      url,
      headers: { 'accept-encoding': 'br', 'if-none-match': br.headers['etag'] as string },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.headers['etag']).toBe(br.headers['etag']);
    expect(revalidated.rawPayload.length).toBe(0);
    // Another coding's validator does not match: the client gets the bytes it asked for.
    const crossed = await ctx.app.inject({
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': br.headers['etag'] as string },
    });
    expect(crossed.statusCode).toBe(200);
    expect(gunzipSync(crossed.rawPayload).toString()).toBe(identity.body);
  });
});

describe('compression', () => {
  it('prefers brotli, says so in Vary, and leaves small bodies alone', async () => {
    const big = await ctx.app.inject({
      url: '/api/v1/documents?pageSize=50',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(big.headers['content-encoding']).toBe('br');
    expect(String(big.headers['vary'])).toMatch(/accept-encoding/i);
    const small = await ctx.app.inject({
      url: '/api/v1/units/gia-vien',
      headers: { 'accept-encoding': 'br' },
    });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('Cache-Control and CORS', () => {
  it.each(PUBLIC_GETS)('%s is publicly cacheable and readable from any origin', async (url) => {
    const res = await ctx.app.inject({ url, headers: { origin: 'https://stp.ninhbinh.gov.vn' } });
    expect(res.headers['cache-control']).toBe(CACHE);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-expose-headers'])).toMatch(/etag/i);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('errors are not cached', async () => {
    expect((await ctx.app.inject('/api/v1/news/khong-co')).headers['cache-control']).toBe(
      'no-store',
    );
    expect((await ctx.app.inject('/api/v1/news?page=0')).headers['cache-control']).toBe('no-store');
  });

  it('answers a CORS preflight for GET', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/news',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-allow-methods'])).toContain('GET');
  });

  it('HEAD answers like GET without a body', async () => {
    const res = await ctx.app.inject({ method: 'HEAD', url: '/api/v1/news' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['cache-control']).toBe(CACHE);
  });
});

describe('OpenAPI and docs', () => {
  it('serves an OpenAPI 3.1 document with every path and the shared components', async () => {
    const res = await ctx.app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/admin/questions',
      '/api/v1/admin/questions/{id}',
      '/api/v1/admin/questions/{id}/answer',
      '/api/v1/admin/questions/{id}/reject',
      '/api/v1/altcha/challenge',
      '/api/v1/documents',
      '/api/v1/documents/{id}',
      '/api/v1/materials',
      '/api/v1/materials/{id}',
      '/api/v1/news',
      '/api/v1/news/{id}',
      '/api/v1/questions',
      '/api/v1/questions/track/{code}',
      '/api/v1/questions/{id}',
      '/api/v1/taxonomies',
      '/api/v1/units',
      '/api/v1/units/{id}',
      '/healthz',
    ]);
    for (const name of [
      'Problem',
      'NewsList',
      'NewsDetail',
      'DocumentList',
      'DocumentDetail',
      'QuestionList',
      'QuestionDetail',
      'MaterialList',
      'UnitList',
      'UnitDetail',
      'Taxonomies',
      'Health',
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    const list = doc.paths['/api/v1/documents']?.['get'];
    expect(list?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'unit',
        'scope',
        'type',
        'issuer',
        'field',
        'status',
        'from',
        'to',
        'q',
        'view',
        'sort',
        'page',
        'pageSize',
      ]),
    );
    expect(Object.keys(list?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '404']),
    );
    expect(JSON.stringify(list?.responses['200'])).toContain('#/components/schemas/DocumentList');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves Swagger UI from this origin only', async () => {
    const res = await ctx.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    // No third-party origins: every script and stylesheet is relative.
    expect(res.body).not.toMatch(/(src|href)="https?:\/\//);
  });
});

describe('static files and landing page', () => {
  it('serves the widget bundle as JavaScript, cross-origin, cached for 5 minutes', async () => {
    const res = await ctx.app.inject({
      url: '/widgets/v1/pbgdpl.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    // The built files carry no sourceMappingURL comment; developer tools find the map here.
    expect(res.headers['sourcemap']).toBe('pbgdpl.js.map');
    expect(res.body).toBe(WIDGET_JS);
    const br = await ctx.app.inject({
      url: '/widgets/v1/pbgdpl.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(WIDGET_JS);
  });

  it('serves the demo site', async () => {
    const res = await ctx.app.inject('/demo/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Trang minh họa');
    const bare = await ctx.app.inject('/demo');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers['location']).toBe('/demo/');
  });

  it('serves SVG media as image/svg+xml under a locked-down CSP, to pages of any origin', async () => {
    const res = await ctx.app.inject('/media/hoi-nghi.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'/,
    );
  });

  it('has an icon at /favicon.ico, which browsers ask every origin for', async () => {
    const res = await ctx.app.inject('/favicon.ico');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.body).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body).not.toMatch(/<script|href=/);
  });

  it('does not serve storybook when it was not built, and missing files are 404 problems', async () => {
    for (const url of [
      '/storybook/',
      '/widgets/v1/nope.js',
      '/media/nope.svg',
      '/media/../helpers.ts',
    ]) {
      const res = await ctx.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
  });

  it('has a Vietnamese landing page linking to the demo, the API docs and the OpenAPI document', async () => {
    const res = await ctx.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="vi">');
    for (const href of ['/demo/', '/api/docs', '/api/v1/openapi.json'])
      expect(res.body).toContain(`href="${href}"`);
    expect(res.body).not.toContain('/storybook/');
    expect(res.headers['etag']).toBeDefined();
  });

  it('starts without any static directory', async () => {
    const { buildApp } = await import('../src/app.js');
    const app = await buildApp({
      store: ctx.store,
      widgetsDir: '/nonexistent/cdn',
      demoDir: '/nonexistent/demo',
      storybookDir: '/nonexistent/storybook',
      mediaDir: '/nonexistent/media',
    });
    try {
      expect((await app.inject('/widgets/v1/pbgdpl.js')).statusCode).toBe(404);
      expect((await app.inject('/api/v1/news')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
