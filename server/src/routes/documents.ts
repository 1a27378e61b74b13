import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound, validationProblem } from '../problem.js';
import { DocumentDetail, DocumentList, DocumentQuery, IdParams } from '../schemas/index.js';
import { problemResponses, type ResourceOptions } from './shared.js';

export const documentRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (
  app,
  { store },
) => {
  app.get(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Legal documents with filters, views and facets (type, issuer, field, status)',
        querystring: DocumentQuery,
        response: { 200: Type.Ref(DocumentList), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { from, to, page, pageSize } = request.query;
      // ISO dates compare correctly as strings.
      if (from !== undefined && to !== undefined && from > to) {
        throw validationProblem([{ name: 'from', reason: 'phải trước hoặc trùng ngày "to"' }]);
      }
      return { ...(await store.listDocuments(request.query)), page, pageSize };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'One legal document with signers, attachments and relations',
        params: IdParams,
        response: { 200: Type.Ref(DocumentDetail), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const item = await store.getDocument(request.params.id);
      if (!item)
        throw notFound('Không tìm thấy văn bản', `Không có văn bản với mã "${request.params.id}".`);
      return item;
    },
  );
};
