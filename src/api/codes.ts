/**
 * Code lists of API v1: the one place they are defined. The server builds its TypeBox enums and
 * `GET /api/v1/taxonomies` from them. Their labels live in the dictionaries (i18n/), so that
 * each language's load with that language and each section's with that section; labels.ts pairs
 * them up for the server. Unit kinds keep their labels here: only the server shows them.
 */

import type { DOCUMENT_STATUSES, DOCUMENT_TYPES, ISSUERS } from './document-codes.js';
import type { LEGAL_FIELDS } from './field-codes.js';
import type { MATERIAL_KINDS } from './material-codes.js';

export { DOCUMENT_STATUSES, DOCUMENT_TYPES, ISSUERS } from './document-codes.js';
export { LEGAL_FIELDS } from './field-codes.js';
export { MATERIAL_KINDS } from './material-codes.js';

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
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type Issuer = (typeof ISSUERS)[number];
export type LegalField = (typeof LEGAL_FIELDS)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export type DocumentRelationKind = (typeof DOCUMENT_RELATION_KINDS)[number];
export type AttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

/** The codes of a label map, in their defined order. */
export function codesOf<T extends Record<string, Label>>(labels: T): (keyof T & string)[] {
  return Object.keys(labels);
}
