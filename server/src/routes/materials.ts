import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../problem.js';
import { IdParams, Material, MaterialList, MaterialQuery } from '../schemas/index.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export const materialRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (
  app,
  { store },
) => {
  app.get(
    '/materials',
    {
      schema: {
        tags: ['materials'],
        summary:
          'Handbooks, leaflets, outlines, infographics, video, audio, slides; facets: kind, field',
        querystring: MaterialQuery,
        response: { 200: Type.Ref(MaterialList), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await store.listMaterials(request.query)), page, pageSize };
    },
  );

  app.get(
    '/materials/:id',
    {
      schema: {
        tags: ['materials'],
        summary: 'One material with its file or media',
        params: IdParams,
        response: { 200: Type.Ref(Material), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const item = await store.getMaterial(request.params.id);
      if (!item)
        throw notFound(
          'Không tìm thấy tài liệu',
          `Không có tài liệu với mã "${request.params.id}".`,
        );
      return item;
    },
  );
};
