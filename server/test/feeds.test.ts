/**
 * Feeds: every section in every format, well-formed and complete, carrying what the API lists
 * for the unit (same scope, same order) and linking to canonical pages; hostile text stays text.
 */
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { FEED_FORMATS, SECTIONS, type FeedFormat } from '../src/pages/links.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { contentFixture, HOSTILE_SUMMARY, HOSTILE_TITLE } from './content-fixture.js';
import { createContentApp } from './helpers.js';

const ORIGIN = 'http://localhost';
const MIME: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

let app: FastifyInstance;
let store: SqliteStore;
beforeAll(async () => {
  ({ app, store } = await createContentApp(contentFixture()));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

interface ParsedFeed {
  title: string;
  home: string;
  self: string;
  items: { id: string; url: string; title: string; date: string; summaryHtml: string }[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['item', 'entry', 'link', 'atom:link'].includes(name),
});

type Node = Record<string, unknown>;
const text = (node: unknown): string =>
  typeof node === 'string' ? node : String((node as Node | undefined)?.['#text'] ?? '');
const nodes = (node: unknown): Node[] => (node ?? []) as Node[];

/** HTML text to plain text, for the fields the formats define as HTML. */
function decodeHtml(html: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
  return html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => entities[name] ?? '');
}

/**
 * One shape for the three formats, after checking the elements each requires: RSS 2.0
 * rss/channel/title/link/description and item title/link/guid/pubDate; Atom feed
 * id/title/updated and entry id/title/updated/link; JSON Feed 1.1 version/title/items.
 */
function parseFeed(format: FeedFormat, body: string): ParsedFeed {
  if (format === 'json') {
    const feed = JSON.parse(body) as Node & { items: Node[] };
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    return {
      title: String(feed['title']),
      home: String(feed['home_page_url']),
      self: String(feed['feed_url']),
      items: feed.items.map((item) => ({
        id: String(item['id']),
        url: String(item['url']),
        title: String(item['title']),
        date: String(item['date_published']),
        summaryHtml: String(item['content_html']),
      })),
    };
  }

  expect(XMLValidator.validate(body)).toBe(true);
  const doc = xml.parse(body) as Node;
  if (format === 'rss') {
    const channel = (doc['rss'] as Node)['channel'] as Node;
    for (const name of ['title', 'link', 'description']) expect(channel).toHaveProperty(name);
    const items = nodes(channel['item']);
    for (const item of items) {
      for (const name of ['title', 'link', 'guid', 'pubDate']) expect(item).toHaveProperty(name);
    }
    return {
      title: text(channel['title']),
      home: text(nodes(channel['link'])[0]),
      self: String(nodes(channel['atom:link'])[0]?.['@href']),
      items: items.map((item) => ({
        id: text(item['guid']),
        url: text(nodes(item['link'])[0]),
        // RSS titles are plain text.
        title: text(item['title']),
        date: text(item['pubDate']),
        summaryHtml: text(item['description']),
      })),
    };
  }

  const feed = doc['feed'] as Node;
  for (const name of ['id', 'title', 'updated']) expect(feed).toHaveProperty(name);
  const href = (links: unknown, rel: string) =>
    String(nodes(links).find((l) => (l['@rel'] ?? 'alternate') === rel)?.['@href']);
  const entries = nodes(feed['entry']);
  for (const entry of entries) {
    for (const name of ['id', 'title', 'updated', 'link']) expect(entry).toHaveProperty(name);
  }
  return {
    title: text(feed['title']),
    home: href(feed['link'], 'alternate'),
    self: href(feed['link'], 'self'),
    items: entries.map((entry) => {
      expect((entry['title'] as Node)['@type']).toBe('html');
      return {
        id: text(entry['id']),
        url: href(entry['link'], 'alternate'),
        title: decodeHtml(text(entry['title'])),
        date: text(entry['published']),
        summaryHtml: text(entry['summary']),
      };
    }),
  };
}

async function feed(url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ url, headers });
  return { res, format: url.replace(/^.*\.(\w+)(\?.*)?$/, '$1') as FeedFormat };
}

describe.each(SECTIONS)('the %s feeds of a commune', (section) => {
  it.each(FEED_FORMATS)('%s: well-formed, complete, the API list in its order', async (format) => {
    const { res } = await feed(`/feeds/gia-vien/${section}.${format}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(`${MIME[format]}; charset=utf-8`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['etag']).toMatch(/^"[^"]+"$/);

    const parsed = parseFeed(format, res.body);
    expect(parsed.title).toMatch(/ — Xã Gia Viễn$/);
    expect(parsed.home).toBe(`${ORIGIN}/units/gia-vien`);
    expect(parsed.self).toBe(`${ORIGIN}/feeds/gia-vien/${section}.${format}`);

    const api = (await app.inject(`/api/v1/${section}?unit=gia-vien&pageSize=30`)).json() as {
      items: { id: string }[];
    };
    expect(api.items.length).toBeGreaterThan(0);
    expect(parsed.items.map((item) => item.url)).toEqual(
      api.items.map((item) => `${ORIGIN}/${section}/${item.id}`),
    );
    for (const item of parsed.items) {
      expect(item.id).toBe(item.url);
      expect(item.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.date))).toBe(false);
    }
  });

  it('links each item to its canonical page', async () => {
    const { res } = await feed(`/feeds/gia-vien/${section}.json`);
    const [first] = parseFeed('json', res.body).items;
    const page = await app.inject(new URL(first?.url ?? '').pathname);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});

describe('what a feed carries', () => {
  const ids = async (url: string) =>
    parseFeed('json', (await app.inject(url)).body).items.map((i) => i.url.split('/').pop());

  it("a commune's feed has its parents' and national items, never a sibling's", async () => {
    const news = await ids('/feeds/gia-vien/news.json');
    expect(news).toEqual(expect.arrayContaining(['tin-xa-1', 'tin-nb-1', 'tin-tw-1']));
    expect(news).not.toContain('tin-hoa-lu');
    expect(news).not.toContain('tin-hn-1');
    expect(news).not.toContain('tin-btp-1');
  });

  it('scope=own: the unit alone, and the feed says so in its own address', async () => {
    expect((await ids('/feeds/gia-vien/news.json?scope=own')).sort()).toEqual([
      'tin-doc-hai',
      'tin-xa-1',
    ]);
    const { res } = await feed('/feeds/gia-vien/news.atom?scope=own');
    expect(parseFeed('atom', res.body).self).toBe(`${ORIGIN}/feeds/gia-vien/news.atom?scope=own`);
  });

  it('documents: newest issued first, titled with their number, dated by their issue', async () => {
    const { res } = await feed('/feeds/trung-uong/documents.rss');
    const [first] = parseFeed('rss', res.body).items;
    expect(first?.title).toBe(
      'Thông tư liên tịch hướng dẫn về cư trú và căn cước (01/2025/TTLT-BTP-BCA)',
    );
    expect(new Date(first?.date ?? '').toISOString()).toBe('2025-11-19T17:00:00.000Z');
  });

  it('questions: the question as the summary, dated by the answer', async () => {
    const { res } = await feed('/feeds/gia-vien/questions.json');
    const [first] = parseFeed('json', res.body).items;
    expect(first).toMatchObject({
      url: `${ORIGIN}/questions/hd-xa-1`,
      summaryHtml: 'Nghỉ việc có được trả lương những ngày phép chưa nghỉ? (câu hỏi mẫu)',
      date: '2026-03-05T01:00:00.000Z',
    });
  });

  it('an empty feed is still a valid feed', async () => {
    for (const format of FEED_FORMATS) {
      const { res } = await feed(`/feeds/ha-noi/questions.${format}?scope=own`);
      expect(res.statusCode).toBe(200);
      expect(parseFeed(format, res.body).items).toEqual([]);
    }
  });

  it('answers 304 to a reader that has the current version', async () => {
    const { res } = await feed('/feeds/gia-vien/news.rss');
    const again = await app.inject({
      url: '/feeds/gia-vien/news.rss',
      headers: { 'if-none-match': String(res.headers['etag']) },
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('a hostile title stays text', () => {
  it.each(FEED_FORMATS)('%s', async (format) => {
    const { res } = await feed(`/feeds/gia-vien/news.${format}`);
    expect(res.body).not.toMatch(/<script|<img|<b>/i);
    const item = parseFeed(format, res.body).items.find((i) => i.url.endsWith('/tin-doc-hai'));
    expect(item?.title).toBe(HOSTILE_TITLE);
    expect(decodeHtml(item?.summaryHtml ?? '')).toBe(HOSTILE_SUMMARY);
  });
});

describe('bad feed addresses', () => {
  async function problem(url: string) {
    const res = await app.inject(url);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('no-store');
    return { status: res.statusCode, body: res.json() as { type: string; title: string } };
  }

  it('an unknown unit is a 404 problem', async () => {
    expect(await problem('/feeds/xa-khong-co/news.rss')).toEqual({
      status: 404,
      body: expect.objectContaining({
        type: '/problems/unknown-unit',
        title: 'Không tìm thấy đơn vị',
      }),
    });
  });

  it.each([
    '/feeds/gia-vien/podcasts.rss',
    '/feeds/gia-vien/news.xml',
    '/feeds/gia-vien/news',
    '/feeds/gia-vien/news.rss.rss',
  ])('%s is a 404 problem', async (url) => {
    const { status, body } = await problem(url);
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: '/problems/not-found', title: 'Không tìm thấy nguồn tin' });
  });

  it('a bad scope or unit id is a 400 problem', async () => {
    expect((await problem('/feeds/gia-vien/news.rss?scope=all')).status).toBe(400);
    expect((await problem('/feeds/Gia-Vien/news.rss')).status).toBe(400);
  });
});

describe('absolute links', () => {
  it("follow the request's host when PUBLIC_URL is not set", async () => {
    const { res } = await feed('/feeds/gia-vien/news.json', { host: 'pbgdpl.test:8443' });
    const parsed = parseFeed('json', res.body);
    expect(parsed.self).toBe('http://pbgdpl.test:8443/feeds/gia-vien/news.json');
    expect(parsed.items[0]?.url).toMatch(/^http:\/\/pbgdpl\.test:8443\/news\//);
  });

  it('follow X-Forwarded-Proto and -Host behind a trusted proxy', async () => {
    const proxied = await createContentApp(contentFixture(), { trustProxy: true });
    try {
      const res = await proxied.app.inject({
        url: '/feeds/gia-vien/news.json',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'pbgdpl.gov.example' },
      });
      expect(parseFeed('json', res.body).self).toBe(
        'https://pbgdpl.gov.example/feeds/gia-vien/news.json',
      );
    } finally {
      await proxied.app.close();
      await proxied.store.close();
    }
  });

  it('refuse a Host that is no host name', async () => {
    const res = await app.inject({ url: '/feeds/gia-vien/news.rss', headers: { host: 'a b' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('use PUBLIC_URL when set, whatever the Host header says', async () => {
    const other = await createContentApp(contentFixture(), { publicUrl: 'https://pbgdpl.example' });
    try {
      for (const format of FEED_FORMATS) {
        const res = await other.app.inject({
          url: `/feeds/gia-vien/news.${format}`,
          headers: { host: 'evil.example' },
        });
        expect(res.body).not.toContain('evil.example');
        const parsed = parseFeed(format, res.body);
        expect(parsed.home).toBe('https://pbgdpl.example/units/gia-vien');
        for (const item of parsed.items)
          expect(item.url).toMatch(/^https:\/\/pbgdpl\.example\/news\//);
      }
    } finally {
      await other.app.close();
      await other.store.close();
    }
  });

  it('PUBLIC_URL must be an http(s) origin', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://pbgdpl.example/' }).publicUrl).toBe(
      'https://pbgdpl.example',
    );
    for (const bad of ['pbgdpl.example', 'ftp://pbgdpl.example', 'https://pbgdpl.example/pbgdpl']) {
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    }
  });
});

describe('size', () => {
  it('holds the newest 30 items', async () => {
    const data = contentFixture();
    const [template] = data.news;
    if (!template) throw new Error('fixture changed');
    for (let day = 1; day <= 35; day++) {
      data.news.push({
        ...template,
        id: `tin-them-${day}`,
        publishedAt: `2026-01-${String(day % 28 || 28).padStart(2, '0')}T0${day % 10}:00:00+07:00`,
      });
    }
    const big = await createContentApp(data);
    try {
      const res = await big.app.inject('/feeds/trung-uong/news.rss');
      expect(parseFeed('rss', res.body).items).toHaveLength(30);
    } finally {
      await big.app.close();
      await big.store.close();
    }
  });
});
