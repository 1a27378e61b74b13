/**
 * Code lists of API v1 with their Vietnamese and English labels: the one place they are
 * defined. The server builds its TypeBox enums and `GET /api/v1/taxonomies` from them; widgets
 * import just the label maps they show (the bundler drops the rest). The label maps of legal
 * documents, of fields of law and of material kinds live in document-codes.ts, field-codes.ts and
 * material-codes.ts, re-exported here, so that the CDN build keeps them with the sections that
 * show them, out of the core every page loads.
 */

import type {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
} from './document-codes.js';
import type { LEGAL_FIELD_LABELS } from './field-codes.js';
import type { MATERIAL_KIND_LABELS } from './material-codes.js';

export { DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS, ISSUER_LABELS } from './document-codes.js';
export { LEGAL_FIELD_LABELS } from './field-codes.js';
export { MATERIAL_KIND_LABELS } from './material-codes.js';

export interface Label {
  vi: string;
  en: string;
}

export const UNIT_KIND_LABELS = {
  national: { vi: 'Trung ương', en: 'National' },
  ministry: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministry or ministerial agency' },
  organization: { vi: 'Tổ chức chính trị - xã hội', en: 'Central mass organisation' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward or special zone' },
} as const satisfies Record<string, Label>;

/**
 * News categories. Their labels live in the dictionaries (i18n/vi.ts, i18n/en.ts), so English
 * ones load only with English; news-codes.ts pairs them up for the server.
 */
export const NEWS_CATEGORIES = [
  'hoat-dong',
  'chinh-sach-moi',
  'hoa-giai',
  'ngay-phap-luat',
  'tiep-can-phap-luat',
  'cuoc-thi',
] as const;

export const DOCUMENT_RELATION_KINDS = [
  'amends',
  'amended-by',
  'guides',
  'guided-by',
  'replaces',
  'replaced-by',
  'legal-basis',
] as const;

export const ATTACHMENT_FORMATS = ['pdf', 'doc', 'docx'] as const;

export const MAX_PAGE_SIZE = 50;

export type UnitKind = keyof typeof UNIT_KIND_LABELS;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];
export type DocumentType = keyof typeof DOCUMENT_TYPE_LABELS;
export type DocumentStatus = keyof typeof DOCUMENT_STATUS_LABELS;
export type Issuer = keyof typeof ISSUER_LABELS;
export type LegalField = keyof typeof LEGAL_FIELD_LABELS;
export type MaterialKind = keyof typeof MATERIAL_KIND_LABELS;
export type DocumentRelationKind = (typeof DOCUMENT_RELATION_KINDS)[number];
export type AttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

/** The codes of a label map, in their defined order. */
export function codesOf<T extends Record<string, Label>>(labels: T): (keyof T & string)[] {
  return Object.keys(labels);
}
