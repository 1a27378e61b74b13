/**
 * Document lists for the SQLite store: full-text matching in FTS5's index, filtering, facets
 * and paging in the in-memory DocumentIndex.
 *
 * Matching: each word's rows (its posting list) are read from FTS5 once per index generation
 * and kept; a query intersects them smallest first (bitsets for common words), for all
 * words, for the title tier and for the exact-accent tier, instead of asking FTS5 three
 * queries that each decode every word's positions again. bm25 is computed from FTS5's own
 * counts (bit-identical, see bm25()), only for the rows that pass the filters. The issue-date
 * bounds are a range of positions (binary search), so rows outside it are never sorted.
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

/** FTS5's bm25 constants (fts5_aux.c) and the column weights of BM25. */
const K1 = 1.2;
const B = 0.75;
const COLUMN_WEIGHT: Record<string, number> = { number: 3.0, title: 6.0, summary: 1.0 };

interface TableStats {
  generation: number;
  rows: number;
  avgdl: number;
  /** Tokens of each position's row, all columns. */
  tokens: Int32Array;
}

interface Term {
  positions: Int32Array;
  /** Per position of `positions`: its occurrences, each weighted by its column's weight. */
  freq: Float64Array;
  idf: number;
}

/** The SQLite varints of an FTS5 record (sqlite3Fts5GetVarint). */
function varints(buffer: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < buffer.length;) {
    let value = 0;
    let k = 0;
    for (; k < 8; k++) {
      const byte = buffer[i++] ?? 0;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (k === 8) value = value * 256 + (buffer[i++] ?? 0);
    out.push(value);
  }
  return out;
}

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

/**
 * One word's rows: its sorted positions, and a bitset of them when the list is dense (a
 * 32nd of the corpus or more, where the bitset is no bigger than the list): intersecting
 * common words is then a word-wise AND, and testing a row is one lookup.
 */
export interface Posting {
  positions: Int32Array;
  bits?: Uint32Array;
}

export function posting(positions: Int32Array, size: number): Posting {
  if (positions.length * 32 < size) return { positions };
  const bits = new Uint32Array((size + 31) >>> 5);
  for (const p of positions) bits[p >>> 5] = (bits[p >>> 5] ?? 0) | (1 << (p & 31));
  return { positions, bits };
}

/** The sorted positions in every list, smallest list first. */
export function intersect(lists: readonly Posting[]): Int32Array {
  const [smallest, ...rest] = [...lists].sort((a, b) => a.positions.length - b.positions.length);
  if (!smallest) return new Int32Array(0);
  if (smallest.bits) {
    // Every list is dense (the others are longer): AND the bitsets.
    const acc = smallest.bits.slice();
    for (const { bits = acc } of rest)
      for (let i = 0; i < acc.length; i++) acc[i] = (acc[i] ?? 0) & (bits[i] ?? 0);
    const out = new Int32Array(smallest.positions.length);
    let n = 0;
    for (let i = 0; i < acc.length; i++) {
      for (let word = acc[i] ?? 0; word !== 0; word &= word - 1)
        out[n++] = i * 32 + 31 - Math.clz32(word & -word);
    }
    return out.subarray(0, n);
  }
  let out = smallest.positions;
  for (const { positions, bits } of rest) {
    const kept = new Int32Array(out.length);
    let n = 0;
    if (bits) {
      for (const p of out) if (((bits[p >>> 5] ?? 0) >>> (p & 31)) & 1) kept[n++] = p;
    } else {
      let lo = 0;
      for (const p of out) {
        lo = lowerBound(positions, p, lo);
        if (lo === positions.length) break;
        if (positions[lo] === p) kept[n++] = p;
      }
    }
    out = kept.subarray(0, n);
  }
  return out;
}

/** The sorted union of two sorted lists of positions. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    out[n++] = Math.min(x, y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out.subarray(0, n);
}

/** The first index i ≥ from with list[i] ≥ value (galloping, then binary search). */
function lowerBound(list: Int32Array, value: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && (list[hi] ?? 0) < value) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if ((list[mid] ?? 0) < value) from = mid + 1;
    else hi = mid;
  }
  return from;
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
  /** Posting lists (sorted positions) of single words of the current index, by table and query. */
  private readonly postings = new Map<string, Posting>();
  /** bm25 data of single words of the current index (see bm25()). */
  private readonly terms = new Map<string, Term>();
  private stats: TableStats | undefined;
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
    // Positions run newest issued first, so the issue-date bounds are a position range: rows
    // outside it can be dropped before sorting (the index would skip them anyway).
    const [first, end] = index.issuedRange(filters.issuedFrom, filters.issuedTo);
    const inDates = (p: number) => p >= first && p < end;
    if (request.q === undefined) {
      const order = request.sort === 'relevance' ? 'issued' : request.sort;
      const all = index.order(order);
      return index.query(
        order === 'issued' ? all.subarray(first, end) : all,
        filters,
        offset,
        pageSize,
      );
    }

    const search = documentSearch(request.q);
    // No letter or digit at all (only punctuation, emoji…): nothing can match.
    if (!search) return index.query([], filters, offset, pageSize);

    const numbers = index.positions(
      this.ids(
        `SELECT json_group_array(doc_no) FROM documents
         WHERE number_key IN (SELECT value FROM json_each(?))`,
        JSON.stringify(search.numberKeys),
      ),
    );
    const words = this.matchAll(index, 'documents_fts', search.foldedWords);
    const matched = union(words, numbers);
    const ranked = words.length <= this.limits.rankCap;
    const tiered = words.length <= this.limits.tierCap;
    const numberHits = numbers.length;

    if (request.sort !== 'relevance') {
      this.lastTrace = { matched: matched.length, ranked: false, tiered: false, numberHits };
      const mask = new Uint8Array(index.size);
      for (const p of matched) mask[p] = MATCH;
      return index.query(index.order(request.sort), filters, offset, pageSize, mask);
    }

    this.lastTrace = { matched: matched.length, ranked, tiered, numberHits };
    // Flags of the matched positions only; the rest of the corpus is never visited.
    const flags = new Uint8Array(index.size);
    for (const p of words) flags[p] = MATCH;
    for (const p of numbers) flags[p] = MATCH | NUMBER;
    if (tiered) {
      for (const p of this.matchAll(index, 'documents_fts', search.foldedWords, 'title'))
        flags[p] = (flags[p] ?? 0) | TITLE;
      for (const p of this.matchAll(index, 'documents_fts_exact', search.exactWords))
        flags[p] = (flags[p] ?? 0) | EXACT;
    }

    const force = (this.force ??= { generation: -1, groups: new Uint8Array(0) });
    if (force.generation !== index.generation) {
      force.groups = index.byType(forceGroup);
      force.generation = index.generation;
    }
    const groups = force.groups;
    const tier = (p: number) => TIER[flags[p] ?? 0] ?? 7;
    // Only matches within the date bounds can be listed; their order is that of all matches.
    const candidates = matched.filter(inDates);

    if (ranked) {
      // Only the rows that pass every filter (doc_no, in one pass of the index) need a score:
      // only their order shows; the others only count in facets, wherever they sort.
      const shown = index.query(candidates, filters, 0, candidates.length).page;
      const score = new Map<number, number>();
      const rows =
        this.bm25(index, search.foldedWords, shown) ??
        (this.prepare(
          `SELECT rowid AS no, ${BM25} AS score FROM documents_fts WHERE documents_fts MATCH ?`,
        )
          .raw()
          .all(search.folded) as [number, number][]);
      for (const [no, s] of rows) {
        const p = index.position(no);
        if (p >= 0) {
          score.set(
            p,
            s * (STATUS_WEIGHT[index.statusAt(p)] ?? 1) * (FORCE_WEIGHT[groups[p] ?? 2] ?? 1),
          );
        }
      }
      candidates.sort(
        (a, b) => tier(a) - tier(b) || (score.get(a) ?? 0) - (score.get(b) ?? 0) || a - b,
      );
    } else {
      // Broad: tiers, then legal force (laws before decrees before the rest), then the
      // default order (positions are issue-date ranks). A stable counting sort of the
      // candidates, which are in position order.
      const bucket = (p: number) => tier(p) * FORCE_GROUPS + (groups[p] ?? 0);
      const start = new Uint32Array(8 * FORCE_GROUPS + 1);
      for (const p of candidates) {
        const b = bucket(p) + 1;
        start[b] = (start[b] ?? 0) + 1;
      }
      for (let b = 1; b < start.length; b++) start[b] = (start[b] ?? 0) + (start[b - 1] ?? 0);
      const sorted = new Int32Array(candidates.length);
      for (const p of candidates) {
        const b = bucket(p);
        sorted[start[b] ?? 0] = p;
        start[b] = (start[b] ?? 0) + 1;
      }
      return index.query(sorted, filters, offset, pageSize);
    }
    return index.query(candidates, filters, offset, pageSize);
  }

  /**
   * FTS5's bm25() (fts5_aux.c), computed from the numbers FTS5 keeps: per word the columns of
   * its occurrences in each row (fts5vocab), per row its token count (docsize), the table's
   * row and token counts (the averages record), with SQLite's own ln(): the scores are the
   * same doubles, without FTS5 matching the query again and looking up every row. [doc_no,
   * score] of each of `docNos` holding every word; undefined when a word is not one FTS5 term.
   */
  private bm25(
    index: DocumentIndex,
    words: readonly string[],
    docNos: readonly number[],
  ): [number, number][] | undefined {
    const table = this.tableStats(index);
    const terms: Term[] = [];
    for (const word of words) {
      const term = this.term(index, word, table.rows);
      if (!term) return undefined;
      terms.push(term);
    }
    const out: [number, number][] = [];
    rows: for (const no of docNos) {
      const p = index.position(no);
      const length = table.tokens[p] ?? 0;
      let score = 0;
      for (const { positions, freq, idf } of terms) {
        const i = lowerBound(positions, p, 0);
        // A row found by its number alone: FTS5 would not score it either.
        if (positions[i] !== p) continue rows;
        const f = freq[i] ?? 0;
        score += idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / table.avgdl)));
      }
      out.push([no, -1.0 * score]);
    }
    return out;
  }

  /** Row and token counts of documents_fts, and each position's token count. */
  private tableStats(index: DocumentIndex): TableStats {
    if (this.stats?.generation === index.generation) return this.stats;
    const averages = this.prepare('SELECT block FROM documents_fts_data WHERE id = 1')
      .pluck()
      .get() as Buffer;
    const [rows, ...columns] = varints(averages);
    const tokens = new Int32Array(index.size);
    for (const [no, size] of this.prepare('SELECT id, sz FROM documents_fts_docsize')
      .raw()
      .iterate() as IterableIterator<[number, Buffer]>) {
      const p = index.position(no);
      if (p >= 0) tokens[p] = varints(size).reduce((a, b) => a + b, 0);
    }
    const total = columns.reduce((a, b) => a + b, 0);
    this.stats = {
      generation: index.generation,
      rows: rows ?? 0,
      avgdl: total / (rows ?? 1),
      tokens,
    };
    return this.stats;
  }

  /**
   * A word's rows (its posting list), the bm25-weighted count of its occurrences in each,
   * and its IDF; undefined unless the word is exactly one term FTS5 holds for those rows.
   */
  private term(index: DocumentIndex, word: string, rows: number): Term | undefined {
    const key = `documents_fts\0${word}`;
    const cached = this.terms.get(key);
    if (cached) return cached;
    const { positions } = this.posting(index, 'documents_fts', word);
    this.db.exec(
      'CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_instances USING fts5vocab(main, documents_fts, instance)',
    );
    const counts = new Map<number, number>();
    const instances = this.prepare(
      'SELECT doc, col FROM temp.documents_fts_instances WHERE term = ?',
    )
      .raw()
      .all(word.slice(1, -1).replace(/""/g, '"')) as [number, string][];
    for (const [no, column] of instances) {
      counts.set(no, (counts.get(no) ?? 0) + (COLUMN_WEIGHT[column] ?? 0));
    }
    if (counts.size !== positions.length || positions.length === 0) return undefined;
    const freq = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i++) {
      const f = counts.get(index.docNoAt(positions[i] ?? 0));
      if (f === undefined) return undefined;
      freq[i] = f;
    }
    const nHit = positions.length;
    const ln = this.prepare('SELECT ln(?)')
      .pluck()
      .get((rows - nHit + 0.5) / (nHit + 0.5));
    const idf = (ln as number) <= 0.0 ? 1e-6 : (ln as number);
    const term = { positions, freq, idf };
    this.terms.set(key, term);
    return term;
  }

  /**
   * Positions of the rows that contain every word (each a quoted FTS5 phrase), in `column`
   * when given: the intersection of one posting list per word, smallest first. A word's list
   * comes from FTS5 itself (so tokenization is FTS5's), once per index generation; the index
   * then holds the lists of the words people search, at most one per indexed word.
   */
  private matchAll(
    index: DocumentIndex,
    table: string,
    words: readonly string[],
    column?: string,
  ): Int32Array {
    if (words.length === 0) return new Int32Array(0);
    const lists = words.map((word) =>
      this.posting(index, table, column ? `${column} : ${word}` : word),
    );
    if (lists.some((list) => list.positions.length === 0)) {
      // A word that FTS5 reads as no token at all is ignored in an AND, not "matches nothing":
      // ask FTS5 the whole question (rare, and cheap when a word has no rows).
      const all = words.join(' ');
      return index.positions(this.match(column ? `${column} : (${all})` : all, table));
    }
    return intersect(lists);
  }

  /** The posting list of one quoted word (or `column : word`), kept when it has rows. */
  private posting(index: DocumentIndex, table: string, query: string): Posting {
    const key = `${table}\0${query}`;
    let list = this.postings.get(key);
    if (!list) {
      list = posting(index.positions(this.match(query, table)), index.size);
      // Words no row holds are not kept: any input could fill the map with those.
      if (list.positions.length > 0) this.postings.set(key, list);
    }
    return list;
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
      this.postings.clear();
      this.terms.clear();
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
