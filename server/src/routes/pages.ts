/**
 * Canonical pages: every item and every unit at a stable address on the central service, as
 * plain server-rendered HTML (no script), for sharing, bookmarking and search engines.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { documentPage, materialPage, newsPage, questionPage } from '../pages/items.js';
import { notFoundPage, PAGE_CSP } from '../pages/layout.js';
import { originResolver, SECTIONS } from '../pages/links.js';
import { latestEntries } from '../pages/sections.js';
import { unitPage } from '../pages/unit.js';
import { cacheControlHook, type SiteOptions } from './shared.js';

const PAGE_CACHE_CONTROL = 'public, max-age=300';
/** Newest items of each section on a unit's page. */
const UNIT_PAGE_ITEMS = 5;

// Any id is accepted: one that cannot exist gets the same human 404 page as a missing one.
const PageParams = Type.Object({ id: Type.String() });

export const pageRoutes: FastifyPluginAsyncTypebox<SiteOptions> = async (
  app,
  { store, publicUrl },
) => {
  const originOf = originResolver(publicUrl);

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', PAGE_CSP);
  });
  app.addHook('onSend', cacheControlHook(PAGE_CACHE_CONTROL));

  /** A page route: `render` returns the page, or undefined for a 404 page. */
  function page(path: string, render: (id: string, origin: string) => Promise<string | undefined>) {
    app.get(path, { schema: { hide: true, params: PageParams } }, async (request, reply) => {
      const body = await render(request.params.id, originOf(request));
      reply.type('text/html; charset=utf-8');
      if (body === undefined) reply.code(404);
      return body ?? notFoundPage();
    });
  }

  page('/news/:id', async (id, origin) => {
    const news = await store.getNews(id);
    return news && newsPage(origin, news);
  });

  page('/documents/:id', async (id, origin) => {
    const document = await store.getDocument(id);
    const unit = document && (await store.getUnit(document.unitId));
    return document && unit && documentPage(origin, document, unit);
  });

  // Only answered questions exist publicly; getQuestion returns nothing else.
  page('/questions/:id', async (id, origin) => {
    const question = await store.getQuestion(id);
    return question && questionPage(origin, question);
  });

  page('/materials/:id', async (id, origin) => {
    const material = await store.getMaterial(id);
    return material && materialPage(origin, material);
  });

  page('/units/:id', async (id, origin) => {
    const unit = await store.getUnit(id);
    if (!unit) return undefined;
    const latest = new Map(
      await Promise.all(
        SECTIONS.map(
          async (section) =>
            [
              section,
              await latestEntries(store, unit, section, 'inherited', UNIT_PAGE_ITEMS),
            ] as const,
        ),
      ),
    );
    return unitPage(origin, unit, latest);
  });
};
