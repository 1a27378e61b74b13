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

/** Lifecycle of a citizen's question; only `answered` ones are listed publicly. */
export type QuestionStatus = 'pending' | 'answered' | 'rejected';

/**
 * Body of `POST /api/v1/questions`, sent with an `Idempotency-Key` (UUID) header that stays
 * the same for every retry of one submission. Limits (characters): title 5–200, question
 * 10–4000, name 1–100, email ≤ 254, phone ≤ 20, noticeVersion 1–40 (`[A-Za-z0-9._-]`).
 * Plain text: the server stores and shows it as text, never as HTML.
 */
export interface QuestionSubmission {
  /** The unit whose page the citizen asked on; the question is addressed to it. */
  unit: string;
  title: string;
  question: string;
  field: LegalField;
  name: string;
  /** Email or phone: at least one non-empty. */
  email?: string;
  phone?: string;
  /** The consent box, ticked by the citizen: must be the literal `true`. */
  consent: true;
  /** Version of the privacy notice shown next to the box (kept in the consent receipt). */
  noticeVersion: string;
  /** Honeypot: a visually hidden field people leave empty. */
  website?: string;
  /** The `altcha` widget's payload (base64 JSON), from `GET /api/v1/altcha/challenge`. */
  altcha: string;
}

/** The 202 answer to a submission: stored, waiting for an answer. */
export interface QuestionReceipt {
  /** `PB-XXXXX-XXXXX`; case, spaces and dashes do not matter when it is looked up. */
  trackingCode: string;
  status: 'pending';
  askedAt: IsoDateTime;
}

/** `GET /api/v1/questions/track/{code}`: what the asker sees; never contact data. */
export interface QuestionTracking {
  trackingCode: string;
  status: QuestionStatus;
  title: string;
  field: LegalField;
  /** The unit the question was addressed to. */
  unitId: string;
  unitName: string;
  askedAt: IsoDateTime;
  /** Once answered; `questionId` opens the public detail. */
  answer: {
    questionId: string;
    answerHtml: string;
    citations: Citation[];
    /** The unit that answered. */
    unitId: string;
    unitName: string;
    answeredAt: IsoDateTime;
  } | null;
  /** Once rejected, with the reason the unit gave. */
  rejection: { reason: string; rejectedAt: IsoDateTime } | null;
}

/** `GET /api/v1/altcha/challenge`: a signed ALTCHA v2 proof-of-work challenge, single use. */
export interface AltchaChallenge {
  parameters: {
    algorithm: string;
    nonce: string;
    salt: string;
    cost: number;
    keyLength: number;
    keyPrefix: string;
    keySignature?: string;
    /** Unix time, seconds. */
    expiresAt?: number;
  };
  signature: string;
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

/** Query of `GET /api/v1/documents`; see the server's DocumentQuery schema for the defaults. */
export interface DocumentQuery extends ScopedQuery {
  type?: DocumentType;
  issuer?: Issuer;
  field?: LegalField;
  status?: DocumentStatus;
  /** Issued on or after this date. */
  from?: IsoDate;
  /** Issued on or before this date. */
  to?: IsoDate;
  /** `new`: issued in the last 90 days; `upcoming`: taking effect in the next 30 days. */
  view?: 'new' | 'upcoming';
  /** Default: relevance with `q`, soonest effective for `view=upcoming`, else newest issued. */
  sort?: 'issued' | 'effective' | 'relevance';
}

/** Query of `GET /api/v1/questions` (answered questions only). */
export interface QuestionQuery extends ScopedQuery {
  field?: LegalField;
}

/** Query of `GET /api/v1/materials`. */
export interface MaterialQuery extends ScopedQuery {
  kind?: MaterialKind;
  field?: LegalField;
}
