/**
 * The embedded default store: one SQLite file under DATA_DIR (better-sqlite3, WAL).
 *
 * List queries are built from the filters present, so SQLite can use the matching index; the
 * resulting SQL strings are few (one per combination of filters), and each is prepared once
 * and cached. A list costs one COUNT, one page query and one GROUP BY per facet — never a
 * query per item.
 */
import Database from 'better-sqlite3';
import { codesOf, UNIT_KIND_LABELS } from '../../../src/api/codes.js';
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
  UnitRef,
} from '../schemas/index.js';
import { sanitize } from './html.js';
import { migrate } from './migrations.js';
import { DocumentSearch, type SearchTrace } from './document-search.js';
import type { DocumentFilters } from './document-index.js';
import { SqliteAdminTokens, SqliteQuestionInbox } from './sqlite-inbox.js';
import { likePatterns, numberKey, searchText } from './search.js';
import { UnknownUnitError, type ListResult, type SeedData, type Store } from './store.js';
import { addCalendarDays, vietnamDate } from '../vietnam-time.js';

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for tests. */
  filename: string;
  /** Source of "now" for date views (new, upcoming); injectable for tests. */
  clock?: () => Date;
}

/** `view=new`: documents issued within this many days up to today. */
export const NEW_DOCUMENT_DAYS = 90;
/** `view=upcoming`: documents taking effect from today up to this many days ahead. */
export const UPCOMING_DOCUMENT_DAYS = 30;
/** Guards the ancestor walk against a cycle introduced by bad data. */
const MAX_UNIT_DEPTH = 16;
/** A safety valve: filter combinations are finite, but never let the cache grow unbounded. */
const MAX_CACHED_STATEMENTS = 500;

type SqlValue = string | number | null;

/** One WHERE condition; `facet` names the facet it filters so that facet can leave it out. */
interface Filter {
  sql: string;
  params: SqlValue[];
  facet?: string;
}

/** A facet over a plain column or over a JSON array column. */
interface FacetSpec {
  name: string;
  column: string;
  array?: boolean;
}

interface ListSpec<Row, T> {
  /** `table alias`, e.g. `news n`. */
  from: string;
  /** Joins needed only by the page query (e.g. the unit name). */
  joins?: string;
  select: string;
  filters: Filter[];
  orderBy: string;
  orderParams?: SqlValue[];
  page: number;
  pageSize: number;
  facets?: FacetSpec[];
  map: (row: Row) => T;
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  name_en: string;
  kind: Unit['kind'];
  parent_id: string | null;
  website: string | null;
}

interface ChainRow {
  id: string;
  name: string;
  kind: Unit['kind'];
  depth: number;
}

interface NewsRow {
  id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  summary: string;
  category: NewsSummary['category'];
  image: string | null;
  published_at: string;
  body_html?: string;
  author?: string | null;
}

interface DocumentRow {
  id: string;
  unit_id: string;
  number: string;
  title: string;
  type: DocumentSummary['type'];
  issuers: string;
  issued_date: string;
  effective_date: string | null;
  status: DocumentSummary['status'];
  fields: string;
  summary: string;
  signers?: string;
  expiry_date?: string | null;
  gazette_no?: string | null;
  gazette_date?: string | null;
  attachments?: string;
  source_url?: string;
  relations?: string;
}

interface QuestionRow {
  id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  field: QuestionSummary['field'];
  asked_at: string;
  answered_at: string;
  question?: string;
  answer_html?: string;
  citations?: string;
}

interface MaterialRow {
  id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  summary: string;
  kind: Material['kind'];
  fields: string;
  thumbnail: string | null;
  file: string | null;
  media: string | null;
  published_at: string;
}

const UNIT_COLUMNS = 'u.id, u.code, u.name, u.name_en, u.kind, u.parent_id, u.website';
// National first, then ministries, organizations, provinces, communes: the order of the code list.
const UNIT_KIND_RANK = `CASE u.kind ${codesOf(UNIT_KIND_LABELS)
  .map((kind, i) => `WHEN '${kind}' THEN ${i}`)
  .join(' ')} ELSE 99 END`;
const NEWS_COLUMNS =
  'n.id, n.unit_id, u.name AS unit_name, n.title, n.summary, n.category, n.image, n.published_at';
const DOCUMENT_COLUMNS =
  'd.id, d.unit_id, d.number, d.title, d.type, d.issuers, d.issued_date, d.effective_date, d.status, d.fields, d.summary';
const QUESTION_COLUMNS =
  'q.id, q.unit_id, u.name AS unit_name, q.title, q.field, q.asked_at, q.answered_at';
const QUESTION_DETAIL_COLUMNS = `${QUESTION_COLUMNS}, q.question, q.answer_html, q.citations`;
const MATERIAL_COLUMNS =
  'm.id, m.unit_id, u.name AS unit_name, m.title, m.summary, m.kind, m.fields, m.thumbnail, m.file, m.media, m.published_at';

/** Opens (creating if needed) and migrates a SQLite store. */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const db = new Database(options.filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // WAL makes NORMAL durable against application crashes; only an OS crash can lose the
  // last transactions, which for this read-mostly content is an acceptable trade for speed.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db, options.clock ?? (() => new Date()));
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly inbox: SqliteQuestionInbox;
  readonly adminTokens: SqliteAdminTokens;
  private readonly statements = new Map<string, Database.Statement>();
  /** Created on first use: documents are listed through FTS5 and an in-memory index. */
  private documentSearch: DocumentSearch | undefined;

  constructor(
    /** Exposed for migrations tooling and tests that check what was stored. */
    readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {
    this.inbox = new SqliteQuestionInbox(db);
    this.adminTokens = new SqliteAdminTokens(db);
  }

  // ── units ────────────────────────────────────────────────────────────────────────────────

  async listUnits(query: UnitQuery): Promise<ListResult<Unit>> {
    const filters: Filter[] = [];
    if (query.kind) filters.push({ sql: 'u.kind = ?', params: [query.kind] });
    if (query.parent) {
      if (!this.unitExists(query.parent)) throw new UnknownUnitError(query.parent);
      filters.push({ sql: 'u.parent_id = ?', params: [query.parent] });
    }
    if (query.q !== undefined) filters.push(textFilter('u', query.q));
    return this.list<UnitRow, Unit>({
      from: 'units u',
      select: UNIT_COLUMNS,
      filters,
      orderBy: `${UNIT_KIND_RANK}, u.sort_name, u.id`,
      page: query.page,
      pageSize: query.pageSize,
      map: toUnit,
    });
  }

  async getUnit(id: string): Promise<UnitDetail | undefined> {
    const row = this.prepare(`SELECT ${UNIT_COLUMNS} FROM units u WHERE u.id = ?`).get(id) as
      UnitRow | undefined;
    if (!row) return undefined;
    const ancestors: UnitRef[] = this.unitChain(id)
      .filter((u) => u.depth > 0)
      .map(({ id: ancestorId, name, kind }) => ({ id: ancestorId, name, kind }));
    const { n } = this.prepare('SELECT COUNT(*) AS n FROM units WHERE parent_id = ?').get(id) as {
      n: number;
    };
    return { ...toUnit(row), ancestors, childCount: n };
  }

  // ── news ─────────────────────────────────────────────────────────────────────────────────

  async listNews(query: NewsQuery): Promise<ListResult<NewsSummary>> {
    const filters = [...this.scopeFilters('n', query.unit, query.scope)];
    if (query.category) {
      filters.push({ sql: 'n.category = ?', params: [query.category], facet: 'category' });
    }
    if (query.q !== undefined) filters.push(textFilter('n', query.q));
    return this.list<NewsRow, NewsSummary>({
      from: 'news n',
      joins: 'JOIN units u ON u.id = n.unit_id',
      select: NEWS_COLUMNS,
      filters,
      orderBy: 'n.published_ms DESC, n.id',
      page: query.page,
      pageSize: query.pageSize,
      facets: [{ name: 'category', column: 'n.category' }],
      map: toNewsSummary,
    });
  }

  async getNews(id: string): Promise<NewsDetail | undefined> {
    const row = this.prepare(
      `SELECT ${NEWS_COLUMNS}, n.body_html, n.author
       FROM news n JOIN units u ON u.id = n.unit_id WHERE n.id = ?`,
    ).get(id) as NewsRow | undefined;
    if (!row) return undefined;
    return { ...toNewsSummary(row), bodyHtml: row.body_html ?? '', author: row.author ?? null };
  }

  // ── documents ────────────────────────────────────────────────────────────────────────────

  async listDocuments(query: DocumentQuery): Promise<ListResult<DocumentSummary>> {
    const filters: DocumentFilters = {
      type: query.type,
      issuer: query.issuer,
      field: query.field,
      status: query.status,
      issuedFrom: query.from,
      issuedTo: query.to,
    };
    if (query.unit !== undefined) {
      const chain = this.unitChain(query.unit);
      if (chain.length === 0) throw new UnknownUnitError(query.unit);
      filters.units = query.scope === 'own' ? [query.unit] : chain.map((u) => u.id);
    }
    const today = vietnamDate(this.clock());
    if (query.view === 'new') {
      const since = addCalendarDays(today, -NEW_DOCUMENT_DAYS);
      // Both the view and from/to bound the issue date: keep the narrower of each.
      if (!filters.issuedFrom || filters.issuedFrom < since) filters.issuedFrom = since;
      if (!filters.issuedTo || filters.issuedTo > today) filters.issuedTo = today;
    } else if (query.view === 'upcoming') {
      filters.effectiveFrom = today;
      filters.effectiveTo = addCalendarDays(today, UPCOMING_DOCUMENT_DAYS);
    }
    // Default: relevance when searching, soonest first for upcoming, else newest issued.
    const sort =
      query.sort ??
      (query.q !== undefined ? 'relevance' : query.view === 'upcoming' ? 'upcoming' : 'issued');

    this.documentSearch ??= new DocumentSearch(this.db);
    const result = this.documentSearch.list({
      filters,
      q: query.q,
      sort,
      offset: (query.page - 1) * query.pageSize,
      pageSize: query.pageSize,
    });
    const rows = result.page.length
      ? (this.prepare(
          `SELECT ${DOCUMENT_COLUMNS}, d.doc_no FROM documents d
           WHERE d.doc_no IN (SELECT value FROM json_each(?))`,
        ).all(JSON.stringify(result.page)) as (DocumentRow & { doc_no: number })[])
      : [];
    const byNo = new Map(rows.map((r) => [r.doc_no, r]));
    const items = result.page.flatMap((no) => {
      const row = byNo.get(no);
      return row ? [toDocumentSummary(row)] : [];
    });
    return { items, total: result.total, facets: result.facets };
  }

  /** How the last listDocuments() matched its text (tests and the search benchmark). */
  get lastDocumentSearch(): SearchTrace | undefined {
    return this.documentSearch?.lastTrace;
  }

  async getDocument(id: string): Promise<DocumentDetail | undefined> {
    const row = this.prepare(
      `SELECT ${DOCUMENT_COLUMNS}, d.signers, d.expiry_date, d.gazette_no, d.gazette_date,
              d.attachments, d.source_url, d.relations
       FROM documents d WHERE d.id = ?`,
    ).get(id) as DocumentRow | undefined;
    if (!row) return undefined;
    return {
      ...toDocumentSummary(row),
      signers: parseJson(row.signers, []),
      expiryDate: row.expiry_date ?? null,
      gazetteNo: row.gazette_no ?? null,
      gazetteDate: row.gazette_date ?? null,
      attachments: parseJson(row.attachments, []),
      sourceUrl: row.source_url ?? '',
      relations: parseJson(row.relations, []),
    };
  }

  /**
   * Adds documents in one transaction (NFC-normalized): the large benchmark corpus uses it.
   * Their units must exist.
   */
  insertDocuments(documents: DocumentDetail[]): void {
    const data = nfc(documents);
    this.db.transaction(() => this.writeDocuments(data))();
  }

  /** Oldest first, so that doc_no grows with the issue date (migration 2). */
  private writeDocuments(documents: DocumentDetail[]): void {
    const insert = this.prepare(
      `INSERT INTO documents (id, unit_id, number, number_key, title, type, issuers, issued_date,
         effective_date, expiry_date, status, fields, summary, signers, gazette_no, gazette_date,
         attachments, source_url, relations)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ordered = [...documents].sort(
      (a, b) => a.issuedDate.localeCompare(b.issuedDate) || (a.id < b.id ? -1 : 1),
    );
    for (const d of ordered) {
      insert.run(
        d.id,
        d.unitId,
        d.number,
        numberKey(d.number),
        d.title,
        d.type,
        JSON.stringify(d.issuers),
        d.issuedDate,
        d.effectiveDate,
        d.expiryDate,
        d.status,
        JSON.stringify(d.fields),
        d.summary,
        JSON.stringify(d.signers),
        d.gazetteNo,
        d.gazetteDate,
        JSON.stringify(d.attachments),
        d.sourceUrl,
        JSON.stringify(d.relations),
      );
    }
  }

  // ── questions ────────────────────────────────────────────────────────────────────────────

  async listQuestions(query: QuestionQuery): Promise<ListResult<QuestionSummary>> {
    return this.list<QuestionRow, QuestionSummary>({
      ...this.questionListSpec(query),
      select: QUESTION_COLUMNS,
      facets: [{ name: 'field', column: 'q.field' }],
      map: toQuestionSummary,
    });
  }

  async listQuestionDetails(query: QuestionQuery): Promise<ListResult<QuestionDetail>> {
    return this.list<QuestionRow, QuestionDetail>({
      ...this.questionListSpec(query),
      select: QUESTION_DETAIL_COLUMNS,
      map: toQuestionDetail,
    });
  }

  async getQuestion(id: string): Promise<QuestionDetail | undefined> {
    const row = this.prepare(
      `SELECT ${QUESTION_DETAIL_COLUMNS}
       FROM questions q JOIN units u ON u.id = q.unit_id
       WHERE q.id = ? AND q.status = 'answered'`,
    ).get(id) as QuestionRow | undefined;
    return row && toQuestionDetail(row);
  }

  /** What every public list of questions shares: answered only, scoped, filtered, ordered. */
  private questionListSpec(
    query: QuestionQuery,
  ): Omit<ListSpec<QuestionRow, unknown>, 'select' | 'facets' | 'map'> {
    const filters: Filter[] = [
      { sql: "q.status = 'answered'", params: [] },
      ...this.scopeFilters('q', query.unit, query.scope),
    ];
    if (query.field) filters.push({ sql: 'q.field = ?', params: [query.field], facet: 'field' });
    if (query.q !== undefined) filters.push(textFilter('q', query.q));
    return {
      from: 'questions q',
      joins: 'JOIN units u ON u.id = q.unit_id',
      filters,
      orderBy: 'q.answered_ms DESC, q.id',
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  // ── materials ────────────────────────────────────────────────────────────────────────────

  async listMaterials(query: MaterialQuery): Promise<ListResult<Material>> {
    const filters = [...this.scopeFilters('m', query.unit, query.scope)];
    if (query.kind) filters.push({ sql: 'm.kind = ?', params: [query.kind], facet: 'kind' });
    if (query.field) filters.push(arrayFilter('m.fields', query.field, 'field'));
    if (query.q !== undefined) filters.push(textFilter('m', query.q));
    return this.list<MaterialRow, Material>({
      from: 'materials m',
      joins: 'JOIN units u ON u.id = m.unit_id',
      select: MATERIAL_COLUMNS,
      filters,
      orderBy: 'm.published_ms DESC, m.id',
      page: query.page,
      pageSize: query.pageSize,
      facets: [
        { name: 'kind', column: 'm.kind' },
        { name: 'field', column: 'm.fields', array: true },
      ],
      map: toMaterial,
    });
  }

  async getMaterial(id: string): Promise<Material | undefined> {
    const row = this.prepare(
      `SELECT ${MATERIAL_COLUMNS} FROM materials m JOIN units u ON u.id = m.unit_id WHERE m.id = ?`,
    ).get(id) as MaterialRow | undefined;
    return row && toMaterial(row);
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  async seed(input: SeedData): Promise<void> {
    const data = nfc(input);
    const insertUnit = this.db.prepare(
      `INSERT INTO units (id, code, name, name_en, kind, parent_id, website, sort_name, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertNews = this.db.prepare(
      `INSERT INTO news (id, unit_id, title, summary, category, image, published_at, published_ms,
                         body_html, author, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertQuestion = this.db.prepare(
      `INSERT INTO questions (id, unit_id, status, title, field, question, asked_at, asked_ms,
                              answer_html, citations, answered_at, answered_ms, search_text)
       VALUES (?, ?, 'answered', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMaterial = this.db.prepare(
      `INSERT INTO materials (id, unit_id, title, summary, kind, fields, thumbnail, file, media,
                              published_at, published_ms, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );

    this.db.transaction(() => {
      // Units may arrive in any order; references are checked at commit.
      this.db.pragma('defer_foreign_keys = ON');
      for (const u of data.units) {
        insertUnit.run(
          u.id,
          u.code,
          u.name,
          u.nameEn,
          u.kind,
          u.parentId,
          u.website,
          searchText(u.name),
          searchText(u.name, u.nameEn, u.code, u.id),
        );
      }
      for (const n of data.news) {
        insertNews.run(
          n.id,
          n.unitId,
          n.title,
          n.summary,
          n.category,
          json(n.image),
          n.publishedAt,
          epochMs(n.publishedAt, n.id),
          sanitize(n.bodyHtml),
          n.author,
          searchText(n.title, n.summary),
        );
      }
      this.writeDocuments(data.documents);
      for (const q of data.questions) {
        insertQuestion.run(
          q.id,
          q.unitId,
          q.title,
          q.field,
          q.question,
          q.askedAt,
          epochMs(q.askedAt, q.id),
          sanitize(q.answerHtml),
          JSON.stringify(q.citations),
          q.answeredAt,
          epochMs(q.answeredAt, q.id),
          searchText(q.title, q.question),
        );
      }
      for (const m of data.materials) {
        insertMaterial.run(
          m.id,
          m.unitId,
          m.title,
          m.summary,
          m.kind,
          JSON.stringify(m.fields),
          json(m.thumbnail),
          json(m.file),
          json(m.media),
          m.publishedAt,
          epochMs(m.publishedAt, m.id),
          searchText(m.title, m.summary),
        );
      }
    })();
  }

  async isEmpty(): Promise<boolean> {
    return this.prepare('SELECT 1 FROM units LIMIT 1').get() === undefined;
  }

  async ping(): Promise<void> {
    this.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
    this.statements.clear();
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private unitExists(id: string): boolean {
    return this.prepare('SELECT 1 FROM units WHERE id = ?').get(id) !== undefined;
  }

  /** The unit itself (depth 0) and its ancestors up to the root, root last. */
  private unitChain(id: string): ChainRow[] {
    return this.prepare(
      `WITH RECURSIVE chain(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM units WHERE id = ?
         UNION ALL
         SELECT u.id, u.parent_id, c.depth + 1 FROM units u JOIN chain c ON u.id = c.parent_id
         WHERE c.depth < ${MAX_UNIT_DEPTH}
       )
       SELECT u.id, u.name, u.kind, c.depth FROM chain c JOIN units u ON u.id = c.id
       ORDER BY c.depth DESC`,
    ).all(id) as ChainRow[];
  }

  /**
   * The unit filter of a scoped list. inherited: the unit and every ancestor up to the
   * national level, so a new commune's page is never empty; own: the unit alone; no unit:
   * no filter at all.
   */
  private scopeFilters(
    alias: string,
    unit: string | undefined,
    scope: 'inherited' | 'own',
  ): Filter[] {
    if (unit === undefined) return [];
    const chain = this.unitChain(unit);
    if (chain.length === 0) throw new UnknownUnitError(unit);
    const ids = scope === 'own' ? [unit] : chain.map((u) => u.id);
    return [
      {
        sql: `${alias}.unit_id IN (SELECT value FROM json_each(?))`,
        params: [JSON.stringify(ids)],
      },
    ];
  }

  private list<Row, T>(spec: ListSpec<Row, T>): ListResult<T> {
    const where = (exclude?: string) => {
      const used = spec.filters.filter((f) => exclude === undefined || f.facet !== exclude);
      return {
        sql: used.length ? `WHERE ${used.map((f) => `(${f.sql})`).join(' AND ')}` : '',
        params: used.flatMap((f) => f.params),
      };
    };

    const all = where();
    const { n: total } = this.prepare(`SELECT COUNT(*) AS n FROM ${spec.from} ${all.sql}`).get(
      ...all.params,
    ) as { n: number };

    const offset = (spec.page - 1) * spec.pageSize;
    // Past the last page there is nothing to fetch; skip the query.
    const rows =
      offset >= total
        ? []
        : (this.prepare(
            `SELECT ${spec.select} FROM ${spec.from} ${spec.joins ?? ''} ${all.sql}
             ORDER BY ${spec.orderBy} LIMIT ? OFFSET ?`,
          ).all(...all.params, ...(spec.orderParams ?? []), spec.pageSize, offset) as Row[]);

    const result: ListResult<T> = { items: rows.map(spec.map), total };
    if (spec.facets) {
      const facets: Facets = {};
      for (const facet of spec.facets) {
        // Each facet counts over the other filters, so a citizen sees what picking another
        // value of the same facet would give.
        const w = where(facet.name);
        const sql = facet.array
          ? `SELECT j.value AS value, COUNT(*) AS count FROM ${spec.from}, json_each(${facet.column}) j
             ${w.sql} GROUP BY j.value ORDER BY count DESC, value`
          : `SELECT ${facet.column} AS value, COUNT(*) AS count FROM ${spec.from}
             ${w.sql} GROUP BY ${facet.column} ORDER BY count DESC, value`;
        facets[facet.name] = this.prepare(sql).all(...w.params) as {
          value: string;
          count: number;
        }[];
      }
      result.facets = facets;
    }
    return result;
  }
}

// ── pure helpers ───────────────────────────────────────────────────────────────────────────

/**
 * Every query word must occur in the folded text. The words travel as one JSON array, so the
 * SQL is the same whatever their number; a query with no letter or digit matches nothing.
 */
function textFilter(alias: string, q: string): Filter {
  const patterns = likePatterns(q);
  if (patterns.length === 0) return { sql: '0', params: [] };
  return {
    sql: `NOT EXISTS (SELECT 1 FROM json_each(?) p WHERE ${alias}.search_text NOT LIKE p.value ESCAPE '\\')`,
    params: [JSON.stringify(patterns)],
  };
}

function arrayFilter(column: string, value: string, facet: string): Filter {
  return {
    sql: `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`,
    params: [value],
    facet,
  };
}

function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind,
    parentId: r.parent_id,
    website: r.website,
  };
}

function toNewsSummary(r: NewsRow): NewsSummary {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    summary: r.summary,
    category: r.category,
    image: parseJson(r.image, null),
    publishedAt: r.published_at,
  };
}

function toDocumentSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    unitId: r.unit_id,
    number: r.number,
    title: r.title,
    type: r.type,
    issuers: parseJson(r.issuers, []),
    issuedDate: r.issued_date,
    effectiveDate: r.effective_date,
    status: r.status,
    fields: parseJson(r.fields, []),
    summary: r.summary,
  };
}

function toQuestionSummary(r: QuestionRow): QuestionSummary {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    field: r.field,
    askedAt: r.asked_at,
    answeredAt: r.answered_at,
  };
}

function toQuestionDetail(r: QuestionRow): QuestionDetail {
  return {
    ...toQuestionSummary(r),
    question: r.question ?? '',
    answerHtml: r.answer_html ?? '',
    citations: parseJson(r.citations, []),
  };
}

function toMaterial(r: MaterialRow): Material {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    summary: r.summary,
    kind: r.kind,
    fields: parseJson(r.fields, []),
    thumbnail: parseJson(r.thumbnail, null),
    file: parseJson(r.file, null),
    media: parseJson(r.media, null),
    publishedAt: r.published_at,
  };
}

/** JSON columns are written only by this store, so their shape is known. */
function parseJson<T>(text: string | null | undefined, fallback: T): T {
  return text == null ? fallback : (JSON.parse(text) as T);
}

function json(value: unknown): string | null {
  return value == null ? null : JSON.stringify(value);
}

function epochMs(iso: string, id: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Invalid date-time "${iso}" in ${id}`);
  return ms;
}

/** Vietnamese text is always stored NFC, whatever the source produced. */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => nfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}
