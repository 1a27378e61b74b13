/**
 * The storage boundary of the service. Route handlers speak only to this interface, so the
 * embedded SQLite store and a later PostgreSQL one are interchangeable (both must pass one
 * contract suite). Methods are async even though better-sqlite3 is synchronous, because a
 * networked store will not be.
 */
import type {
  DocumentDetail,
  DocumentQuery,
  DocumentSummary,
  Facets,
  Material,
  MaterialQuery,
  NewsDetail,
  NewsQuery,
  NewsSummary,
  QuestionDetail,
  QuestionQuery,
  QuestionSummary,
  Unit,
  UnitDetail,
  UnitQuery,
} from '../schemas/index.js';
import type { AdminTokens, QuestionInbox } from './inbox.js';

/** Everything the seed generator produces; the store is filled from it on first start. */
export interface SeedData {
  units: Unit[];
  news: NewsDetail[];
  documents: DocumentDetail[];
  questions: QuestionDetail[];
  materials: Material[];
}

/** One page of a collection; the route adds `page` and `pageSize` back to the envelope. */
export interface ListResult<T> {
  items: T[];
  total: number;
  facets?: Facets;
}

/** Lifecycle of a citizen's question. Only `answered` ones are ever public. */
export const QUESTION_STATUSES = ['pending', 'answered', 'rejected'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** `unit` (or `parent`) names a unit that does not exist: a 404, not an empty list. */
export class UnknownUnitError extends Error {
  constructor(readonly unitId: string) {
    super(`Unknown unit: ${unitId}`);
    this.name = 'UnknownUnitError';
  }
}

export interface Store {
  /** Which implementation answers, reported by /healthz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Citizens' submissions, tracking, answering and retention (inbox.ts). */
  readonly inbox: QuestionInbox;
  /** Hashed bearer tokens of the admin API (inbox.ts). */
  readonly adminTokens: AdminTokens;

  /** Units ordered by level (national first), then by name. Throws UnknownUnitError for an unknown `parent`. */
  listUnits(query: UnitQuery): Promise<ListResult<Unit>>;
  /** A unit with its ancestors (national level first) and its number of children. */
  getUnit(id: string): Promise<UnitDetail | undefined>;

  /** Newest first. Scoped by `unit`/`scope`; throws UnknownUnitError for an unknown unit. Facets: category. */
  listNews(query: NewsQuery): Promise<ListResult<NewsSummary>>;
  getNews(id: string): Promise<NewsDetail | undefined>;

  /** Filters, views and sorts as documented on DocumentQuery. Facets: type, issuer, field, status. */
  listDocuments(query: DocumentQuery): Promise<ListResult<DocumentSummary>>;
  getDocument(id: string): Promise<DocumentDetail | undefined>;

  /** Answered questions only, most recently answered first. Facets: field. */
  listQuestions(query: QuestionQuery): Promise<ListResult<QuestionSummary>>;
  /** The same page as listQuestions, each question in full (what feeds carry); no facets. */
  listQuestionDetails(query: QuestionQuery): Promise<ListResult<QuestionDetail>>;
  /** Undefined unless the question exists and is answered. */
  getQuestion(id: string): Promise<QuestionDetail | undefined>;

  /** Newest first. Facets: kind, field. */
  listMaterials(query: MaterialQuery): Promise<ListResult<Material>>;
  getMaterial(id: string): Promise<Material | undefined>;

  /** Inserts everything in one transaction (NFC-normalized, HTML sanitized). */
  seed(data: SeedData): Promise<void>;
  /** True when no unit exists yet: the first start, which seeds. */
  isEmpty(): Promise<boolean>;
  /** Throws when the store cannot answer (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
