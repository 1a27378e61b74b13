/**
 * Document search over the real sample seed: numbers in every shape, folded and exact text,
 * every class of hostile input (always a 200 with sensible results or a 400, never a 5xx),
 * date bounds, and the bounds that keep broad queries cheap.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { generateSeed } from '../src/seed/generate.js';
import { generateLargeDocuments } from '../src/seed/large.js';
import { DocumentSearch, intersect, posting } from '../src/store/document-search.js';
import { migrate, MIGRATIONS } from '../src/store/migrations.js';
import { cleanQuery, documentSearch } from '../src/store/search.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';

const NOW = new Date('2026-06-15T09:00:00+07:00');

let store: SqliteStore;
let app: FastifyInstance;
beforeAll(async () => {
  store = openSqliteStore({ filename: ':memory:', clock: () => NOW });
  await store.seed(generateSeed({ now: NOW }));
  app = await buildApp({ store });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

interface Item {
  id: string;
  type: string;
  issuedDate: string;
  number: string;
  title: string;
  summary: string;
}
interface ListBody {
  items: Item[];
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}

/** Builds the query string by hand so that any code unit, even a lone surrogate, can be sent. */
async function search(q: string, extra = '') {
  return app.inject({
    method: 'GET',
    url: `/api/v1/documents?q=${encodeQ(q)}&pageSize=50${extra}`,
  });
}

/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes. */
function encodeQ(q: string): string {
  let out = '';
  for (const ch of q) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    } else out += encodeURIComponent(ch);
  }
  return out;
}

type Expect =
  | { first: string } // the first result has this number
  | { top3: string } // this number is among the first three
  | { none: true } // 200, no result
  | { ok: true } // 200, whatever the results
  | { badParam: string }; // 400 naming this parameter

const NFD = (s: string) => s.normalize('NFD');

const CASES: [string, string, Expect][] = [
  // Document numbers, in every shape citizens type them.
  ['number as published', '31/2024/QH15', { first: '31/2024/QH15' }],
  ['number in lower case', '31/2024/qh15', { first: '31/2024/QH15' }],
  ['number with dashes', '31-2024-QH15', { first: '31/2024/QH15' }],
  ['number with spaces', '31 2024 qh15', { first: '31/2024/QH15' }],
  ['number after a word', 'luật 31/2024/QH15', { first: '31/2024/QH15' }],
  ['decree number folded', '13/2023/nd-cp', { first: '13/2023/NĐ-CP' }],
  ['decree number as published', '13/2023/NĐ-CP', { first: '13/2023/NĐ-CP' }],
  ['decree number with dashes', '13-2023-ND-CP', { first: '13/2023/NĐ-CP' }],
  ['decree number with its type', 'Nghị định 13/2023/NĐ-CP', { first: '13/2023/NĐ-CP' }],
  ['decree number, lower-case đ', '168/2024/nđ-cp', { first: '168/2024/NĐ-CP' }],
  ['decree number in NFD', NFD('13/2023/NĐ-CP'), { first: '13/2023/NĐ-CP' }],
  ['law number', '91/2025/QH15', { first: '91/2025/QH15' }],
  // Words: folded, exact, any case, any normalization.
  ['no diacritics', 'luat dat dai', { first: '31/2024/QH15' }],
  ['with diacritics', 'Luật Đất đai', { first: '31/2024/QH15' }],
  ['upper case, no diacritics', 'LUAT DAT DAI', { first: '31/2024/QH15' }],
  ['upper case with diacritics', 'LUẬT ĐẤT ĐAI', { first: '31/2024/QH15' }],
  ['NFD input', NFD('Luật đất đai'), { first: '31/2024/QH15' }],
  ['extra spaces and punctuation', '  luat,  dat   dai!!! ', { first: '31/2024/QH15' }],
  ['personal data law', 'bao ve du lieu ca nhan', { first: '91/2025/QH15' }],
  ['road law', 'luat duong bo', { first: '35/2024/QH15' }],
  ['road traffic law', 'giao thong duong bo', { top3: '36/2024/QH15' }],
  ['marriage law', 'hon nhan gia dinh', { first: '52/2014/QH13' }],
  ['mediation law', 'hoa giai o co so', { first: '35/2013/QH13' }],
  ['identity law', 'can cuoc', { first: '26/2023/QH15' }],
  ['social insurance law', 'bao hiem xa hoi', { top3: '41/2024/QH15' }],
  ['legal dissemination law', 'pho bien giao duc phap luat', { top3: '14/2012/QH13' }],
  ['traffic fines decree', 'xu phat giao thong', { first: '168/2024/NĐ-CP' }],
  ['road, upper case', 'DUONG BO', { first: '35/2024/QH15' }],
  ['road, with diacritics', 'đường bộ', { first: '35/2024/QH15' }],
  ['road, folded', 'duong bo', { first: '35/2024/QH15' }],
  ['a word nowhere', 'khủng long', { none: true }],
  // FTS5 syntax is just text.
  ['a lone double quote', '"', { none: true }],
  ['a quoted phrase', '"luat dat dai"', { first: '31/2024/QH15' }],
  ['unbalanced quotes', 'luat "dat dai', { first: '31/2024/QH15' }],
  ['a prefix star', 'luat* dat* dai*', { first: '31/2024/QH15' }],
  ['a leading minus', '-dat -dai luat', { first: '31/2024/QH15' }],
  ['a caret', '^luat ^dat dai', { first: '31/2024/QH15' }],
  ['a column filter', 'title:luat dat dai', { none: true }],
  ['a column filter alone', 'number : 31', { ok: true }],
  ['NEAR(', 'NEAR(luat dat', { none: true }],
  ['NEAR group', 'NEAR(luat dat, 2)', { ok: true }],
  ['boolean operators', 'luat AND dat OR dai NOT dat', { none: true }],
  ['a trailing operator', 'luat dat dai OR', { none: true }],
  ['only operators', 'AND OR NOT', { none: true }],
  ['braces and parentheses', '{title}: (luat) + dat', { none: true }],
  ['SQL', "x' OR 1=1 --", { none: true }],
  ['LIKE wildcards', '%_\\', { none: true }],
  // Invisible and unusual characters.
  ['zero-width space inside a word', 'lu\u200bat dat dai', { first: '31/2024/QH15' }],
  ['zero-width joiner and BOM', '\ufeffluat d\u200dat dai', { first: '31/2024/QH15' }],
  ['soft hyphen', 'lu\u00adat dat dai', { first: '31/2024/QH15' }],
  ['emoji around words', '🏠 luat dat dai 🚗', { first: '31/2024/QH15' }],
  ['only emoji', '🏠🚗👍🏽', { none: true }],
  ['a lone high surrogate', 'luat dat dai \ud800', { ok: true }],
  ['a lone low surrogate', '\udc00', { ok: true }],
  ['a NUL character', '\u0000luat dat dai', { first: '31/2024/QH15' }],
  ['right-to-left mark', '\u200fluat dat dai\u200e', { first: '31/2024/QH15' }],
  // Length.
  ['200 characters', 'dat dai '.repeat(25).slice(0, 200), { ok: true }],
  ['many words', Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), { none: true }],
  ['1,000 characters', 'luat '.repeat(200), { badParam: 'q' }],
  ['5,000 characters', 'đ'.repeat(5000), { badParam: 'q' }],
];

describe('document search, table-driven over the real seed', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s', async (_label, q, expected) => {
    const res = await search(q);
    expect(res.statusCode).toBeLessThan(500);
    // A lone surrogate arrives as invalid UTF-8: a 200 (replaced) or a 400 are both fine.
    if ('badParam' in expected) {
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json() as { errors?: { name: string }[] };
      expect(body.errors?.map((e) => e.name)).toContain(expected.badParam);
      return;
    }
    if ('ok' in expected) {
      expect([200, 400]).toContain(res.statusCode);
      return;
    }
    expect(res.statusCode).toBe(200);
    const body = res.json() as ListBody;
    if ('none' in expected) {
      expect(body).toMatchObject({ items: [], total: 0 });
    } else if ('first' in expected) {
      expect(body.items[0]?.number).toBe(expected.first);
    } else {
      expect(body.items.slice(0, 3).map((d) => d.number)).toContain(expected.top3);
    }
  });
});

describe('document search semantics', () => {
  const idsOf = async (q: string) => ((await search(q)).json() as ListBody).items.map((d) => d.id);

  it('"DUONG BO", "đường bộ" and "duong bo" agree', async () => {
    const folded = await idsOf('duong bo');
    expect(folded.length).toBeGreaterThan(5);
    expect(await idsOf('DUONG BO')).toEqual(folded);
    expect(await idsOf('đường bộ')).toEqual(folded);
  });

  it('ranks exact-accent matches above folded-only ones', async () => {
    // "giáo" (giáo dục) and "giao" (giao thông, giao đất) fold alike.
    const items: Item[] = [];
    for (let page = 1; page <= 10; page++) {
      const body = (await search('giáo', `&page=${page}`)).json() as ListBody;
      items.push(...body.items);
      if (items.length >= body.total) break;
    }
    const exact = items.map((d) =>
      `${d.number} ${d.title} ${d.summary}`.normalize('NFC').toLowerCase().includes('giáo'),
    );
    expect(exact).toContain(true);
    expect(exact).toContain(false);
    // Every exact match comes before the first folded-only one.
    expect(exact.indexOf(false)).toBeGreaterThan(exact.lastIndexOf(true));
  });

  it('puts the law in force before the one it replaced', async () => {
    const numbers = ((await search('luat dat dai')).json() as ListBody).items.map((d) => d.number);
    expect(numbers.indexOf('31/2024/QH15')).toBeLessThan(numbers.indexOf('45/2013/QH13'));
  });

  it('finds an exact number even when other words do not match', async () => {
    const body = (await search('văn bản số 13/2023/NĐ-CP')).json() as ListBody;
    expect(body.items[0]?.number).toBe('13/2023/NĐ-CP');
  });

  it('combines text with filters and counts facets over the matches', async () => {
    const body = (await search('dat dai', '&type=luat')).json() as ListBody;
    expect(body.items.length).toBeGreaterThan(0);
    for (const d of body.items) expect(d).toMatchObject({ type: 'luat' });
    // The type facet leaves out its own filter: other types of land documents show.
    const types = body.facets['type']?.map((b) => b.value) ?? [];
    expect(types).toEqual(expect.arrayContaining(['luat', 'nghi-dinh']));
    const luat = body.facets['type']?.find((b) => b.value === 'luat');
    expect(luat?.count).toBe(body.total);
  });

  it('sorts matches by date when asked', async () => {
    const body = (await search('dat dai', '&sort=issued')).json() as ListBody;
    const dates = body.items.map((d) => d.issuedDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('quotes every token, so the FTS query is never raw input', () => {
    expect(documentSearch('13/2023/nd-cp')).toEqual({
      folded: '"13" "2023" "nd" "cp"',
      foldedWords: ['"13"', '"2023"', '"nd"', '"cp"'],
      exactWords: [],
      numberKeys: ['132023ndcp'],
    });
    expect(documentSearch('Luật NEAR(đất "đai"')).toEqual({
      folded: '"luat" "near" "dat" "dai"',
      foldedWords: ['"luat"', '"near"', '"dat"', '"dai"'],
      exactWords: ['"luật"', '"đất"', '"đai"'],
      numberKeys: [],
    });
    expect(documentSearch('*:^"-')).toBeNull();
    expect(cleanQuery('a\u200bb\ud800c')).toBe('ab c');
  });
});

describe('date bounds', () => {
  it.each([
    ['from=0001-01-01', 'from'],
    ['from=1899-12-31', 'from'],
    ['to=2100-01-01', 'to'],
    ['to=9999-12-31', 'to'],
    ['from=2024-02-30', 'from'],
    ['from=2024-1-1', 'from'],
    ['to=+02024-01-01', 'to'],
    ['from=2026-01-01&to=2025-01-01', 'from'],
  ])('%s → 400 naming %s', async (qs, name) => {
    const res = await app.inject(`/api/v1/documents?${qs}`);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { errors?: { name: string }[] };
    expect(body.errors?.map((e) => e.name)).toContain(name);
  });

  it('accepts dates in range', async () => {
    const res = await app.inject('/api/v1/documents?from=1990-01-01&to=2099-12-31');
    expect(res.statusCode).toBe(200);
  });
});

describe('broad queries are bounded (a few thousand documents)', () => {
  let big: SqliteStore;
  beforeAll(async () => {
    big = openSqliteStore({ filename: ':memory:', clock: () => NOW });
    const seed = generateSeed({ now: NOW });
    await big.seed(seed);
    big.insertDocuments(generateLargeDocuments(seed.documents, NOW, 3000));
  });
  afterAll(async () => {
    await big.close();
  });

  it('skips bm25 above the rank cap, keeps totals and facets exact', async () => {
    // Small caps so that a 3,300-document corpus shows both bounds.
    const docs = new DocumentSearch(big.db, { rankCap: 100, tierCap: 1000 });
    const ftsCount = (q: string) =>
      big.db
        .prepare('SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?')
        .pluck()
        .get(q) as number;

    const request = { filters: {}, sort: 'relevance' as const, offset: 0, pageSize: 10 };
    const broad = docs.list({ ...request, q: 'tỉnh' });
    expect(ftsCount('"tinh"')).toBeGreaterThan(1000);
    expect(docs.lastTrace).toMatchObject({ ranked: false, tiered: false });
    expect(broad.total).toBe(ftsCount('"tinh"'));
    expect(broad.page).toHaveLength(10);
    const statusSum = broad.facets.status.reduce((n, b) => n + b.count, 0);
    expect(statusSum).toBe(broad.total);

    const medium = docs.list({ ...request, q: 'duong bo' });
    expect(docs.lastTrace).toMatchObject({ ranked: false, tiered: true });
    expect(medium.total).toBe(ftsCount('"duong" "bo"'));

    docs.list({ ...request, q: 'luat dat dai' });
    expect(docs.lastTrace).toMatchObject({ ranked: true, tiered: true });
  });

  it('orders a broad query by legal force, then newest first', async () => {
    const docs = new DocumentSearch(big.db, { rankCap: 100, tierCap: 100 });
    const { page } = docs.list({
      filters: {},
      q: 'quy dinh',
      sort: 'relevance',
      offset: 0,
      pageSize: 50,
    });
    const rows = big.db
      .prepare(
        `SELECT doc_no, type, issued_date FROM documents
         WHERE doc_no IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(page)) as { doc_no: number; type: string; issued_date: string }[];
    const byNo = new Map(rows.map((r) => [r.doc_no, r]));
    const ordered = page.map((no) => byNo.get(no));
    const laws = ordered.filter((r) => r?.type === 'luat' || r?.type === 'bo-luat');
    expect(laws.length).toBeGreaterThan(0);
    // Laws first, each group newest first.
    expect(ordered.slice(0, laws.length)).toEqual(laws);
    const dates = laws.map((r) => r?.issued_date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('fetches a page by primary key and counts facets without SQL scans', async () => {
    const plan = big.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT d.id FROM documents d
         WHERE d.doc_no IN (SELECT value FROM json_each(?))`,
      )
      .all('[1,2,3]') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/SEARCH d USING INTEGER PRIMARY KEY/);
    const res = await big.listDocuments({
      scope: 'inherited',
      page: 1,
      pageSize: 10,
      q: 'tinh',
    });
    expect(res.items).toHaveLength(10);
    expect(Object.keys(res.facets ?? {})).toEqual(['type', 'issuer', 'field', 'status']);
  });

  it('matches what FTS5 matches, and under any filters keeps the unfiltered order', () => {
    const docs = new DocumentSearch(big.db);
    const info = new Map(
      (
        big.db.prepare('SELECT doc_no, unit_id, issued_date FROM documents').all() as {
          doc_no: number;
          unit_id: string;
          issued_date: string;
        }[]
      ).map((row) => [row.doc_no, row]),
    );
    const [u1 = '', u2 = ''] = big.db
      .prepare('SELECT unit_id FROM documents GROUP BY unit_id ORDER BY COUNT(*) DESC LIMIT 2')
      .pluck()
      .all() as string[];
    const everything = { offset: 0, pageSize: 1e9 };
    const queries = [
      undefined,
      'giấy phép lái xe',
      'bảo vệ dữ liệu cá nhân',
      'hòa giải ở cơ sở',
      'luật đất đai',
      '168-2024-ND-CP',
      'tỉnh',
      'xyzzy',
    ];
    for (const q of queries) {
      const sort = q === undefined ? ('issued' as const) : ('relevance' as const);
      const all = docs.list({ filters: {}, q, sort, ...everything });
      const search = q === undefined ? null : documentSearch(q);
      if (search) {
        // Every match of the whole FTS5 query (and of the number), nothing else.
        const fts = big.db
          .prepare(
            `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
             UNION SELECT doc_no FROM documents
             WHERE number_key IN (SELECT value FROM json_each(?))`,
          )
          .pluck()
          .all(search.folded, JSON.stringify(search.numberKeys)) as number[];
        expect([...all.page].sort((a, b) => a - b)).toEqual(fts.sort((a, b) => a - b));
      } else {
        expect(all.page).toHaveLength(info.size);
      }
      for (const units of [undefined, [u1], [u1, u2]]) {
        for (const [from, to] of [
          [undefined, '2024-03-01'],
          ['2020-01-01', undefined],
          ['2021-06-30', '2023-06-30'],
          ['2030-01-01', undefined],
        ]) {
          const filters = { units, issuedFrom: from, issuedTo: to };
          const filtered = docs.list({ filters, q, sort, ...everything });
          const expected = all.page.filter((no) => {
            const row = info.get(no);
            return (
              row !== undefined &&
              (!units || units.includes(row.unit_id)) &&
              (!from || row.issued_date >= from) &&
              (!to || row.issued_date <= to)
            );
          });
          expect(filtered.page, `${q} ${JSON.stringify(filters)}`).toEqual(expected);
          expect(filtered.total).toBe(expected.length);
        }
      }
    }
  });

  it('computes bm25 from the index exactly as FTS5 does', () => {
    const docs = new DocumentSearch(big.db);
    docs.list({ filters: {}, q: 'x', sort: 'relevance', offset: 0, pageSize: 1 });
    // Private: the one place the two computations can be compared score by score.
    const inner = docs as unknown as {
      index: unknown;
      bm25(index: unknown, words: string[], docNos: number[]): [number, number][] | undefined;
    };
    let compared = 0;
    for (const q of ['giấy phép lái xe', 'luật đất đai', 'tỉnh', '168-2024-ND-CP', 'quy định']) {
      const search = documentSearch(q);
      if (!search) throw new Error(q);
      const fts = big.db
        .prepare(
          'SELECT rowid, bm25(documents_fts, 3.0, 6.0, 1.0) FROM documents_fts WHERE documents_fts MATCH ?',
        )
        .raw()
        .all(search.folded) as [number, number][];
      const ours = inner.bm25(
        inner.index,
        search.foldedWords,
        fts.map(([no]) => no),
      );
      // Bit for bit: the same doubles, so the same order, ties included.
      expect(ours, q).toEqual(fts);
      compared += fts.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('intersects posting lists, dense or sparse, as sets do', () => {
    const size = 5000;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const list = (density: number) =>
      Int32Array.from({ length: size }, (_, p) => p).filter(() => random() < density);
    for (const densities of [
      [0.5, 0.9],
      [0.001, 0.6, 0.3],
      [0.025, 0.5],
      [0.02, 0.01],
      [0.2, 0.04, 0.7],
      [0],
    ]) {
      const lists = densities.map(list);
      const expected = [...(lists[0] ?? [])].filter((p) => lists.every((l) => l.includes(p)));
      const got = intersect(lists.map((l) => posting(l, size)));
      expect([...got], JSON.stringify(densities)).toEqual(expected);
    }
    expect(posting(list(0.5), size).bits).toBeDefined();
    expect(posting(list(0.01), size).bits).toBeUndefined();
  });

  it('pages deep into a broad result', async () => {
    const first = await big.listDocuments({ scope: 'inherited', page: 1, pageSize: 50 });
    const last = Math.ceil(first.total / 50);
    const page = await big.listDocuments({ scope: 'inherited', page: last, pageSize: 50 });
    expect(page.items.length).toBe(first.total - (last - 1) * 50);
    const beyond = await big.listDocuments({ scope: 'inherited', page: last + 1, pageSize: 50 });
    expect(beyond).toMatchObject({ items: [], total: first.total });
  });
});

describe('the index stays in sync with writes', () => {
  it('finds inserted, updated and deleted documents through the triggers', async () => {
    const s = openSqliteStore({ filename: ':memory:', clock: () => NOW });
    try {
      await s.seed(generateSeed({ now: NOW }));
      const list = (q: string) => s.listDocuments({ scope: 'inherited', page: 1, pageSize: 5, q });
      expect((await list('khủng long')).total).toBe(0);
      s.db
        .prepare("UPDATE documents SET title = 'Quy định về bảo tồn khủng long' WHERE id = ?")
        .run('luat-31-2024-qh15');
      const found = await list('khung long');
      expect(found.items.map((d) => d.id)).toEqual(['luat-31-2024-qh15']);
      s.db.prepare("UPDATE documents SET status = 'expired' WHERE id = 'luat-31-2024-qh15'").run();
      expect((await list('khung long')).items[0]?.status).toBe('expired');
      s.db.prepare("DELETE FROM documents WHERE id = 'luat-31-2024-qh15'").run();
      expect((await list('khung long')).total).toBe(0);
      expect((await list('Luật Đất đai')).items[0]?.number).not.toBe('31/2024/QH15');
    } finally {
      await s.close();
    }
  });

  it('migration 2 indexes documents already stored by version 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pbgdpl-m2-')), 'db.sqlite');
    const db = new Database(file);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version === 1),
    );
    db.prepare(
      "INSERT INTO units (id, code, name, name_en, kind, sort_name, search_text) VALUES ('trung-uong', 'TW', 'Trung ương', 'National', 'national', 'trung uong', 'trung uong')",
    ).run();
    db.prepare(
      `INSERT INTO documents (id, unit_id, number, number_key, title, type, issuers, issued_date,
         status, fields, summary, signers, attachments, source_url, relations, search_text)
       VALUES ('luat-dat-dai', 'trung-uong', '31/2024/QH15', '312024qh15', 'Luật Đất đai', 'luat',
         '["quoc-hoi"]', '2024-01-18', 'in-force', '["dat-dai"]', 'Tóm tắt.', '[]', '[]',
         'https://vbpl.vn', '[]', '')`,
    ).run();
    db.close();
    const s = openSqliteStore({ filename: file, clock: () => NOW });
    try {
      const res = await s.listDocuments({
        scope: 'inherited',
        page: 1,
        pageSize: 5,
        q: 'luat dat dai',
      });
      expect(res.items.map((d) => d.id)).toEqual(['luat-dat-dai']);
      expect(
        (await s.listDocuments({ scope: 'inherited', page: 1, pageSize: 5, q: '31-2024-qh15' }))
          .total,
      ).toBe(1);
    } finally {
      await s.close();
    }
  });
});
