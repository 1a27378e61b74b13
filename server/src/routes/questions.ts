import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../problem.js';
import { IdParams, QuestionDetail, QuestionList, QuestionQuery } from '../schemas/index.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export const questionRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (
  app,
  { store },
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
};
