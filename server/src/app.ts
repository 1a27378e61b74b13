/**
 * Builds the central service without listening, so tests can `inject()` requests and main.ts
 * can decide where to listen.
 */
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants as zlib } from 'node:zlib';
import { ResponseCache, type ResponseCacheOptions } from './cache/response-cache.js';
import { DEFAULT_RETENTION_DAYS, type PressureLimits } from './config.js';
import { embedRoutes } from './embed/routes.js';
import {
  errorHandler,
  HttpProblem,
  notFoundHandler,
  sendProblem,
  statusProblem,
} from './problem.js';
import { AltchaGuard, DEFAULT_ALTCHA, type AltchaSettings } from './questions/altcha.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './questions/limits.js';
import { adminApi } from './routes/admin.js';
import { publicApi } from './routes/api.js';
import { feedRoutes } from './routes/feeds.js';
import { fileRoutes } from './routes/files.js';
import { pageRoutes } from './routes/pages.js';
import { DEFAULT_SUBMISSION_BODY_LIMIT } from './routes/questions.js';
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
  /**
   * Fastify's trustProxy (env TRUST_PROXY): set it behind a reverse proxy, or every citizen
   * shares the proxy's address and its rate limit.
   */
  trustProxy?: boolean | string;
  /**
   * Proof of work for question submissions. Without `hmacKey` a random one is used (and a
   * warning logged): challenges then die with the process. Tests pass a tiny `counterMax`.
   */
  altcha?: Partial<AltchaSettings>;
  /** Per-IP and per-origin limits of the citizen-facing routes; tests pass small numbers. */
  rateLimits?: Partial<RateLimits>;
  /** Largest question submission body in bytes (413 beyond). */
  submissionBodyLimit?: number;
  /** Test seam: awaited after a submission is verified, just before it is committed. */
  beforeSubmitCommit?: () => Promise<void>;
  /** Days contact data is kept after a question closes; stated in the privacy notice. */
  retentionDays?: number;
  /**
   * The public origin (env PUBLIC_URL) of absolute links in feeds and pages. Without it they
   * follow the request's Host, which a shared cache could then keep under a forged one.
   */
  publicUrl?: string;
  /** CSP frame-ancestors of the iframe pages /embed/frame/… (env FRAME_ANCESTORS); default `*`. */
  frameAncestors?: string;
  /** The response cache of public GETs (cache/response-cache.ts); `maxBytes: 0` turns it off. */
  responseCache?: ResponseCacheOptions;
  /**
   * Load shedding thresholds (config.ts, env MAX_EVENT_LOOP_DELAY…); 0 turns one off. Without
   * them nothing is shed: tests that seed large corpora block the loop on purpose.
   */
  pressure?: Partial<PressureLimits> & { sampleInterval?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * What app.server does with each request: response-cache hits first, then Fastify's
     * routing. For a server of one's own (the bench shares one between two apps).
     */
    handle(request: IncomingMessage, response: ServerResponse): void;
  }
}

/** The server settings Fastify applies to a server it makes itself (lib/server.js). */
interface ServerSettings {
  keepAliveTimeout: number;
  requestTimeout: number;
  connectionTimeout: number;
  maxRequestsPerSocket?: number | null;
}

/** Seconds an overloaded instance asks clients to wait. */
const OVERLOAD_RETRY_AFTER = 5;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const cache = new ResponseCache(options.responseCache);
  // Once closing, every answer ends its connection: an idle keep-alive connection would hold
  // close() open for the keep-alive timeout (72 s) after the last request in flight finished.
  let closing = false;
  /**
   * Cache hits are answered before Fastify routes the request: routing, a dozen hooks and
   * copying headers cost several times what sending the stored bytes does. A hit is what the
   * onRequest hook `cache.serve` would send (before helmet's, CORS and load shedding ran, all
   * of whose headers the entry holds). Once closing, everything goes to Fastify, which answers
   * with `connection: close` (or a 503 for new requests).
   */
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (closing || !cache.answer(request, response)) app.routing(request, response);
    else if (logHits)
      app.log.info({ url: request.url, statusCode: response.statusCode }, 'cache hit');
  };
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Errors raised before routing (malformed URL encoding…) still answer with a problem.
    frameworkErrors(error, _request, reply) {
      void sendProblem(reply as FastifyReply, statusProblem(400, error.message));
    },
    // The server Fastify would make, with `handle` in front of its routing.
    serverFactory: (_route, settings) => {
      const { keepAliveTimeout, requestTimeout, connectionTimeout, maxRequestsPerSocket } =
        settings as unknown as ServerSettings;
      const server = createServer(handle);
      server.keepAliveTimeout = keepAliveTimeout;
      server.requestTimeout = requestTimeout;
      server.setTimeout(connectionTimeout);
      if (maxRequestsPerSocket) server.maxRequestsPerSocket = maxRequestsPerSocket;
      return server;
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Hits skip Fastify's request log: they are logged here, one line each, when it would be.
  const logHits = ['info', 'debug', 'trace'].includes(app.log.level);
  app.decorate('handle', handle);

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  // Security headers on everything (nosniff, COOP, Referrer-Policy…), with two exceptions:
  // CSP, because every page sets its own and a global default would break the demo site and
  // Storybook; and HSTS, sent only when PUBLIC_URL says the service is on https, because it
  // pins a host to https for a year (one answer over https://localhost in development would
  // break http://localhost), and because without PUBLIC_URL the scheme behind a proxy is
  // unknown. Frames, widgets and media loosen framing and CORP on their own routes.
  await app.register(helmet, {
    contentSecurityPolicy: false,
    strictTransportSecurity: options.publicUrl?.startsWith('https:')
      ? { maxAge: 31_536_000 }
      : false,
  });

  // Before load shedding: a hit costs almost nothing, so it is served even under pressure.
  // Most hits never get here (`handle` above); this answers the rest, and app.inject().
  app.addHook('onRequest', cache.serve);

  if (options.pressure) {
    await app.register(underPressure, {
      ...options.pressure,
      // A 503 problem at once, never a queue. /healthz still answers: it reports the store, and
      // an orchestrator restarting a busy instance would only move its load onto the others.
      pressureHandler: async (request) => {
        if (request.routeOptions.url === '/healthz') return;
        throw new HttpProblem(
          statusProblem(503, 'Máy chủ đang quá tải. Vui lòng thử lại sau ít giây.'),
          { 'retry-after': String(OVERLOAD_RETRY_AFTER) },
        );
      },
    });
  }

  // @fastify/etag hashes in an app-level onSend hook; @fastify/compress compresses in
  // route-level onSend hooks, which always run after app-level ones. Responses the cache
  // keeps get their own per-coding ETags and bodies instead (cache/response-cache.ts).
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
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'Admin token from `npm run admin -- token create --unit <id>`',
          },
        },
      },
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
  let hmacKey = options.altcha?.hmacKey;
  if (!hmacKey) {
    hmacKey = randomBytes(32).toString('hex');
    app.log.warn('ALTCHA_HMAC_KEY not set: using a random key; challenges end with the process');
  }
  await app.register(publicApi, {
    prefix: '/api/v1',
    store: options.store,
    questions: {
      altcha: new AltchaGuard({ ...DEFAULT_ALTCHA, ...options.altcha, hmacKey }),
      limits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
      bodyLimit: options.submissionBodyLimit ?? DEFAULT_SUBMISSION_BODY_LIMIT,
      beforeCommit: options.beforeSubmitCommit,
    },
    storeResponse: cache.store,
  });
  await app.register(adminApi, {
    prefix: '/api/v1/admin',
    store: options.store,
    onWrite: () => cache.invalidate(),
  });
  await app.register(feedRoutes, { store: options.store, publicUrl: options.publicUrl });
  await app.register(pageRoutes, { store: options.store, publicUrl: options.publicUrl });
  await app.register(fileRoutes, { store: options.store });
  await app.register(staticFiles, {
    widgetsDir: options.widgetsDir,
    demoDir: options.demoDir,
    storybookDir: options.storybookDir,
    mediaDir: options.mediaDir,
    retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS,
  });
  await app.register(embedRoutes, {
    store: options.store,
    frameAncestors: options.frameAncestors ?? '*',
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
