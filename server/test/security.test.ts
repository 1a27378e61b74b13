/** Security headers on the service's own pages, CORS as ARCHITECTURE.md says, sanitize on write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFixture } from './content-fixture.js';
import { createContentApp, createTestApp, type TestContext } from './helpers.js';
import {
  closeInboxApp,
  createInboxApp,
  questionRow,
  submit,
  tokenFor,
  type InboxContext,
} from './inbox-helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

const PAGES = [
  '/',
  '/privacy',
  '/news/tin-tw-1',
  '/units/ninh-binh',
  '/embed/',
  '/api/docs/',
  '/embed/frame/legal-qa?unit=ninh-binh',
];

describe('security headers', () => {
  it.each(PAGES)('%s carries them', async (url) => {
    const res = await ctx.app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['origin-agent-cluster']).toBe('?1');
    expect(res.headers['x-permitted-cross-domain-policies']).toBe('none');
    // Plain http in development: no HSTS unless PUBLIC_URL is https.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it.each(PAGES.filter((url) => !url.startsWith('/embed/frame/')))(
    '%s may be framed by this origin only',
    async (url) => {
      const res = await ctx.app.inject(url);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    },
  );

  it('keeps each page its own CSP', async () => {
    const csp = async (url: string) =>
      String((await ctx.app.inject(url)).headers['content-security-policy']);
    expect(await csp('/')).toContain("frame-ancestors 'none'");
    expect(await csp('/privacy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(await csp('/news/tin-tw-1')).toContain("default-src 'none'");
    expect(await csp('/embed/')).toContain("frame-ancestors 'self'");
  });

  it('lets any site frame the embed frames (FRAME_ANCESTORS)', async () => {
    const res = await ctx.app.inject('/embed/frame/legal-qa?unit=ninh-binh');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(res.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('keeps the bundle, media, embed scripts and files loadable from any origin', async () => {
    for (const url of ['/widgets/v1/pbgdpl.js', '/media/hoi-nghi.svg', '/embed/resizer.js']) {
      const res = await ctx.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
    }
    const { app, store } = await createContentApp(contentFixture());
    try {
      const res = await app.inject('/files/materials/tl-so-tay.pdf');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('sends HSTS when PUBLIC_URL is https', async () => {
    const { app, store } = await createContentApp(undefined, {
      publicUrl: 'https://pbgdpl.example',
    });
    try {
      const res = await app.inject('/news/tin-tw-1');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('CORS', () => {
  const origin = 'https://stp.ninhbinh.gov.vn';

  it('public GETs from any origin, even their errors', async () => {
    for (const url of ['/api/v1/news', '/api/v1/news/khong-co', '/api/v1/taxonomies']) {
      const res = await ctx.app.inject({ url, headers: { origin } });
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
    }
  });

  it('the question POST from any origin: preflight and answer', async () => {
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/questions',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/idempotency-key/i);
    const post = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/questions',
      headers: { origin, 'content-type': 'application/json' },
      payload: {},
    });
    expect(post.statusCode).toBe(400);
    expect(post.headers['access-control-allow-origin']).toBe('*');
  });

  it('admin routes from no other origin: no ACAO, preflight refused', async () => {
    const token = await tokenFor(ctx.store, 'ninh-binh');
    const get = await ctx.app.inject({
      url: '/api/v1/admin/questions',
      headers: { origin, authorization: `Bearer ${token}` },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/admin/questions/x/answer',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.statusCode).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('sanitize on write', () => {
  let inbox: InboxContext;
  beforeAll(async () => {
    inbox = await createInboxApp();
  });
  afterAll(async () => closeInboxApp(inbox));

  it('an answer written through the admin API is stored and served clean', async () => {
    const { trackingCode } = (await submit(inbox.app, { unit: 'ninh-binh' })).json();
    const id = String(questionRow(inbox.store, trackingCode)?.['id']);
    const token = await tokenFor(inbox.store, 'ninh-binh');
    const hostile =
      '<p style="position:fixed" onclick="steal()">Trả lời <script>alert(1)</script>' +
      '<img src="x" onerror="alert(2)" alt="ảnh"><a href="javascript:alert(3)">xem</a>' +
      '<a href="https://vbpl.vn/" onmouseover="alert(4)">luật</a></p>' +
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>' +
      '<svg><script>alert(5)</script></svg><form action="https://evil.example"><input></form>';
    const res = await inbox.app.inject({
      method: 'POST',
      url: `/api/v1/admin/questions/${id}/answer`,
      headers: { authorization: `Bearer ${token}` },
      payload: { answerHtml: hostile, citations: [] },
    });
    expect(res.statusCode).toBe(200);
    const clean =
      '<p>Trả lời <img src="x" alt="ảnh" /><a rel="noopener noreferrer">xem</a>' +
      '<a href="https://vbpl.vn/" rel="noopener noreferrer">luật</a></p>';
    expect(res.json().answerHtml).toBe(clean);
    const row = inbox.store.db.prepare('SELECT answer_html FROM questions WHERE id = ?').get(id);
    expect(row).toEqual({ answer_html: clean });
    const served = await inbox.app.inject(`/api/v1/questions/${id}`);
    expect(served.json().answerHtml).toBe(clean);
    for (const bad of [
      /<script/i,
      /onerror|onclick|onmouseover/i,
      /javascript:/i,
      /<iframe/i,
      /style/i,
      /<form/i,
    ]) {
      expect(served.body).not.toMatch(bad);
    }
  });
});
