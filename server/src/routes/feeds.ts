/**
 * Feeds of each unit's sections, `/feeds/<unit>/<section>.<rss|atom|json>`, scoped like the
 * API (the unit's items, its ancestors' and national ones; `?scope=own` for its own alone), so
 * a feed reader, an aggregator or another portal can follow a unit without the widgets. Items
 * link to their canonical pages.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Feed, type Item } from 'feed';
import { notFound } from '../problem.js';
import { Id, ScopeQuery, type UnitDetail } from '../schemas/index.js';
import { UnknownUnitError } from '../store/store.js';
import { escapeHtml } from '../pages/html.js';
import {
  FEED_FORMATS,
  FEED_TYPES,
  feedPath,
  isFeedFormat,
  isSection,
  originResolver,
  unitPath,
  type FeedFormat,
  type Scope,
  type Section,
} from '../pages/links.js';
import { feedTitle, latestEntries, SECTION_LABELS, type Entry } from '../pages/sections.js';
import { cacheControlHook, type SiteOptions } from './shared.js';

const FEED_CACHE_CONTROL = 'public, max-age=300';
/** Items per feed: the newest ones. */
const FEED_SIZE = 30;
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const FeedParams = Type.Object({ unit: Id, file: Type.String({ maxLength: 40 }) });
const FeedQuery = Type.Object({ scope: ScopeQuery.scope });

export const feedRoutes: FastifyPluginAsyncTypebox<SiteOptions> = async (
  app,
  { store, publicUrl },
) => {
  const originOf = originResolver(publicUrl);

  // Readers running in web pages fetch feeds across origins; let them read errors too.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  app.addHook('onSend', cacheControlHook(FEED_CACHE_CONTROL));

  app.get(
    '/feeds/:unit/:file',
    { schema: { hide: true, params: FeedParams, querystring: FeedQuery } },
    async (request, reply) => {
      const { unit: unitId, file } = request.params;
      const [, section = '', format = ''] = /^([a-z]+)\.([a-z]+)$/.exec(file) ?? [];
      if (!isSection(section) || !isFeedFormat(format)) {
        throw notFound(
          'Không tìm thấy nguồn tin',
          `Không có nguồn tin "${file}". Chuyên mục: news, documents, questions, materials; định dạng: rss, atom, json.`,
        );
      }
      const unit = await store.getUnit(unitId);
      if (!unit) throw new UnknownUnitError(unitId);
      const { scope } = request.query;
      const entries = await latestEntries(store, unit, section, scope, FEED_SIZE);
      reply.type(`${FEED_TYPES[format].mime}; charset=utf-8`);
      return renderFeed(format, { origin: originOf(request), unit, section, scope, entries });
    },
  );
};

interface FeedContent {
  origin: string;
  unit: UnitDetail;
  section: Section;
  scope: Scope;
  entries: Entry[];
}

/**
 * One feed in one format. Summaries are plain text while every format's description is HTML,
 * so they are escaped; titles are HTML only in Atom (`type="html"`).
 */
function renderFeed(format: FeedFormat, content: FeedContent): string {
  const { origin, unit, section, scope, entries } = content;
  const inherited =
    scope === 'inherited' && unit.ancestors.length > 0 ? ', kèm nội dung của cấp trên' : '';
  const feed = new Feed({
    id: origin + feedPath(unit.id, section, format, scope),
    title: feedTitle(section, unit.name),
    description: `${SECTION_LABELS[section].heading} của ${unit.name}${inherited}.`,
    link: origin + unitPath(unit.id),
    language: 'vi',
    // The newest item's date, never "now": the same content must give the same ETag.
    updated: new Date(Math.max(0, ...entries.map((entry) => entry.date.getTime()))),
    feedLinks: Object.fromEntries(
      FEED_FORMATS.map((f) => [f, origin + feedPath(unit.id, section, f, scope)]),
    ),
  });
  for (const entry of entries) feed.addItem(feedItem(format, origin, entry));

  switch (format) {
    case 'rss':
      return feed.rss2();
    case 'atom':
      return feed.atom1();
    case 'json':
      return jsonFeed11(feed);
  }
}

function feedItem(format: FeedFormat, origin: string, entry: Entry): Item {
  const url = origin + entry.path;
  return {
    title: format === 'atom' ? escapeHtml(entry.title) : entry.title,
    id: url,
    link: url,
    date: entry.date,
    published: entry.date,
    description: escapeHtml(entry.summary),
    author: [{ name: entry.unitName, link: origin + unitPath(entry.unitId) }],
    category: entry.categories.map((name) => ({ name, term: name })),
    // RSS titles are plain text. feed@6 wraps them in CDATA, and xml-js splits only the first
    // "]]>" inside one, so a second would end the section and let the rest through as markup:
    // replace the element with escaped text instead.
    extensions: format === 'rss' ? [{ name: 'title', objects: { _text: entry.title } }] : [],
  };
}

/**
 * feed@6 writes JSON Feed 1.0; 1.1 adds `language` and `authors` (`author` stays for 1.0
 * readers). `<` as \u003c is the same JSON, and inert wherever the body ends up pasted.
 */
function jsonFeed11(feed: Feed): string {
  const json = JSON.parse(feed.json1()) as { items: { author?: unknown }[] };
  return JSON.stringify({
    ...json,
    version: JSON_FEED_VERSION,
    language: 'vi',
    items: json.items.map((item) => ({ ...item, authors: item.author ? [item.author] : [] })),
  }).replace(/</g, '\\u003c');
}
