/**
 * The public API v1 scope. Everything registered here is readable from any origin and its GETs
 * are cacheable by browsers and CDNs; the one write is the citizens' question POST. Admin
 * routes live in a sibling scope (admin.ts) that registers neither CORS nor the public
 * Cache-Control, so they stay same-origin and uncached. Successful public GETs are kept
 * pre-compressed by the response cache (cache/response-cache.ts).
 */
import cors from '@fastify/cors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFoundHandler } from '../problem.js';
import { documentRoutes } from './documents.js';
import { materialRoutes } from './materials.js';
import { newsRoutes } from './news.js';
import { altchaRoutes } from './altcha.js';
import { questionRoutes, type QuestionRouteOptions } from './questions.js';
import { cacheControlHook, type ResourceOptions } from './shared.js';
import { taxonomyRoutes } from './taxonomies.js';
import { unitRoutes } from './units.js';

/** Browsers revalidate after a minute; a CDN in front may keep an answer five. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';

export type PublicApiOptions = ResourceOptions & {
  questions: Omit<QuestionRouteOptions, 'store'>;
  /** The response cache's onSend hook, run once Cache-Control is known. */
  storeResponse: (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ) => Promise<unknown>;
};

export const publicApi: FastifyPluginAsyncTypebox<PublicApiOptions> = async (
  app,
  { store, questions, storeResponse },
) => {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST'],
    // If-None-Match: widgets revalidate; Idempotency-Key and a JSON body: the question POST.
    allowedHeaders: ['Content-Type', 'If-None-Match', 'Idempotency-Key'],
    // The validators a widget got, and what a submission's answer tells it.
    exposedHeaders: ['ETag', 'Content-Language', 'Location', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 86400,
  });
  // Counters only: limits are applied per route by questions/limits.ts.
  await app.register(rateLimit, { global: false, cache: 10000 });

  app.addHook('onSend', cacheControlHook(PUBLIC_CACHE_CONTROL));
  app.addHook('onSend', storeResponse);

  // Unknown paths under /api/v1 get the problem from inside this scope, so they carry CORS
  // headers and a client on another origin can read the 404.
  app.setNotFoundHandler(notFoundHandler);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(unitRoutes, { store });
  await app.register(newsRoutes, { store });
  await app.register(documentRoutes, { store });
  await app.register(questionRoutes, { store, ...questions });
  await app.register(altchaRoutes, {
    altcha: questions.altcha,
    limits: questions.limits.challenge,
  });
  await app.register(materialRoutes, { store });
  await app.register(taxonomyRoutes);
};
