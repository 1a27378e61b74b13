import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AltchaGuard } from '../questions/altcha.js';
import { rateLimitHook, type RateRules } from '../questions/limits.js';
import { AltchaChallenge } from '../schemas/index.js';
import { problemResponses } from './shared.js';

export interface AltchaRouteOptions {
  altcha: AltchaGuard;
  limits: RateRules;
}

/** The proof-of-work challenge the ask form solves before it submits (`challengeurl`). */
export const altchaRoutes: FastifyPluginAsyncTypebox<AltchaRouteOptions> = async (
  app,
  { altcha, limits },
) => {
  app.get(
    '/altcha/challenge',
    {
      onRequest: rateLimitHook(app, 'challenge', limits),
      schema: {
        tags: ['questions'],
        summary: 'A signed ALTCHA challenge (proof of work v2) for the question form',
        response: { 200: Type.Ref(AltchaChallenge), ...problemResponses(429) },
      },
    },
    async (_request, reply) => {
      // Every challenge is single-use: never cached.
      reply.header('cache-control', 'no-store');
      return altcha.challenge();
    },
  );
};
