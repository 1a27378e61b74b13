import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../problem.js';
import { IdParams, NewsDetail, NewsList, NewsQuery } from '../schemas/index.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export const newsRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (app, { store }) => {
  app.get(
    '/news',
    {
      schema: {
        tags: ['news'],
        summary: 'PBGDPL news, newest first, scoped to a unit; facets: category',
        querystring: NewsQuery,
        response: { 200: Type.Ref(NewsList), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await store.listNews(request.query)), page, pageSize };
    },
  );

  app.get(
    '/news/:id',
    {
      schema: {
        tags: ['news'],
        summary: 'One news article with its body',
        params: IdParams,
        response: { 200: Type.Ref(NewsDetail), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const item = await store.getNews(request.params.id);
      if (!item)
        throw notFound('Không tìm thấy tin tức', `Không có tin với mã "${request.params.id}".`);
      return item;
    },
  );
};
