import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { UNIT_KIND_LABELS, type Label } from '../../../src/api/codes.js';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../../src/api/labels.js';
import { Taxonomies } from '../schemas/index.js';

function terms(labels: Record<string, Label>) {
  return Object.entries(labels).map(([code, { vi, en }]) => ({ code, vi, en }));
}

/** Built once from the shared label maps: the same lists the enums validate against. */
export const TAXONOMIES: Taxonomies = {
  unitKinds: terms(UNIT_KIND_LABELS),
  newsCategories: terms(NEWS_CATEGORY_LABELS),
  documentTypes: terms(DOCUMENT_TYPE_LABELS),
  documentStatuses: terms(DOCUMENT_STATUS_LABELS),
  issuers: terms(ISSUER_LABELS),
  fields: terms(LEGAL_FIELD_LABELS),
  materialKinds: terms(MATERIAL_KIND_LABELS),
};

export const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/taxonomies',
    {
      schema: {
        tags: ['taxonomies'],
        summary: 'Vietnamese and English labels of every code list',
        response: { 200: Type.Ref(Taxonomies) },
      },
    },
    async () => TAXONOMIES,
  );
};
