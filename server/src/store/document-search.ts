/**
 * Document lists for the SQLite store: full-text matching and ranking in FTS5, filtering,
 * facets and paging in the in-memory DocumentIndex.
 *
 * Relevance, best first:
 *   1. the document whose number is what was typed (31/2024/qh15, 31-2024-QH15…), whether
 *      or not the rest of the text matches;
 *   2. documents containing every word typed with diacritics exactly as typed ("giáo" above
 *      "giao" when the citizen typed "giáo");
 *   3. documents with every word in the title;
 *   4. bm25 over folded text (title words weigh most), mildly boosted by legal force (laws,
 *      then decrees) and lowered for documents no longer in force;
 *   then issue date, newest first.
 *
 * Broad queries are bounded: above RANK_CAP word matches bm25 is not computed (its cost
 * grows with every match, and its order means little among thousands of hits): tiers 1–3,
 * then legal force, then issue date order them. Above TIER_CAP matches ("very broad", a
 * fifth of a 100,000-document corpus) tiers 2–3 are skipped as well. Totals and facets stay
 * exact: the index counts them in one pass whatever the number of matches.
 */
import type Database from 'better-sqlite3';
import {
  DocumentIndex,
  type DocumentFilters,
  type DocumentOrder,
  type IndexResult,
} from './document-index.js';
import { documentSearch } from './search.js';

/** Above this many word matches a query is "broad": bm25 is not computed. */
export const RANK_CAP = 2000;
/**
 * Above this many word matches (a fifth of a 100,000-document corpus) a query is "very
 * broad": the title and exact-accent tiers are skipped too (each costs a pass over every
 * match); the exact number, legal force and issue date still order it.
 */
export const TIER_CAP = 20_000;

/** bm25 column weights: number (with the type), title, summary. */
const BM25 = 'bm25(documents_fts, 3.0, 6.0, 1.0)';

/**
 * bm25 scores are negative (lower is better); multiplying by a factor under 1 moves a
 * document down among equally relevant ones. A citizen looking for "luật đất đai" wants the
 * law in force before the one it replaced.
 */
const STATUS_WEIGHT: Record<string, number> = {
  'in-force': 1,
  'not-yet-in-force': 1,
  'partly-expired': 0.85,
  suspended: 0.6,
  expired: 0.5,
};

/** Legal force groups: constitution, codes, laws, ordinances; decrees; the rest. */
const FORCE_GROUPS = 3;
/**
 * A mild bm25 boost by legal force: among documents about the same thing, the law a decree
 * or a provincial decision implements is what most citizens look for.
 */
const FORCE_WEIGHT = [1.3, 1.1, 1];
function forceGroup(type: string): number {
  if (type === 'hien-phap' || type === 'bo-luat' || type === 'luat' || type === 'phap-lenh')
    return 0;
  return type === 'nghi-dinh' ? 1 : 2;
}

/** Bits of the per-position flags of one query. */
const MATCH = 1;
const TITLE = 2;
const EXACT = 4;
const NUMBER = 8;
/**
 * Tier by flags, lower first: the exact number outweighs everything, then every accented
 * word as typed, then every word in the title.
 */
const TIER = Array.from(
  { length: 16 },
  (_, f) => (f & NUMBER ? 0 : 4) + (f & EXACT ? 0 : 2) + (f & TITLE ? 0 : 1),
);

function countMatched(flags: Uint8Array): number {
  let n = 0;
  for (let p = 0; p < flags.length; p++) n += (flags[p] ?? 0) & MATCH;
  return n;
}

export type DocumentSort = DocumentOrder | 'relevance';

export interface DocumentListRequest {
  filters: DocumentFilters;
  q?: string;
  sort: DocumentSort;
  offset: number;
  pageSize: number;
}

/** What a query did, for tests and the benchmark: how the text matched and was ranked. */
export interface SearchTrace {
  matched: number;
  /** bm25 computed (at most RANK_CAP word matches). */
  ranked: boolean;
  /** Title and exact-accent tiers computed (at most TIER_CAP word matches). */
  tiered: boolean;
  numberHits: number;
}

export class DocumentSearch {
  private index: DocumentIndex | undefined;
  /** Legal-force group per position of the current index. */
  private force: { generation: number; groups: Uint8Array } | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  /** Set by every list call; read by tests and the benchmark. */
  lastTrace: SearchTrace | undefined;

  constructor(
    private readonly db: Database.Database,
    /** Injectable so tests can show the bounds on a small corpus. */
    private readonly limits: { rankCap: number; tierCap: number } = {
      rankCap: RANK_CAP,
      tierCap: TIER_CAP,
    },
  ) {}

  list(request: DocumentListRequest): IndexResult {
    const index = this.current();
    const { filters, offset, pageSize } = request;
    this.lastTrace = undefined;
    if (request.q === undefined) {
      const order = request.sort === 'relevance' ? 'issued' : request.sort;
      return index.query(index.order(order), filters, offset, pageSize);
    }

    const search = documentSearch(request.q);
    // No letter or digit at all (only punctuation, emoji…): nothing can match.
    if (!search) return index.query([], filters, offset, pageSize);

    const size = index.size;
    const flags = new Uint8Array(size);
    const numberHits = index.flag(
      this.ids(
        `SELECT json_group_array(doc_no) FROM documents
         WHERE number_key IN (SELECT value FROM json_each(?))`,
        JSON.stringify(search.numberKeys),
      ),
      flags,
      MATCH | NUMBER,
    );
    const wordHits = index.flag(this.match(search.folded), flags, MATCH);
    const ranked = wordHits <= this.limits.rankCap;
    const tiered = wordHits <= this.limits.tierCap;

    if (request.sort !== 'relevance') {
      this.lastTrace = { matched: countMatched(flags), ranked: false, tiered: false, numberHits };
      return index.query(index.order(request.sort), filters, offset, pageSize, flags);
    }

    if (tiered) {
      index.flag(this.match(`title : (${search.folded})`), flags, TITLE);
      if (search.exact) index.flag(this.match(search.exact, 'documents_fts_exact'), flags, EXACT);
    }

    const force = (this.force ??= { generation: -1, groups: new Uint8Array(0) });
    if (force.generation !== index.generation) {
      force.groups = index.byType(forceGroup);
      force.generation = index.generation;
    }
    const groups = force.groups;

    let candidates: Int32Array;
    if (ranked) {
      candidates = new Int32Array(countMatched(flags));
      for (let p = 0, k = 0; p < size; p++) if ((flags[p] ?? 0) & MATCH) candidates[k++] = p;
      const score = new Float64Array(size);
      const rows = this.prepare(
        `SELECT rowid AS no, ${BM25} AS score FROM documents_fts WHERE documents_fts MATCH ?`,
      )
        .raw()
        .all(search.folded) as [number, number][];
      for (const [no, s] of rows) {
        const p = index.position(no);
        if (p >= 0) {
          score[p] =
            s * (STATUS_WEIGHT[index.statusAt(p)] ?? 1) * (FORCE_WEIGHT[groups[p] ?? 2] ?? 1);
        }
      }
      const tier = (p: number) => TIER[flags[p] ?? 0] ?? 7;
      candidates.sort((a, b) => tier(a) - tier(b) || (score[a] ?? 0) - (score[b] ?? 0) || a - b);
    } else {
      // Broad: tiers, then legal force (laws before decrees before the rest), then the
      // default order (positions are issue-date ranks). A counting sort: two linear passes.
      const start = new Uint32Array(8 * FORCE_GROUPS + 1);
      let matched = 0;
      for (let p = 0; p < size; p++) {
        const f = flags[p] ?? 0;
        if (f & MATCH) {
          const b = (TIER[f] ?? 7) * FORCE_GROUPS + (groups[p] ?? 0) + 1;
          start[b] = (start[b] ?? 0) + 1;
          matched++;
        }
      }
      for (let b = 1; b < start.length; b++) start[b] = (start[b] ?? 0) + (start[b - 1] ?? 0);
      candidates = new Int32Array(matched);
      for (let p = 0; p < size; p++) {
        const f = flags[p] ?? 0;
        if (f & MATCH) {
          const b = (TIER[f] ?? 7) * FORCE_GROUPS + (groups[p] ?? 0);
          candidates[start[b] ?? 0] = p;
          start[b] = (start[b] ?? 0) + 1;
        }
      }
    }
    this.lastTrace = { matched: candidates.length, ranked, tiered, numberHits };
    return index.query(candidates, filters, offset, pageSize);
  }

  /** doc_no of every row an FTS5 query matches, in one JSON value (far cheaper than rows). */
  private match(query: string, table = 'documents_fts'): number[] {
    return this.ids(`SELECT json_group_array(rowid) FROM ${table} WHERE ${table} MATCH ?`, query);
  }

  /** The index for the current data, rebuilt when any document changed. */
  private current(): DocumentIndex {
    const row = this.prepare('SELECT generation FROM document_changes WHERE id = 1').get() as
      { generation: number } | undefined;
    const generation = row?.generation ?? 0;
    if (!this.index || this.index.generation !== generation) {
      this.index = DocumentIndex.load(this.db, generation);
    }
    return this.index;
  }

  private ids(sql: string, param: string): number[] {
    return JSON.parse(this.prepare(sql).pluck().get(param) as string) as number[];
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
