/**
 * Builds the central service without listening, so tests can `inject()` requests and main.ts
 * can decide where to listen.
 */
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { constants as zlib } from 'node:zlib';
import { errorHandler, notFoundHandler, sendProblem, statusProblem } from './problem.js';
import { publicApi } from './routes/api.js';
import { healthRoutes } from './routes/health.js';
import * as schemas from './schemas/index.js';
import { staticFiles } from './static.js';
import type { Store } from './store/store.js';
import { VERSION } from './version.js';

export interface AppOptions {
  store: Store;
  /** The built widget bundle (dist/cdn), served at /widgets/v1/. */
  widgetsDir?: string;
  /** The demo host site, served at /demo/. */
  demoDir?: string;
  /** A built Storybook, served at /storybook/ when the directory exists. */
  storybookDir?: string;
  /** Sample media (SVG images…), served at /media/. */
  mediaDir?: string;
  /** true, or pino options such as `{ level: 'warn' }`. */
  logger?: boolean | { level: string };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Errors raised before routing (malformed URL encoding…) still answer with a problem.
    frameworkErrors(error, _request, reply) {
      void sendProblem(reply as FastifyReply, statusProblem(400, error.message));
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });

  // @fastify/etag hashes in an app-level onSend hook; @fastify/compress compresses in
  // route-level onSend hooks, which always run after app-level ones. So the ETag is taken
  // from the uncompressed body and is the same for identity, gzip and br (http.test.ts).
  await app.register(etag);
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Dynamic responses: quality 11 costs far more CPU than it saves bytes.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });

  // Shared schemas: routes refer to them by $id, so OpenAPI lists them as components.
  for (const schema of sharedSchemas()) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'PBGDPL API',
        version: VERSION,
        description:
          'Central read API for the PBGDPL (phổ biến, giáo dục pháp luật) widgets. Errors are RFC 9457 problem details.',
      },
      servers: [{ url: '/' }],
    },
    refResolver: {
      // Name components by their $id instead of def-0, def-1…
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });

  await app.register(healthRoutes, { store: options.store });
  await app.register(publicApi, { prefix: '/api/v1', store: options.store });
  await app.register(staticFiles, {
    widgetsDir: options.widgetsDir,
    demoDir: options.demoDir,
    storybookDir: options.storybookDir,
    mediaDir: options.mediaDir,
  });

  await app.ready();
  return app;
}

type IdentifiedSchema = TSchema & { $id: string };

/**
 * Every exported schema with an $id, parts before the schemas that embed them: Ajv refuses an
 * $id it has already met nested inside an earlier schema ("already exists"), and the order of
 * a module namespace is alphabetical (DocumentDetail before DocumentRelation).
 */
export function sharedSchemas(): IdentifiedSchema[] {
  return Object.values(schemas as Record<string, unknown>)
    .filter(isIdentified)
    .map((schema) => ({ schema, nested: countIds(schema) - 1 }))
    .sort((a, b) => a.nested - b.nested)
    .map(({ schema }) => schema);
}

function isIdentified(value: unknown): value is IdentifiedSchema {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $id?: unknown }).$id === 'string'
  );
}

function countIds(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countIds(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const own = isIdentified(value) ? 1 : 0;
  return Object.values(value).reduce((n: number, v) => n + countIds(v), own);
}
