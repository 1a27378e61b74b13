/**
 * `npm run bench:search`: document search over the large corpus (100,000 documents, built by
 * `npm run seed:large` and built here when missing), in-process (store calls) and over HTTP
 * (autocannon on loopback), beside a primary-key lookup as the baseline.
 *
 * The mix has six classes with equal weight; the "mix" row pools their samples. Targets on
 * the project's 2-core machine: in-process p95 ≤ 20 ms for the mix, broad p99 ≤ 100 ms.
 *
 * BENCH_ITERATIONS (default 300) calls per class in-process; BENCH_SECONDS (default 3) and
 * BENCH_CONNECTIONS (default 8) per HTTP scenario; BENCH_DOCUMENTS (default 100000).
 */
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import type { DocumentQuery } from '../src/schemas/index.js';
import { documentCount, largeCorpus, openCorpus } from './corpus.js';
import { documentsPath, SEARCH_CLASSES as CLASSES, type Params } from './queries.js';

const iterations = Number(process.env['BENCH_ITERATIONS'] ?? 300);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 3);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const wanted = Number(process.env['BENCH_DOCUMENTS'] ?? 100_000);

const db = openCorpus(await largeCorpus(wanted, process.env['BENCH_DATA_DIR']));
const documents = documentCount(db);

const ids = (
  db.db.prepare('SELECT id FROM documents ORDER BY doc_no LIMIT 200').pluck().all() as string[]
).filter((_, i) => i % 10 === 0);

interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summarize(name: string, samples: number[], perSecond: number): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    perSecond,
  };
}

function query(params: Params): DocumentQuery {
  return { scope: 'inherited', page: 1, pageSize: 10, ...params };
}

// ── in-process ────────────────────────────────────────────────────────────────────────────
// Warm up: the in-memory index loads on the first list call.
const warm = performance.now();
await db.listDocuments(query({}));
const loadMs = performance.now() - warm;
for (const c of CLASSES) for (const q of c.queries) await db.listDocuments(query(q));

const inProcess: Row[] = [];
const pooled: number[] = [];
async function measure(name: string, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await call(i);
    samples.push(performance.now() - t);
  }
  const elapsed = performance.now() - started;
  inProcess.push(summarize(name, samples, (iterations / elapsed) * 1000));
  return samples;
}
await measure('baseline: document by id', (i) => db.getDocument(ids[i % ids.length] ?? ''));
for (const c of CLASSES) {
  pooled.push(
    ...(await measure(c.name, (i) =>
      db.listDocuments(query(c.queries[i % c.queries.length] ?? {})),
    )),
  );
}
const mixMean = pooled.reduce((a, b) => a + b, 0) / pooled.length;
inProcess.push(summarize('mix (all classes, equal weight)', pooled, 1000 / mixMean));

// ── HTTP ──────────────────────────────────────────────────────────────────────────────────
const app = await buildApp({ store: db });
const origin = await app.listen({ port: 0, host: '127.0.0.1' });

const http: Row[] = [];
const httpPooled: number[] = [];
let unexpected = 0;
async function load(name: string, paths: string[]): Promise<void> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers: { 'accept-encoding': 'br, gzip' },
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      samples.push(responseTime);
      if (status !== 200) unexpected++;
    });
  });
  http.push(summarize(name, samples, result.requests.average));
  if (!name.startsWith('baseline')) httpPooled.push(...samples);
}
await load(
  'baseline: document by id',
  ids.map((id) => `/api/v1/documents/${id}`),
);
for (const c of CLASSES) await load(c.name, c.queries.map(documentsPath));
const httpRps = http.slice(1).reduce((a, r) => a + r.perSecond, 0) / (http.length - 1);
http.push(summarize('mix (all classes, equal weight)', httpPooled, httpRps));

await app.close();
await db.close();

// ── report ────────────────────────────────────────────────────────────────────────────────
const broad = inProcess.find((r) => r.name === 'broad');
const mix = inProcess.at(-1);
const f = (n: number) => n.toFixed(2).padStart(8);
const line = (r: Row) =>
  `${r.name.padEnd(34)}${f(r.p50)}${f(r.p95)}${f(r.p99)}${r.perSecond.toFixed(0).padStart(10)}`;
const header = `${'scenario'.padEnd(34)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'ops/s'.padStart(10)}`;
console.log(
  [
    '',
    `${documents} documents, ${new Date().toISOString()}; index load ${loadMs.toFixed(0)} ms`,
    '',
    `In-process (store calls, ${iterations} per scenario, one at a time)`,
    header,
    ...inProcess.map(line),
    '',
    `HTTP (autocannon, ${connections} connections, ${seconds} s per scenario, br/gzip)`,
    header,
    ...http.map(line),
    '',
    `Targets: in-process mix p95 ≤ 20 ms: ${mix ? f(mix.p95) : '?'} ms ${mix && mix.p95 <= 20 ? 'OK' : 'MISSED'}; ` +
      `broad p99 ≤ 100 ms: ${broad ? f(broad.p99) : '?'} ms ${broad && broad.p99 <= 100 ? 'OK' : 'MISSED'}`,
    unexpected ? `${unexpected} HTTP responses were not 200` : '',
  ].join('\n'),
);
