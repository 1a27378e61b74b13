/**
 * Paste-a-tag for every unit: the versioned bundle addresses, the iframe pages (only checked,
 * escaped attributes reach the page), their CSP, the resizer scripts and the configurator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf } from '../../src/api/codes.js';
import {
  DOCUMENT_TYPE_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../src/api/labels.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { WIDGETS_VERSION } from '../src/version.js';
import { createTestApp, WIDGET_JS, type TestContext } from './helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

const frame = (query: string, widget = 'news-feed') =>
  ctx.app.inject(`/embed/frame/${widget}?${query}`);

/** The one widget element of a frame page, as written. */
function widgetTag(body: string): string {
  const tag = /<main>(<pbgdpl-[^>]*>)<\/pbgdpl-/.exec(body)?.[1];
  if (!tag) throw new Error(`no widget in:\n${body}`);
  return tag;
}

describe('the bundle at its two addresses', () => {
  it('serves /widgets/<exact version>/ immutable, and /widgets/v1/ for five minutes', async () => {
    const cases = [
      [`/widgets/${WIDGETS_VERSION}/pbgdpl.js`, 'public, max-age=31536000, immutable'],
      ['/widgets/v1/pbgdpl.js', 'public, max-age=300'],
    ];
    for (const [url, cacheControl] of cases) {
      const res = await ctx.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(cacheControl);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.body).toBe(WIDGET_JS);
    }
  });

  it('answers 404 for any other version, and never caches a missing file for a year', async () => {
    for (const url of [
      '/widgets/0.9.0/pbgdpl.js',
      '/widgets/v2/pbgdpl.js',
      '/widgets/latest/pbgdpl.js',
      `/widgets/${WIDGETS_VERSION}/nope.js`,
    ]) {
      const res = await ctx.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(String(res.headers['cache-control']), url).not.toContain('immutable');
    }
  });
});

describe('iframe pages /embed/frame/<widget>', () => {
  it('hold the widget with the checked attributes, and a title naming the section and unit', async () => {
    const res = await frame('unit=ninh-binh&category=hoa-giai&layout=cards&page-size=5');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toContain('<html lang="vi">');
    expect(res.body).toContain('<title>Tin tức PBGDPL — Tỉnh Ninh Bình</title>');
    expect(widgetTag(res.body)).toBe(
      '<pbgdpl-news-feed unit="ninh-binh" category="hoa-giai" layout="cards" page-size="5" heading-level="1">',
    );
    // The bundle and the child side of the resizer, from this origin only.
    expect(res.body).toContain('<script type="module" src="/widgets/v1/pbgdpl.js"></script>');
    expect(res.body).toContain('<script type="module" src="/embed/resizer.js"></script>');
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.each([
    ['news-feed', 'pbgdpl-news-feed', 'Tin tức PBGDPL'],
    ['document-list', 'pbgdpl-document-list', 'Văn bản pháp luật'],
    ['legal-qa', 'pbgdpl-legal-qa', 'Hỏi đáp pháp luật'],
    ['materials', 'pbgdpl-materials', 'Tài liệu PBGDPL'],
    ['sections', 'pbgdpl-sections', 'Tất cả chuyên mục PBGDPL'],
  ])('%s holds <%s>', async (widget, tag, name) => {
    const res = await frame('unit=gia-vien', widget);
    expect(res.statusCode).toBe(200);
    expect(widgetTag(res.body)).toMatch(new RegExp(`^<${tag} unit="gia-vien"`));
    expect(res.body).toContain(`<title>${name} — Xã Gia Viễn</title>`);
  });

  it('escapes what it copies and drops parameters the widget does not have', async () => {
    const heading = encodeURIComponent('"><script>alert(1)</script> & <b>');
    const res = await frame(
      `unit=ninh-binh&heading=${heading}&api=https://evil.example&onload=alert(1)&type=luat&utm_source=cms`,
    );
    expect(res.statusCode).toBe(200);
    expect(widgetTag(res.body)).toBe(
      '<pbgdpl-news-feed unit="ninh-binh" heading="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" heading-level="1">',
    );
    expect(res.body).not.toContain('evil.example');
    expect(res.body).not.toContain('<script>alert');
  });

  it('writes boolean attributes bare, the colour as --pbgdpl-primary, and English when asked', async () => {
    const res = await frame(
      'unit=ninh-binh&lang=en&no-heading=&heading-level=3&theme=dark&primary=%23B3261E&sections=qa,%20news',
      'sections',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<title>All PBGDPL sections — Ninh Binh Province</title>');
    expect(res.body).toMatch(/<meta name="color-scheme" content="dark"\s*\/?>/);
    expect(widgetTag(res.body)).toBe(
      '<pbgdpl-sections unit="ninh-binh" sections="qa,news" lang="en" theme="dark" heading-level="3" no-heading style="--pbgdpl-primary: #b3261e">',
    );
  });

  it.each([
    ['unit=ninh-binh&page-size=0', 'page-size'],
    ['unit=ninh-binh&page-size=51', 'page-size'],
    ['unit=ninh-binh&page-size=5.5', 'page-size'],
    ['unit=ninh-binh&layout=grid', 'layout'],
    ['unit=ninh-binh&category=tin-vui', 'category'],
    ['unit=ninh-binh&lang=fr', 'lang'],
    ['unit=ninh-binh&theme=blue', 'theme'],
    ['unit=ninh-binh&heading-level=7', 'heading-level'],
    ['unit=ninh-binh&no-heading=false', 'no-heading'],
    [`unit=ninh-binh&heading=${'x'.repeat(121)}`, 'heading'],
    ['unit=ninh-binh&primary=red', 'primary'],
    ['unit=ninh-binh&primary=%23fff%3Bbackground:url(x)', 'primary'],
    ['unit=ninh-binh&layout=list&layout=cards', 'layout'],
    ['unit=ninh-binh&unit=ha-noi', 'unit'],
    ['layout=list', 'unit'],
    ['unit=khong-co', 'unit'],
  ])('refuses %s with a 400 page naming %s', async (query, name) => {
    const res = await frame(query);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`<li><code>${name}</code>: `);
    expect(res.body).not.toContain('<pbgdpl-');
    expect(res.body).toContain('href="/embed/"');
  });

  it('checks values against the code lists of each widget', async () => {
    const valid = [
      ['document-list', `type=${codesOf(DOCUMENT_TYPE_LABELS).at(-1)}&view=upcoming`],
      ['legal-qa', `field=${codesOf(LEGAL_FIELD_LABELS).at(-1)}`],
      ['materials', `kind=${codesOf(MATERIAL_KIND_LABELS).at(-1)}&field=dat-dai&layout=list`],
      ['news-feed', `category=${codesOf(NEWS_CATEGORY_LABELS).at(-1)}`],
    ];
    for (const [widget, query] of valid) {
      expect((await frame(`unit=ninh-binh&${query}`, widget)).statusCode, widget).toBe(200);
    }
    const res = await frame('unit=ninh-binh&kind=podcast&layout=cards', 'materials');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<code>kind</code>');
    expect(res.body).toContain('<code>layout</code>: phải là một trong: grid, list');
    // Another widget's attribute is not this one's: ignored, like any unknown parameter.
    expect(widgetTag((await frame('unit=ninh-binh&kind=podcast')).body)).not.toContain('kind');
  });

  it('escapes an unknown unit id in the reason it gives', async () => {
    const res = await frame(`unit=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).not.toContain('<img');
  });

  it('answers 404 with an HTML page for a widget that does not exist', async () => {
    for (const widget of ['news', 'pbgdpl-news-feed', 'provider', '__proto__', 'constructor']) {
      const res = await frame('unit=ninh-binh', widget);
      expect(res.statusCode, widget).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('<html lang="vi">');
      // It says which sections exist.
      expect(res.body).toContain('news-feed, document-list, legal-qa, materials, sections');
    }
    const res = await frame('unit=ninh-binh', encodeURIComponent('<b>x'));
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<code>&lt;b&gt;x</code>');
  });

  it('may be framed by any website by default, and run only its own scripts', async () => {
    const res = await frame('unit=ninh-binh');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/(^|; )frame-ancestors \*($|;)/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    // Errors are framed too, so the webmaster reads them where the section should be.
    expect((await frame('unit=nope')).headers['content-security-policy']).toBe(csp);
  });

  it('takes frame-ancestors from the configuration', async () => {
    const app = await buildApp({ store: ctx.store, frameAncestors: "https://*.gov.vn 'self'" });
    try {
      const res = await app.inject('/embed/frame/legal-qa?unit=ninh-binh');
      expect(res.headers['content-security-policy']).toContain(
        "frame-ancestors https://*.gov.vn 'self'",
      );
    } finally {
      await app.close();
    }
  });
});

describe('FRAME_ANCESTORS', () => {
  it('defaults to any website and accepts CSP sources separated by spaces', () => {
    expect(loadConfig({}).frameAncestors).toBe('*');
    expect(loadConfig({ FRAME_ANCESTORS: '  https://*.gov.vn   https:  ' }).frameAncestors).toBe(
      'https://*.gov.vn https:',
    );
    expect(loadConfig({ FRAME_ANCESTORS: "'none'" }).frameAncestors).toBe("'none'");
  });

  it('refuses what would break out of the directive', () => {
    for (const value of [
      "https://a.vn; script-src 'unsafe-inline'",
      'https://a.vn, https://b.vn',
      "'unsafe-inline'",
      "'none' https://a.vn",
    ]) {
      expect(() => loadConfig({ FRAME_ANCESTORS: value }), value).toThrow(/FRAME_ANCESTORS/);
    }
  });
});

describe('resizer scripts', () => {
  it('serves open-iframe-resizer from this origin, with its licence, to any page', async () => {
    const res = await ctx.app.inject('/embed/resizer.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body).toMatch(/^\/\*! @open-iframe-resizer\/core/);
    expect(res.body).toContain('Permission is hereby granted, free of charge');
    expect(res.body).toContain('iframe-child-init');
    expect(res.body).toMatch(/export\s*\{[^}]*\binitialize\b/);
  });

  it('serves parent.js, which imports the resizer relative to itself, to any page', async () => {
    const res = await ctx.app.inject('/embed/parent.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body).toContain("from './resizer.js'");
  });

  it('serves only the files browsers load from server/public/embed', async () => {
    for (const url of [
      '/embed/resizer.d.ts',
      '/embed/tsconfig.json',
      '/embed/../../package.json',
    ]) {
      expect((await ctx.app.inject(url)).statusCode, url).toBe(404);
    }
    for (const url of ['/embed/configurator.js', '/embed/configurator.css']) {
      expect((await ctx.app.inject(url)).statusCode, url).toBe(200);
    }
  });
});

describe('the configurator /embed/', () => {
  it('is a Vietnamese page offering every section and the codes of each option', async () => {
    const res = await ctx.app.inject('/embed/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.body).toContain('<html lang="vi">');
    expect(res.body).toContain('<title>Lấy mã nhúng chuyên mục PBGDPL</title>');
    for (const widget of ['news-feed', 'document-list', 'legal-qa', 'materials', 'sections']) {
      expect(res.body).toMatch(new RegExp(`name="widget"\\s+value="${widget}"`));
    }
    // Each option once per code list, for the widgets that have it.
    for (const [name, widgets, labels] of [
      ['category', 'news-feed', NEWS_CATEGORY_LABELS],
      ['type', 'document-list', DOCUMENT_TYPE_LABELS],
      ['field', 'document-list legal-qa materials', LEGAL_FIELD_LABELS],
      ['kind', 'materials', MATERIAL_KIND_LABELS],
    ] as const) {
      const field = new RegExp(
        `data-option="${name}"\\s+data-widgets="${widgets}"[^>]*>[\\s\\S]*?<select[^>]*>([\\s\\S]*?)</select>`,
      ).exec(res.body)?.[1];
      const offered = [...(field ?? '').matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      expect(offered, name).toEqual(codesOf(labels));
    }
    // The two widgets with a layout have different ones.
    expect(res.body.match(/data-option="layout"/g)).toHaveLength(2);
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(res.body).toContain('href="?lang=en"');
  });

  it('is linked from the landing page', async () => {
    expect((await ctx.app.inject('/')).body).toContain('<a href="/embed/">');
  });

  it('speaks English on ?lang=en, and redirects /embed to /embed/', async () => {
    const res = await ctx.app.inject('/embed/?lang=en');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Get the embed code of a PBGDPL section');
    expect(res.body).toContain('Legal Q&amp;A');
    expect((await ctx.app.inject('/embed/?lang=fr')).body).toContain('<html lang="vi">');
    const bare = await ctx.app.inject('/embed');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers['location']).toBe('/embed/');
  });
});
