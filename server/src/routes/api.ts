/**
 * The public, read-only API v1 scope. Everything registered here is readable from any origin
 * and cacheable by browsers and CDNs. Admin routes will live in a sibling scope that registers
 * neither CORS nor the public Cache-Control, so they stay same-origin and uncached.
 */
import cors from '@fastify/cors';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFoundHandler } from '../problem.js';
import { documentRoutes } from './documents.js';
import { materialRoutes } from './materials.js';
import { newsRoutes } from './news.js';
import { questionRoutes } from './questions.js';
import type { ResourceOptions } from './shared.js';
import { taxonomyRoutes } from './taxonomies.js';
import { unitRoutes } from './units.js';

export const PUBLIC_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';

export const publicApi: FastifyPluginAsyncTypebox<ResourceOptions> = async (app, { store }) => {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    // Lets widgets revalidate with If-None-Match and read the validators they got.
    exposedHeaders: ['ETag', 'Content-Language'],
    maxAge: 86400,
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('cache-control')) return payload;
    const cacheable =
      (request.method === 'GET' || request.method === 'HEAD') &&
      (reply.statusCode === 200 || reply.statusCode === 304);
    // Errors are not cached: a 404 for an id that is about to be published must not stick.
    reply.header('cache-control', cacheable ? PUBLIC_CACHE_CONTROL : 'no-store');
    return payload;
  });

  // Unknown paths under /api/v1 get the problem from inside this scope, so they carry CORS
  // headers and a client on another origin can read the 404.
  app.setNotFoundHandler(notFoundHandler);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(unitRoutes, { store });
  await app.register(newsRoutes, { store });
  await app.register(documentRoutes, { store });
  await app.register(questionRoutes, { store });
  await app.register(materialRoutes, { store });
  await app.register(taxonomyRoutes);
};
