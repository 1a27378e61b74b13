/**
 * An in-memory, column-oriented copy of the few document columns that lists filter, sort and
 * count on (type, status, issuers, fields, unit, dates), for the SQLite store.
 *
 * Why: a list answers with a total and four facets, each facet counted over the other
 * filters. In SQL that is six passes over the matching rows, and over JSON arrays for issuers
 * and fields; on 100,000 documents a broad query or an unfiltered first page costs tens to
 * hundreds of milliseconds. Here one pass over typed arrays does the filtering, the total,
 * every facet and the page at once (about a millisecond per 100,000 rows). SQLite still does
 * what it is good at: full-text matching and bm25 (FTS5), and fetching the page's rows.
 *
 * The copy is rebuilt when `document_changes.generation` moves (triggers bump it on every
 * write to documents, from any connection), so it can never serve stale filters.
 */
import type Database from 'better-sqlite3';

/** A facet bucket, as the API returns it. */
export interface Bucket {
  value: string;
  count: number;
}

export type DocumentFacets = Record<'type' | 'issuer' | 'field' | 'status', Bucket[]>;

/** Filters as column values; undefined means "no filter". */
export interface DocumentFilters {
  units?: readonly string[];
  type?: string;
  issuer?: string;
  field?: string;
  status?: string;
  /** Inclusive bounds on issued_date, YYYY-MM-DD. */
  issuedFrom?: string;
  issuedTo?: string;
  /** Inclusive bounds on effective_date; documents without one never match. */
  effectiveFrom?: string;
  effectiveTo?: string;
}

export type DocumentOrder = 'issued' | 'effective' | 'upcoming';

export interface IndexResult {
  /** doc_no of the page's rows, in order. */
  page: number[];
  total: number;
  facets: DocumentFacets;
}

interface LoadRow {
  doc_no: number;
  unit_id: string;
  type: string;
  status: string;
  issuers: string;
  fields: string;
  issued_date: string;
  effective_date: string | null;
}

/** Interns strings as small integers. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** -2 for an unknown value: it matches no row (-1 means "no filter"). */
  lookup(value: string | undefined): number {
    if (value === undefined) return -1;
    return this.ids.get(value) ?? -2;
  }
}

/** `2024-08-01` → 20240801; 0 for null. Integers compare faster than strings. */
function dayNumber(iso: string | null | undefined): number {
  return iso ? Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10)) : 0;
}

export class DocumentIndex {
  /**
   * Positions are ranks in the default order (issued date descending, then id), so iterating
   * positions upwards is the default sort and a position is a ready-made tiebreak.
   */
  private readonly docNo: Int32Array;
  /** doc_no → position, -1 when absent. */
  private readonly positionOf: Int32Array;
  private readonly unit: Uint16Array;
  private readonly type: Uint8Array;
  private readonly status: Uint8Array;
  private readonly issued: Int32Array;
  private readonly effective: Int32Array;
  /** CSR layout: the issuers of position p are issuerIds[issuerStart[p] .. issuerStart[p+1]). */
  private readonly issuerStart: Uint32Array;
  private readonly issuerIds: Uint8Array;
  private readonly fieldStart: Uint32Array;
  private readonly fieldIds: Uint8Array;
  private readonly dict = {
    unit: new Dictionary(),
    type: new Dictionary(),
    status: new Dictionary(),
    issuer: new Dictionary(),
    field: new Dictionary(),
  };
  private orders = new Map<DocumentOrder, Int32Array>();

  private constructor(
    readonly generation: number,
    rows: LoadRow[],
  ) {
    const n = rows.length;
    this.docNo = new Int32Array(n);
    this.unit = new Uint16Array(n);
    this.type = new Uint8Array(n);
    this.status = new Uint8Array(n);
    this.issued = new Int32Array(n);
    this.effective = new Int32Array(n);
    this.issuerStart = new Uint32Array(n + 1);
    this.fieldStart = new Uint32Array(n + 1);
    const issuers: number[] = [];
    const fields: number[] = [];
    let maxDocNo = 0;
    rows.forEach((r, p) => {
      this.docNo[p] = r.doc_no;
      if (r.doc_no > maxDocNo) maxDocNo = r.doc_no;
      this.unit[p] = this.dict.unit.intern(r.unit_id);
      this.type[p] = this.dict.type.intern(r.type);
      this.status[p] = this.dict.status.intern(r.status);
      this.issued[p] = dayNumber(r.issued_date);
      this.effective[p] = dayNumber(r.effective_date);
      for (const v of JSON.parse(r.issuers) as string[]) issuers.push(this.dict.issuer.intern(v));
      this.issuerStart[p + 1] = issuers.length;
      for (const v of JSON.parse(r.fields) as string[]) fields.push(this.dict.field.intern(v));
      this.fieldStart[p + 1] = fields.length;
    });
    // Code lists are short (under 256 values); units fit in 16 bits by a wide margin.
    for (const [name, d] of Object.entries(this.dict)) {
      if (d.values.length > (name === 'unit' ? 65535 : 255))
        throw new Error(`Too many distinct ${name} values for the document index`);
    }
    this.issuerIds = Uint8Array.from(issuers);
    this.fieldIds = Uint8Array.from(fields);
    this.positionOf = new Int32Array(maxDocNo + 1).fill(-1);
    this.docNo.forEach((no, p) => (this.positionOf[no] = p));
  }

  /** Reads the columns it needs from the documents table, in the default order. */
  static load(db: Database.Database, generation: number): DocumentIndex {
    const rows = db
      .prepare(
        `SELECT doc_no, unit_id, type, status, issuers, fields, issued_date, effective_date
         FROM documents ORDER BY issued_date DESC, id`,
      )
      .all() as LoadRow[];
    return new DocumentIndex(generation, rows);
  }

  get size(): number {
    return this.docNo.length;
  }

  /** The position of a doc_no, or -1 when it is not indexed. */
  position(docNo: number): number {
    return docNo >= 0 && docNo < this.positionOf.length ? (this.positionOf[docNo] ?? -1) : -1;
  }

  /** A small number per position computed from its type code, e.g. a legal-force group. */
  byType(group: (type: string) => number): Uint8Array {
    const table = this.dict.type.values.map(group);
    return this.type.map((t) => table[t] ?? 0);
  }

  /** The status code of a position (for ranking). */
  statusAt(p: number): string {
    return this.dict.status.values[this.status[p] ?? 0] ?? '';
  }

  /**
   * ORs `bit` into flags[p] for the position p of each doc_no (unknown ones are skipped);
   * returns how many were found. One tight loop: match lists can hold 100,000 numbers.
   */
  flag(docNos: readonly number[], flags: Uint8Array, bit: number): number {
    const positionOf = this.positionOf;
    let found = 0;
    for (let i = 0, n = docNos.length; i < n; i++) {
      const no = docNos[i] ?? -1;
      const p = no >= 0 && no < positionOf.length ? (positionOf[no] ?? -1) : -1;
      if (p >= 0) {
        flags[p] = (flags[p] ?? 0) | bit;
        found++;
      }
    }
    return found;
  }

  /** The doc_no at a position. */
  docNoAt(p: number): number {
    return this.docNo[p] ?? -1;
  }

  /** The positions of the given doc_no (unknown ones are skipped), sorted ascending. */
  positions(docNos: readonly number[]): Int32Array {
    const out = new Int32Array(docNos.length);
    let n = 0;
    for (const no of docNos) {
      const p = this.position(no);
      if (p >= 0) out[n++] = p;
    }
    return out.subarray(0, n).sort();
  }

  /**
   * The positions [start, end) whose issue date lies within the inclusive bounds: positions
   * run newest first, so a date range is a position range, found by two binary searches.
   */
  issuedRange(from: string | undefined, to: string | undefined): [number, number] {
    const issued = this.issued;
    // The first position whose date is below `day` (dates do not increase along positions).
    const firstBelow = (day: number) => {
      let lo = 0;
      let hi = issued.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((issued[mid] ?? 0) < day) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const start = to ? firstBelow(dayNumber(to) + 1) : 0;
    const end = from ? firstBelow(dayNumber(from)) : issued.length;
    return [start, Math.max(start, end)];
  }

  /** The positions of every document in the given order. */
  order(order: DocumentOrder): Int32Array {
    let perm = this.orders.get(order);
    if (!perm) {
      perm = Int32Array.from({ length: this.size }, (_, p) => p);
      if (order !== 'issued') {
        const eff = this.effective;
        // Array.prototype.sort is stable: ties keep the default order (issued desc, id).
        const sorted = [...perm].sort(
          order === 'effective'
            ? (a, b) => (eff[b] ?? 0) - (eff[a] ?? 0) // no date (0) sorts last
            : (a, b) => (eff[a] ?? 0) - (eff[b] ?? 0),
        );
        perm = Int32Array.from(sorted);
      }
      this.orders.set(order, perm);
    }
    return perm;
  }

  /**
   * One pass over `candidates` (positions, in result order): the rows that pass every filter
   * are counted, and those from `offset` on fill the page; each facet counts the rows that
   * pass every filter but its own.
   */
  query(
    candidates: ArrayLike<number>,
    filters: DocumentFilters,
    offset: number,
    pageSize: number,
    /** When given, only positions p with bit 1 set in mask[p] are considered. */
    mask?: Uint8Array,
  ): IndexResult {
    const d = this.dict;
    const typeF = d.type.lookup(filters.type);
    const statusF = d.status.lookup(filters.status);
    const issuerF = d.issuer.lookup(filters.issuer);
    const fieldF = d.field.lookup(filters.field);
    let units: Uint8Array | null = null;
    if (filters.units) {
      units = new Uint8Array(d.unit.values.length);
      for (const u of filters.units) {
        const id = d.unit.lookup(u);
        if (id >= 0) units[id] = 1;
      }
    }
    const issuedFrom = filters.issuedFrom ? dayNumber(filters.issuedFrom) : 0;
    const issuedTo = filters.issuedTo ? dayNumber(filters.issuedTo) : 99999999;
    const effFilter = filters.effectiveFrom !== undefined || filters.effectiveTo !== undefined;
    const effFrom = filters.effectiveFrom ? dayNumber(filters.effectiveFrom) : 1;
    const effTo = filters.effectiveTo ? dayNumber(filters.effectiveTo) : 99999999;

    const typeCounts = new Uint32Array(d.type.values.length);
    const statusCounts = new Uint32Array(d.status.values.length);
    const issuerCounts = new Uint32Array(d.issuer.values.length);
    const fieldCounts = new Uint32Array(d.field.values.length);
    const page: number[] = [];
    let total = 0;

    const { type, status, unit, issued, effective, issuerStart, issuerIds, fieldStart, fieldIds } =
      this;
    const has = (start: Uint32Array, ids: Uint8Array, p: number, want: number) => {
      if (want === -1) return true;
      for (let i = start[p] ?? 0, end = start[p + 1] ?? 0; i < end; i++)
        if (ids[i] === want) return true;
      return false;
    };

    for (let c = 0, n = candidates.length; c < n; c++) {
      const p = candidates[c] ?? 0;
      if (mask && ((mask[p] ?? 0) & 1) === 0) continue;
      if (units && units[unit[p] ?? 0] !== 1) continue;
      const day = issued[p] ?? 0;
      if (day < issuedFrom || day > issuedTo) continue;
      if (effFilter) {
        const e = effective[p] ?? 0;
        if (e === 0 || e < effFrom || e > effTo) continue;
      }
      const t = typeF === -1 || type[p] === typeF;
      const s = statusF === -1 || status[p] === statusF;
      const i = has(issuerStart, issuerIds, p, issuerF);
      const f = has(fieldStart, fieldIds, p, fieldF);
      if (t && s && i && f) {
        if (total >= offset && page.length < pageSize) page.push(this.docNo[p] ?? 0);
        total++;
      }
      if (s && i && f) bump(typeCounts, type[p]);
      if (t && i && f) bump(statusCounts, status[p]);
      if (t && s && f)
        for (let k = issuerStart[p] ?? 0, end = issuerStart[p + 1] ?? 0; k < end; k++)
          bump(issuerCounts, issuerIds[k]);
      if (t && s && i)
        for (let k = fieldStart[p] ?? 0, end = fieldStart[p + 1] ?? 0; k < end; k++)
          bump(fieldCounts, fieldIds[k]);
    }

    return {
      page,
      total,
      facets: {
        type: buckets(d.type.values, typeCounts),
        issuer: buckets(d.issuer.values, issuerCounts),
        field: buckets(d.field.values, fieldCounts),
        status: buckets(d.status.values, statusCounts),
      },
    };
  }
}

function bump(counts: Uint32Array, i: number | undefined): void {
  if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
}

/** Non-empty buckets, most frequent first, then by value (as SQL's ORDER BY count DESC, value). */
function buckets(values: readonly string[], counts: Uint32Array): Bucket[] {
  const out: Bucket[] = [];
  counts.forEach((count, i) => {
    if (count > 0) out.push({ value: values[i] ?? '', count });
  });
  return out.sort(
    (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
