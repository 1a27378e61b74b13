import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { HttpProblem, notFound, problemType, validationProblem } from '../problem.js';
import type { AltchaGuard } from '../questions/altcha.js';
import { rateLimitHook, type RateLimits } from '../questions/limits.js';
import { cleanSubmission, fingerprint } from '../questions/submission.js';
import {
  IdempotencyHeaders,
  IdParams,
  QuestionDetail,
  QuestionList,
  QuestionQuery,
  QuestionReceipt,
  QuestionSubmission,
  QuestionTracking,
  TrackingParams,
} from '../schemas/index.js';
import {
  canonicalTrackingCode,
  IdempotencyLostError,
  newTrackingCode,
  ProofSpentError,
} from '../store/inbox.js';
import { problemResponses, type ResourceOptions } from './shared.js';
import { vietnamDateTime } from '../vietnam-time.js';

export interface QuestionRouteOptions extends ResourceOptions {
  altcha: AltchaGuard;
  limits: RateLimits;
  /** Largest accepted submission body, in bytes. */
  bodyLimit: number;
  /** Test seam: awaited after a submission is verified, just before it is committed. */
  beforeCommit?: () => Promise<void>;
}

/** 4000 characters of Vietnamese (up to 3 UTF-8 bytes each), the rest of the form and a proof. */
export const DEFAULT_SUBMISSION_BODY_LIMIT = 24 * 1024;

export const questionRoutes: FastifyPluginAsyncTypebox<QuestionRouteOptions> = async (
  app,
  { store, altcha, limits, bodyLimit, beforeCommit },
) => {
  app.get(
    '/questions',
    {
      schema: {
        tags: ['questions'],
        summary: 'Answered legal questions, most recently answered first; facets: field',
        querystring: QuestionQuery,
        response: { 200: Type.Ref(QuestionList), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await store.listQuestions(request.query)), page, pageSize };
    },
  );

  app.get(
    '/questions/:id',
    {
      schema: {
        tags: ['questions'],
        summary: 'One answered question with its answer and citations',
        params: IdParams,
        response: { 200: Type.Ref(QuestionDetail), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      // Unanswered questions are as invisible as missing ones.
      const item = await store.getQuestion(request.params.id);
      if (!item)
        throw notFound(
          'Không tìm thấy câu hỏi',
          `Không có câu hỏi đã trả lời với mã "${request.params.id}".`,
        );
      return item;
    },
  );

  app.post(
    '/questions',
    {
      bodyLimit,
      onRequest: rateLimitHook(app, 'submit', limits.submit),
      preValidation: async (request) => strictSubmission(request.body),
      schema: {
        tags: ['questions'],
        summary: 'Submit a citizen question (202 once stored; idempotent by Idempotency-Key)',
        description:
          'Requires an `Idempotency-Key` (UUID) header. Same key and same body (the `altcha` ' +
          'proof aside) within 24 h → the stored response again, with `Idempotent-Replayed: ' +
          'true`; same key, other body → 422; same key while the first request runs → 409. ' +
          'The 202 is sent only after the question is committed.',
        headers: IdempotencyHeaders,
        body: Type.Ref(QuestionSubmission),
        response: {
          202: Type.Ref(QuestionReceipt),
          ...problemResponses(400, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      // Honeypot: a bot gets what looks like success and learns nothing; nothing is stored.
      if (body.website !== undefined && body.website.trim() !== '') {
        request.log.info('question submission dropped: honeypot filled');
        return reply
          .code(202)
          .send({ trackingCode: newTrackingCode(), status: 'pending', askedAt: now() });
      }

      const clean = cleanSubmission(body);
      if (!(await store.getUnit(clean.unitId))) {
        throw validationProblem([{ name: 'unit', reason: `không có đơn vị "${clean.unitId}"` }]);
      }

      const key = request.headers['idempotency-key'].toLowerCase();
      const start = await store.inbox.beginIdempotent(key, fingerprint(clean), new Date());
      if (start.kind === 'replay') {
        // Only committed submissions are recorded, so a replay is always their 202 receipt.
        return reply
          .code(start.statusCode as 202)
          .header('idempotent-replayed', 'true')
          .send(start.body as QuestionReceipt);
      }
      if (start.kind === 'mismatch') {
        throw new HttpProblem({
          type: problemType('idempotency-key-reused'),
          title: 'Mã Idempotency-Key đã được dùng cho câu hỏi khác',
          status: 422,
          detail: 'Mỗi câu hỏi mới cần một Idempotency-Key mới.',
        });
      }
      if (start.kind === 'in-flight') throw inFlight();

      try {
        const proof = await altcha.verify(body.altcha);
        if (!proof.ok) throw proofProblem(proof.reason);
        await beforeCommit?.();
        const origin = request.headers.origin;
        const receipt = await store.inbox.submit(
          {
            ...clean,
            origin: typeof origin === 'string' && origin ? origin.slice(0, 200) : null,
            ip: request.ip,
          },
          { idempotencyKey: key, proof, now: new Date() },
        );
        return reply
          .code(202)
          .header('location', `/api/v1/questions/track/${receipt.trackingCode}`)
          .send(receipt);
      } catch (error) {
        // Nothing was committed: free the key so the client can retry with it.
        await store.inbox.abandonIdempotent(key);
        if (error instanceof ProofSpentError) throw proofProblem('spent');
        if (error instanceof IdempotencyLostError) throw inFlight();
        throw error;
      }
    },
  );

  app.get(
    '/questions/track/:code',
    {
      onRequest: rateLimitHook(app, 'track', limits.track),
      schema: {
        tags: ['questions'],
        summary: "The asker's view of a question by tracking code: status, answer or reason",
        params: TrackingParams,
        response: { 200: Type.Ref(QuestionTracking), ...problemResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      // Private to whoever holds the code: never in a shared cache.
      reply.header('cache-control', 'no-store');
      const code = canonicalTrackingCode(request.params.code);
      if (!code) {
        throw validationProblem([{ name: 'code', reason: 'mã tra cứu có dạng PB-XXXXX-XXXXX' }]);
      }
      const tracking = await store.inbox.track(code);
      if (!tracking) {
        throw notFound(
          'Không tìm thấy câu hỏi',
          `Không có câu hỏi với mã tra cứu "${code}". Vui lòng kiểm tra lại mã.`,
        );
      }
      return tracking;
    },
  );
};

const SUBMISSION_KEYS = new Set(Object.keys(QuestionSubmission.properties));

/**
 * What Fastify's Ajv would otherwise let through on this write: it coerces types (the string
 * "true" would become consent) and silently drops unknown properties. Consent must be the JSON
 * literal `true`, and a misspelt field must be an error, not lost data.
 */
function strictSubmission(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const errors: { name: string; reason: string }[] = [];
  if ('consent' in body && (body as { consent: unknown }).consent !== true) {
    errors.push({ name: 'consent', reason: 'phải là true: người hỏi đã đánh dấu đồng ý' });
  }
  for (const key of Object.keys(body)) {
    if (!SUBMISSION_KEYS.has(key)) errors.push({ name: key, reason: 'không được hỗ trợ' });
  }
  if (errors.length) throw validationProblem(errors);
}

function now(): string {
  return vietnamDateTime(new Date());
}

function inFlight(): HttpProblem {
  return new HttpProblem({
    type: problemType('idempotency-in-flight'),
    title: 'Câu hỏi đang được xử lý',
    status: 409,
    detail: 'Một yêu cầu với cùng Idempotency-Key đang được xử lý. Vui lòng thử lại sau giây lát.',
  });
}

function proofProblem(reason: 'invalid' | 'expired' | 'spent'): HttpProblem {
  const titles = {
    invalid: 'Xác minh chống spam không hợp lệ',
    expired: 'Xác minh chống spam đã hết hạn',
    spent: 'Xác minh chống spam đã được sử dụng',
  };
  return new HttpProblem({
    type: problemType(`altcha-${reason}`),
    title: titles[reason],
    status: 400,
    detail: 'Vui lòng xác minh lại rồi gửi câu hỏi.',
  });
}
