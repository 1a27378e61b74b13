import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { HttpProblem, statusProblem } from '../problem.js';
import { Health } from '../schemas/index.js';
import { VERSION } from '../version.js';
import { problemResponses, type ResourceOptions } from './shared.js';

/** Liveness and readiness in one: answers ok only when the store answers. */
export const healthRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Health of the service and its store',
        response: { 200: Type.Ref(Health), ...problemResponses(503) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      try {
        await store.ping();
      } catch (err) {
        request.log.error({ err }, 'store ping failed');
        throw new HttpProblem(statusProblem(503, 'Cơ sở dữ liệu không phản hồi.'));
      }
      return { status: 'ok' as const, version: VERSION, database: store.kind };
    },
  );
};
