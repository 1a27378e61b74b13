/**
 * Canonical pages: one per item and per unit, plain HTML without any script, in Vietnamese,
 * with what link previews and feed readers look for, every value escaped.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { contentFixture, HOSTILE_TITLE } from './content-fixture.js';
import { createContentApp } from './helpers.js';

const ORIGIN = 'http://localhost';

let app: FastifyInstance;
let store: SqliteStore;
beforeAll(async () => {
  ({ app, store } = await createContentApp(contentFixture()));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/**
 * The page without formatting whitespace (the templates are formatted as HTML, indented): runs
 * of whitespace as one space, none between tags or before a tag's end, and no slash closing a
 * void element.
 */
function squeeze(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s*\/?>/g, '>');
}

async function page(path: string) {
  const res = await app.inject(path);
  return { res, html: squeeze(res.body) };
}

/** The content of `<meta property|name="…" content="…">`. */
function meta(html: string, key: string): string | undefined {
  const attribute = key.startsWith('og:') ? 'property' : 'name';
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`).exec(html)?.[1];
}

function alternates(html: string): string[] {
  return [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)">/g)].map(
    ([, type, href]) => `${type} ${href}`,
  );
}

const feedsOf = (unit: string, section: string) => [
  `application/rss+xml ${ORIGIN}/feeds/${unit}/${section}.rss`,
  `application/atom+xml ${ORIGIN}/feeds/${unit}/${section}.atom`,
  `application/feed+json ${ORIGIN}/feeds/${unit}/${section}.json`,
];

describe.each([
  [
    '/news/tin-tw-1',
    'Hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm 2026',
    'article',
    'trung-uong',
    'news',
  ],
  [
    '/documents/vb-luat-bvdlcn',
    'Luật Bảo vệ dữ liệu cá nhân (91/2025/QH15)',
    'article',
    'trung-uong',
    'documents',
  ],
  [
    '/questions/hd-xa-1',
    'Nghỉ việc có được trả lương những ngày phép chưa nghỉ',
    'article',
    'gia-vien',
    'questions',
  ],
  [
    '/materials/tl-video-phu-de',
    'Tài liệu mẫu tl-video-phu-de: Luật Hòa giải ở cơ sở',
    'article',
    'gia-vien',
    'materials',
  ],
  ['/units/gia-vien', 'Xã Gia Viễn', 'website', 'gia-vien', null],
])('%s', (path, title, type, unit, section) => {
  it('is a Vietnamese page without script, strictly confined, cached for 5 minutes', async () => {
    const { res, html } = await page(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    // Nothing from another origin: no web font, no CDN.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!localhost)[^"]*\.(js|css|woff2?)"/);
  });

  it('has its title, description, canonical link and Open Graph', async () => {
    const { html } = await page(path);
    expect(html).toContain(`<title>${title} – PBGDPL</title>`);
    expect(html).toContain(`<h1>${title.replace(/ \(91\/2025\/QH15\)$/, '')}</h1>`);
    expect(meta(html, 'description')?.length).toBeGreaterThan(10);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${path}">`);
    expect(meta(html, 'og:type')).toBe(type);
    expect(meta(html, 'og:title')).toBe(title);
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'og:url')).toBe(`${ORIGIN}${path}`);
    expect(meta(html, 'og:site_name')).toBe('Phổ biến, giáo dục pháp luật');
    expect(meta(html, 'og:locale')).toBe('vi_VN');
  });

  it("links to its unit's feeds", async () => {
    const { html } = await page(path);
    const expected = section
      ? feedsOf(unit, section)
      : ['news', 'documents', 'questions', 'materials'].flatMap((s) => feedsOf(unit, s));
    expect(alternates(html)).toEqual(expected);
    if (section) expect(html).toContain(`<a href="/units/${unit}">`);
  });
});

describe('content', () => {
  it('news: the sanitized body, the image with its alt text, an absolute og:image', async () => {
    const { html } = await page('/news/tin-tw-1');
    expect(html).toContain('<p>Nội dung <strong>mẫu</strong>.</p>');
    expect(html).toContain('<a href="https://vbpl.vn/" rel="noopener noreferrer">vbpl</a>');
    expect(html).toContain('<img src="/media/hoi-nghi.svg" alt="Toàn cảnh hội nghị">');
    expect(meta(html, 'og:image')).toBe(`${ORIGIN}/media/hoi-nghi.svg`);
    expect(html).toContain('Tác giả: Vụ Phổ biến, giáo dục pháp luật');
    expect(html).toContain('<time datetime="2026-03-10T08:00:00+07:00">10/03/2026</time>');
  });

  it('documents: the fields of Decree 42/2022, attachments, relations and the official source', async () => {
    const { html } = await page('/documents/vb-luat-bvdlcn');
    for (const text of [
      '<dt>Số ký hiệu</dt><dd>91/2025/QH15</dd>',
      '<dt>Loại văn bản</dt><dd>Luật</dd>',
      '<dt>Cơ quan ban hành</dt><dd>Quốc hội</dd>',
      '<dt>Người ký</dt><dd>Nguyễn Văn A (Chủ tịch)</dd>',
      '<dt>Ngày ban hành</dt><dd><time datetime="2025-06-26">26/06/2025</time></dd>',
      '<dt>Ngày có hiệu lực</dt><dd><time datetime="2026-01-01">01/01/2026</time></dd>',
      '<dt>Tình trạng hiệu lực</dt><dd><strong>Còn hiệu lực</strong></dd>',
      '<a href="/media/vb-luat-bvdlcn.pdf">91/2025/QH15.pdf</a> (PDF, 121 KB)',
      'Văn bản bị thay thế: <a href="/documents/vb-nd-13">13/2023/NĐ-CP</a>',
      '<a href="https://vbpl.vn/">Xem văn bản gốc</a>',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('questions: the question as text, the sanitized answer, citations to document pages', async () => {
    const { html } = await page('/questions/hd-tw-1');
    expect(html).toContain('<p class="text">Thủ tục cấp sổ đỏ lần đầu? (câu hỏi mẫu)</p>');
    expect(html).toContain('Trả lời mẫu: theo quy định tại');
    expect(html).toContain('<a href="/documents/vb-luat-dat-dai">31/2024/QH15</a> – Luật Đất đai');
  });

  it('video: a native player with Vietnamese captions, the transcript, the thumbnail as poster', async () => {
    const { html } = await page('/materials/tl-video-phu-de');
    expect(html).toContain(
      '<video controls preload="metadata" src="/files/materials/tl-video-phu-de.mp4" poster="/media/material-video.svg">' +
        '<track kind="captions" srclang="vi" label="Tiếng Việt" src="/files/materials/tl-video-phu-de.vi.vtt" default>',
    );
    expect(html).toContain('<time datetime="PT2M0S">2 phút</time>');
    expect(html).toContain('<h2>Bản ghi lời</h2>');
    expect(html).toContain(
      'Hòa giải &lt;b&gt;giúp&lt;/b&gt; giữ tình làng nghĩa xóm &amp; đoàn kết',
    );
    expect(meta(html, 'og:image')).toBe(`${ORIGIN}/media/material-video.svg`);
  });

  it('audio: a native player; other materials: the image and a download with its size', async () => {
    expect((await page('/materials/tl-phat-thanh')).html).toContain(
      '<audio controls preload="metadata" src="/files/materials/tl-phat-thanh.wav">',
    );
    const { html } = await page('/materials/tl-so-tay');
    expect(html).toContain('<img src="/media/material-handbook.svg" alt="Hình minh họa">');
    expect(html).toContain(
      '<a href="/files/materials/tl-so-tay.pdf" download>Tải xuống</a> (PDF, 1,8 MB)',
    );
  });

  it('a unit: its parents, the newest of each section (inherited), its feeds', async () => {
    const { html } = await page('/units/gia-vien');
    expect(html).toContain(
      '<nav class="breadcrumb" aria-label="Cấp trên"><ol><li><a href="/units/trung-uong">Trung ương</a></li>' +
        '<li><a href="/units/ninh-binh">Tỉnh Ninh Bình</a></li><li aria-current="page">Xã Gia Viễn</li></ol></nav>',
    );
    for (const section of ['news', 'documents', 'questions', 'materials']) {
      const block = /<section id="(\w+)"[\s\S]*?<\/section>/g;
      const found = [...html.matchAll(block)].find(([, id]) => id === section)?.[0] ?? '';
      const items = found.match(/<li>/g) ?? [];
      expect(items.length, section).toBeGreaterThan(0);
      expect(items.length, section).toBeLessThanOrEqual(5);
      expect(found).toContain(`href="${ORIGIN}/feeds/gia-vien/${section}.atom"`);
    }
    // National items come with their unit's name; a sibling commune's never.
    expect(html).toContain('<a href="/news/tin-tw-1">');
    expect(html).toContain('· Trung ương');
    expect(html).not.toContain('tin-hoa-lu');
  });
});

describe('escaping', () => {
  it('a hostile title is text in the title, Open Graph and heading', async () => {
    const { html } = await page('/news/tin-doc-hai');
    expect(html).not.toMatch(/<script|<img src=x|<b>mạo/);
    const escaped =
      'Cảnh báo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; lừa đảo ]]&gt;&lt;b&gt;mạo danh&lt;/b&gt; &amp; “giả”';
    expect(html).toContain(`<title>${escaped} – PBGDPL</title>`);
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(meta(html, 'og:title')).toBe(escaped);
    expect(HOSTILE_TITLE).toContain('<script>');
  });

  it('the stored body is sanitized again on the way out', async () => {
    store.db
      .prepare("UPDATE news SET body_html = ? WHERE id = 'tin-xa-1'")
      .run('<p>ok</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>');
    const { html } = await page('/news/tin-xa-1');
    expect(html).toContain('<p>ok</p>');
    expect(html).not.toMatch(/<script|javascript:/);
  });
});

describe('not found', () => {
  it.each([
    '/news/khong-co',
    '/documents/khong-co',
    '/questions/khong-co',
    '/materials/khong-co',
    '/units/khong-co',
    '/news/KHÔNG%20CÓ',
  ])('%s is a human 404 page, not cached', async (path) => {
    const { res, html } = await page(path);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Không tìm thấy trang</h1>');
    expect(html).not.toContain('rel="canonical"');
  });

  it('an unanswered question has no page', async () => {
    store.db
      .prepare(
        `INSERT INTO questions (id, unit_id, status, title, field, question, asked_at, asked_ms, search_text)
         VALUES ('hd-cho', 'gia-vien', 'pending', 'Câu hỏi chờ trả lời', 'dat-dai', 'Nội dung', '2026-03-14T08:00:00+07:00', 0, 'cau hoi cho tra loi')`,
      )
      .run();
    expect((await page('/questions/hd-cho')).res.statusCode).toBe(404);
  });
});

describe('PUBLIC_URL', () => {
  it('is the origin of canonical, Open Graph and feed links', async () => {
    const other = await createContentApp(contentFixture(), { publicUrl: 'https://pbgdpl.example' });
    try {
      const res = await other.app.inject({
        url: '/news/tin-tw-1',
        headers: { host: 'evil.example' },
      });
      const html = squeeze(res.body);
      expect(html).toContain('<link rel="canonical" href="https://pbgdpl.example/news/tin-tw-1">');
      expect(meta(html, 'og:image')).toBe('https://pbgdpl.example/media/hoi-nghi.svg');
      expect(html).toContain('href="https://pbgdpl.example/feeds/trung-uong/news.rss"');
      expect(html).not.toContain('evil.example');
    } finally {
      await other.app.close();
      await other.store.close();
    }
  });
});
