import { Type, type TRefUnsafe } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../schemas/index.js';
import type { Store } from '../store/store.js';

/** Options every resource plugin receives. */
export interface ResourceOptions {
  store: Store;
}

/** Options of the plugins that write absolute links (feeds, canonical pages). */
export interface SiteOptions extends ResourceOptions {
  /** The public origin (PUBLIC_URL); without it, the request's. */
  publicUrl?: string;
}

/** Response schemas for the problem statuses a route can answer with. */
export function problemResponses<const S extends readonly number[]>(
  ...statuses: S
): Record<S[number], TRefUnsafe<typeof Problem>> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref(Problem)])) as Record<
    S[number],
    TRefUnsafe<typeof Problem>
  >;
}

/**
 * An onSend hook: a scope's successful GETs (whole, partial or 304) get `cacheControl`, every
 * other answer `no-store`, so a 404 for an id about to be published does not stick. A route
 * that set Cache-Control itself keeps it.
 */
export function cacheControlHook(cacheControl: string) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.hasHeader('cache-control')) return payload;
    const cacheable =
      (request.method === 'GET' || request.method === 'HEAD') &&
      [200, 206, 304].includes(reply.statusCode);
    reply.header('cache-control', cacheable ? cacheControl : 'no-store');
    return payload;
  };
}
