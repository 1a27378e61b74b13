/**
 * API v1 as the widgets see it. Written by hand so the bundle never pulls in a schema library;
 * `test/unit/contract.test.ts` fails the build if these drift from the server's TypeBox schemas.
 */
import type {
  AttachmentFormat,
  DocumentRelationKind,
  DocumentStatus,
  DocumentType,
  Issuer,
  LegalField,
  MaterialKind,
  NewsCategory,
  UnitKind,
} from './codes.js';

export type * from './codes.js';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 date-time with offset. */
export type IsoDateTime = string;

export interface Image {
  url: string;
  alt: string;
}

export interface Term {
  code: string;
  vi: string;
  en: string;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export type Facets = Record<string, FacetBucket[]>;

export interface ListResponse<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  facets?: Facets;
}

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { name: string; reason: string }[];
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  parentId: string | null;
  website: string | null;
}

export interface UnitRef {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface UnitDetail extends Unit {
  ancestors: UnitRef[];
  childCount: number;
}

export interface NewsSummary {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  summary: string;
  category: NewsCategory;
  image: Image | null;
  publishedAt: IsoDateTime;
}

export interface NewsDetail extends NewsSummary {
  bodyHtml: string;
  author: string | null;
}

export interface DocumentSummary {
  id: string;
  unitId: string;
  number: string;
  title: string;
  type: DocumentType;
  issuers: Issuer[];
  issuedDate: IsoDate;
  effectiveDate: IsoDate | null;
  status: DocumentStatus;
  fields: LegalField[];
  summary: string;
}

export interface Signer {
  name: string;
  title: string;
}

export interface Attachment {
  name: string;
  url: string;
  format: AttachmentFormat;
  size: number;
}

export interface DocumentRelation {
  kind: DocumentRelationKind;
  id: string | null;
  number: string;
  title: string;
}

export interface DocumentDetail extends DocumentSummary {
  signers: Signer[];
  expiryDate: IsoDate | null;
  gazetteNo: string | null;
  gazetteDate: IsoDate | null;
  attachments: Attachment[];
  sourceUrl: string;
  relations: DocumentRelation[];
}

export interface QuestionSummary {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  field: LegalField;
  askedAt: IsoDateTime;
  answeredAt: IsoDateTime;
}

export interface Citation {
  id: string | null;
  number: string;
  title: string;
}

export interface QuestionDetail extends QuestionSummary {
  question: string;
  answerHtml: string;
  citations: Citation[];
}

export interface Material {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  summary: string;
  kind: MaterialKind;
  fields: LegalField[];
  thumbnail: Image | null;
  file: { url: string; format: string; size: number } | null;
  media: {
    url: string;
    mimeType: string;
    duration: number;
    captionsUrl: string | null;
    transcript: string | null;
  } | null;
  publishedAt: IsoDateTime;
}

export interface Taxonomies {
  unitKinds: Term[];
  newsCategories: Term[];
  documentTypes: Term[];
  documentStatuses: Term[];
  issuers: Term[];
  fields: Term[];
  materialKinds: Term[];
}

/** Query of a unit-scoped list. */
export interface ScopedQuery {
  unit?: string;
  scope?: 'inherited' | 'own';
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface NewsQuery extends ScopedQuery {
  category?: NewsCategory;
}
