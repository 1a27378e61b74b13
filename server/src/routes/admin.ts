/**
 * The admin API (/api/v1/admin): legal officers list the questions addressed to their unit and
 * the units below it, answer and reject them. Bearer tokens, stored as SHA-256 hashes, are
 * scoped to one unit and its descendants; a national token reaches every unit. Registered as a
 * sibling of the public scope: no CORS (a cross-origin preflight is refused), never cached.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { hashToken } from '../admin/tokens.js';
import {
  HttpProblem,
  notFound,
  notFoundHandler,
  problemType,
  sendProblem,
  statusProblem,
  validationProblem,
} from '../problem.js';
import {
  AdminQuestion,
  AdminQuestionList,
  AdminQuestionQuery,
  AnswerInput,
  IdParams,
  RejectInput,
} from '../schemas/index.js';
import { cleanText } from '../questions/submission.js';
import { InboxInputError, QuestionClosedError, type AdminTokenRecord } from '../store/inbox.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export interface AdminApiOptions extends ResourceOptions {
  /** Called after each successful write, before its answer leaves (the response cache). */
  onWrite: () => void;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The admin token's holder, set by the admin scope's auth hook. */
    adminToken: AdminTokenRecord | null;
  }
}

const REALM = 'Bearer realm="pbgdpl-admin"';

export const adminApi: FastifyPluginAsyncTypebox<AdminApiOptions> = async (
  app,
  { store, onWrite },
) => {
  app.decorateRequest('adminToken', null);

  // Answering or rejecting changes what public GETs return. Before the answer is sent, so the
  // officer's next look at the public side is fresh.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && reply.statusCode < 300) onWrite();
    return payload;
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (request.method === 'OPTIONS') return;
    const header = request.headers.authorization;
    const match =
      typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header) : null;
    if (!match?.[1]) {
      throw new HttpProblem(
        { ...statusProblem(401, 'Cần mã truy cập (Authorization: Bearer …).') },
        { 'www-authenticate': REALM },
      );
    }
    const token = await store.adminTokens.use(hashToken(match[1]), new Date());
    if (!token) {
      throw new HttpProblem(
        { ...statusProblem(401, 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.') },
        { 'www-authenticate': `${REALM}, error="invalid_token"` },
      );
    }
    request.adminToken = token;
  });

  // The public scope's CORS answers preflights for /api/v1/*; this more specific route makes
  // sure no browser on another origin is ever invited to call the admin API.
  app.options('/*', { schema: { hide: true } }, async (_request, reply) =>
    sendProblem(
      reply,
      statusProblem(405, 'API quản trị không cho phép truy cập từ nguồn khác (CORS).'),
    ),
  );
  app.setNotFoundHandler(notFoundHandler);

  /** A unit the token may act on, or a 403. */
  async function assertScope(request: FastifyRequest, unitId: string): Promise<void> {
    const token = request.adminToken;
    if (!token) throw new HttpProblem(statusProblem(401), { 'www-authenticate': REALM });
    if (token.unitKind === 'national' || (await store.inbox.isWithin(unitId, token.unitId))) {
      return;
    }
    throw new HttpProblem({
      type: problemType('forbidden'),
      title: 'Không có quyền với câu hỏi của đơn vị khác',
      status: 403,
      detail: `Mã truy cập của đơn vị "${token.unitId}" không áp dụng cho đơn vị "${unitId}".`,
    });
  }

  async function questionInScope(request: FastifyRequest, id: string) {
    const question = await store.inbox.get(id);
    if (!question) throw notFound('Không tìm thấy câu hỏi', `Không có câu hỏi với mã "${id}".`);
    await assertScope(request, question.unitId);
    return question;
  }

  function unitOf(request: FastifyRequest): string {
    return request.adminToken?.unitId ?? '';
  }

  const auth = problemResponses(401, 403);

  app.get(
    '/questions',
    {
      schema: {
        tags: ['admin'],
        summary: "Questions addressed to the token's unit and the units below it",
        security: [{ bearerAuth: [] }],
        querystring: AdminQuestionQuery,
        response: { 200: Type.Ref(AdminQuestionList), ...auth, ...problemResponses(400) },
      },
    },
    async (request) => {
      const { status, unit, page, pageSize } = request.query;
      if (unit !== undefined) {
        if (!(await store.getUnit(unit))) {
          throw validationProblem([{ name: 'unit', reason: `không có đơn vị "${unit}"` }]);
        }
        await assertScope(request, unit);
      }
      const scopeUnitId = unit ?? unitOf(request);
      const result = await store.inbox.list({ scopeUnitId, status, page, pageSize });
      return { ...result, page, pageSize };
    },
  );

  app.get(
    '/questions/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'One question with the asker’s contact data',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: Type.Ref(AdminQuestion), ...auth, ...problemResponses(400, 404) },
      },
    },
    async (request) => questionInScope(request, request.params.id),
  );

  app.post(
    '/questions/:id/answer',
    {
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['admin'],
        summary: 'Answer a pending question and publish it (answer HTML sanitized on write)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: Type.Ref(AnswerInput),
        response: { 200: Type.Ref(AdminQuestion), ...auth, ...problemResponses(400, 404, 409) },
      },
    },
    async (request) => {
      await questionInScope(request, request.params.id);
      try {
        return await store.inbox.answer(request.params.id, {
          answerHtml: request.body.answerHtml,
          citations: request.body.citations,
          unitId: unitOf(request),
          now: new Date(),
        });
      } catch (error) {
        throw mapInboxError(error);
      }
    },
  );

  app.post(
    '/questions/:id/reject',
    {
      schema: {
        tags: ['admin'],
        summary: 'Close a pending question with a reason the asker sees when tracking it',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: Type.Ref(RejectInput),
        response: { 200: Type.Ref(AdminQuestion), ...auth, ...problemResponses(400, 404, 409) },
      },
    },
    async (request) => {
      await questionInScope(request, request.params.id);
      const reason = cleanText(request.body.reason, true);
      if (!reason) throw validationProblem([{ name: 'reason', reason: 'bắt buộc' }]);
      try {
        return await store.inbox.reject(request.params.id, {
          reason,
          unitId: unitOf(request),
          now: new Date(),
        });
      } catch (error) {
        throw mapInboxError(error);
      }
    },
  );
};

function mapInboxError(error: unknown): unknown {
  if (error instanceof InboxInputError) return validationProblem(error.errors);
  if (error instanceof QuestionClosedError) {
    return new HttpProblem({
      type: problemType('question-closed'),
      title: 'Câu hỏi đã được xử lý',
      status: 409,
      detail:
        error.status === 'answered' ? 'Câu hỏi này đã được trả lời.' : 'Câu hỏi này đã bị từ chối.',
    });
  }
  return error;
}
