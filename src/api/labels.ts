/**
 * Every code list with both its labels, for the server (schemas, taxonomies, pages, feeds),
 * the mocks and the stories. Widgets never import this: each of their dictionaries holds its
 * own language's labels, so English ones load only with English.
 */
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';
import { viDocuments } from '../i18n/vi-documents.js';
import { viFields } from '../i18n/vi-fields.js';
import { viMaterials } from '../i18n/vi-materials.js';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  ISSUERS,
  LEGAL_FIELDS,
  MATERIAL_KINDS,
  NEWS_CATEGORIES,
  type Label,
} from './codes.js';

/** `{ code: { vi, en } }` in the order of `codes`. */
function paired<C extends string>(
  codes: readonly C[],
  vi: Record<C, string>,
  en: Record<C, string>,
): Record<C, Label> {
  return Object.fromEntries(codes.map((code) => [code, { vi: vi[code], en: en[code] }])) as Record<
    C,
    Label
  >;
}

export const NEWS_CATEGORY_LABELS = paired(NEWS_CATEGORIES, vi.news.categories, en.news.categories);
export const DOCUMENT_TYPE_LABELS = paired(DOCUMENT_TYPES, viDocuments.types, en.documents.types);
export const DOCUMENT_STATUS_LABELS = paired(
  DOCUMENT_STATUSES,
  viDocuments.statuses,
  en.documents.statuses,
);
export const ISSUER_LABELS = paired(ISSUERS, viDocuments.issuers, en.documents.issuers);
export const LEGAL_FIELD_LABELS = paired(LEGAL_FIELDS, viFields, en.fields);
export const MATERIAL_KIND_LABELS = paired(MATERIAL_KINDS, viMaterials.kinds, en.materials.kinds);
