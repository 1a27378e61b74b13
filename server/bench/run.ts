/**
 * `npm run bench`: the API's speed as ratios to a baseline measured in the same run, because
 * the machines are shared and absolute numbers drift. The baseline is a Fastify hello-world in
 * the same process, loaded the same way by autocannon over loopback.
 *
 * Each scenario runs for BENCH_SECONDS (default 5) with BENCH_CONNECTIONS (default 10).
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { generateSeed } from '../src/seed/generate.js';
import { openSqliteStore } from '../src/store/sqlite.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

const store = openSqliteStore({ filename: ':memory:' });
await store.seed(generateSeed({ now: new Date() }));
const app = await buildApp({ store });
const api = await app.listen({ port: 0, host: '127.0.0.1' });

const hello = Fastify();
hello.get('/', async () => ({ hello: 'world' }));
const baseline = await hello.listen({ port: 0, host: '127.0.0.1' });

const newsList = '/api/v1/news?unit=ninh-binh&pageSize=10';
const etag = (await fetch(api + newsList)).headers.get('etag') ?? '';

interface Scenario {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** The status class every response must have; anything else is reported. */
  expect?: '2xx' | '3xx';
}
const scenarios: Scenario[] = [
  { name: 'hello-world (baseline)', url: baseline },
  { name: 'news list, unit inherited', url: api + newsList },
  {
    name: 'news list, 304 revalidation',
    url: api + newsList,
    headers: { 'if-none-match': etag },
    expect: '3xx',
  },
  { name: 'news item', url: `${api}/api/v1/news/${(await firstNewsId()) ?? 'x'}` },
  { name: 'documents, folded search', url: `${api}/api/v1/documents?q=luat%20dat%20dai` },
  { name: 'unit detail', url: `${api}/api/v1/units/ninh-binh-phuong-hoa-lu` },
];

async function firstNewsId(): Promise<string | undefined> {
  const body = (await (await fetch(api + newsList)).json()) as { items: { id: string }[] };
  return body.items[0]?.id;
}

const rows: { name: string; rps: number; p50: number; p99: number; unexpected: number }[] = [];
for (const scenario of scenarios) {
  const result = await autocannon({
    url: scenario.url,
    headers: { 'accept-encoding': 'br, gzip', ...scenario.headers },
    connections,
    duration: seconds,
  });
  rows.push({
    name: scenario.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected:
      result['1xx'] +
      result['2xx'] +
      result['3xx'] +
      result['4xx'] +
      result['5xx'] -
      result[scenario.expect ?? '2xx'],
  });
}

const base = rows[0]?.rps ?? 1;
console.log(
  `\n${connections} connections, ${seconds}s each, ${new Date().toISOString()}\n` +
    'scenario                        req/s   p50 ms  p99 ms  vs baseline',
);
for (const row of rows) {
  console.log(
    row.name.padEnd(30) +
      row.rps.toFixed(0).padStart(8) +
      row.p50.toFixed(1).padStart(9) +
      row.p99.toFixed(1).padStart(8) +
      `${((row.rps / base) * 100).toFixed(0)}%`.padStart(13) +
      (row.unexpected > 0 ? `  (${row.unexpected} unexpected statuses)` : ''),
  );
}

await Promise.all([app.close(), hello.close()]);
await store.close();
