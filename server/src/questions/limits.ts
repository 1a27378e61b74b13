/**
 * Rate limits of the citizen-facing write and lookup routes, per client IP and per host
 * origin (the Origin header: one embedding site), with @fastify/rate-limit's counters. Two
 * limits on one route are applied by hand: the plugin's own route hook runs once per request.
 */
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, problemType } from '../problem.js';

export interface RateRule {
  max: number;
  windowMs: number;
}

export interface RateRules {
  perIp: RateRule;
  perOrigin: RateRule;
}

export interface RateLimits {
  /** POST /questions. */
  submit: RateRules;
  /** GET /questions/track/{code}: tracking codes must not be brute-forced. */
  track: RateRules;
  /** GET /altcha/challenge: each challenge costs the server one key derivation. */
  challenge: RateRules;
}

const MINUTE = 60_000;

/**
 * Generous per IP, because many citizens share one address behind mobile carrier NAT; per
 * origin a busy provincial portal stays well inside.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  submit: {
    perIp: { max: 10, windowMs: 10 * MINUTE },
    perOrigin: { max: 200, windowMs: 10 * MINUTE },
  },
  track: { perIp: { max: 30, windowMs: MINUTE }, perOrigin: { max: 600, windowMs: MINUTE } },
  challenge: { perIp: { max: 30, windowMs: MINUTE }, perOrigin: { max: 600, windowMs: MINUTE } },
};

/** The origin a request came from, bounded; requests without one share a bucket. */
export function originKey(request: FastifyRequest): string {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin ? origin.slice(0, 200).toLowerCase() : 'none';
}

/**
 * An onRequest hook enforcing both rules of `name`. Needs @fastify/rate-limit registered on
 * the scope (its `createRateLimit` decorator).
 */
export function rateLimitHook(app: FastifyInstance, name: string, rules: RateRules) {
  const checks = [
    {
      limiter: app.createRateLimit({
        max: rules.perIp.max,
        timeWindow: rules.perIp.windowMs,
        keyGenerator: (request) => `${name}:ip:${normalizeIP(request.ip)}`,
      }),
      detail: (s: number) =>
        `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${s} giây.`,
    },
    {
      limiter: app.createRateLimit({
        max: rules.perOrigin.max,
        timeWindow: rules.perOrigin.windowMs,
        keyGenerator: (request) => `${name}:origin:${originKey(request)}`,
      }),
      detail: (s: number) =>
        `Trang web này đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${s} giây.`,
    },
  ];
  return async (request: FastifyRequest, reply: FastifyReply) => {
    for (const { limiter, detail } of checks) {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) continue;
      const seconds = Math.max(1, result.ttlInSeconds);
      reply.header('retry-after', String(seconds));
      throw new HttpProblem({
        type: problemType('too-many-requests'),
        title: 'Quá nhiều yêu cầu',
        status: 429,
        detail: detail(seconds),
      });
    }
  };
}
