import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../problem.js';
import { IdParams, UnitDetail, UnitList, UnitQuery } from '../schemas/index.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export const unitRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (app, { store }) => {
  app.get(
    '/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Units: national level, ministries, organisations, provinces, communes',
        querystring: UnitQuery,
        response: { 200: Type.Ref(UnitList), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await store.listUnits(request.query)), page, pageSize };
    },
  );

  app.get(
    '/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: 'One unit with its ancestors and number of children',
        params: IdParams,
        response: { 200: Type.Ref(UnitDetail), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const unit = await store.getUnit(request.params.id);
      if (!unit)
        throw notFound('Không tìm thấy đơn vị', `Không có đơn vị với mã "${request.params.id}".`);
      return unit;
    },
  );
};
