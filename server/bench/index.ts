/**
 * `npm run bench`: one run, side by side, on the machine it runs on. (a) HTTP: autocannon
 * against the real app over 100,000 documents (a forked bench server, so load generator and
 * server do not share an event loop), each case as a ratio to a hello-world on the same server;
 * (b) the CDN bundle's gzip/brotli sizes against .size-limit.json; (c) the demo news page in
 * headless Chromium beside the same items as static HTML. Prints a table and writes
 * bench/results.json, with the machine, Node version and commit, to compare runs.
 *
 * BENCH_DURATION seconds per HTTP case (default 5), BENCH_CONNECTIONS (default 100),
 * BENCH_RUNS page loads per page (default 7), BENCH_DOCUMENTS (default 100000) and
 * BENCH_DATA_DIR (default data-large/) for the corpus, built there once and reused.
 */
import { execFileSync, fork } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { measurePages } from './browser.js';
import { measureBundle } from './bundle.js';
import { largeCorpus } from './corpus.js';
import { measureHttp } from './http.js';
import { report } from './report.js';

const settings = {
  duration: Number(process.env['BENCH_DURATION'] ?? 5),
  connections: Number(process.env['BENCH_CONNECTIONS'] ?? 100),
  runs: Number(process.env['BENCH_RUNS'] ?? 7),
  documents: Number(process.env['BENCH_DOCUMENTS'] ?? 100_000),
};

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
const machine = {
  date: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  // Changes besides an earlier run's results: the measured code is not the commit's.
  dirty: git('status', '--porcelain', '--', '.', ':!bench/results.json') !== '',
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  loadAverage: loadavg(),
};

const bundle = measureBundle();

// The server writes (question POSTs): it gets a copy of the cached corpus.
const corpus = await largeCorpus(settings.documents, process.env['BENCH_DATA_DIR']);
const scratch = await mkdtemp(join(tmpdir(), 'pbgdpl-bench-'));
await copyFile(corpus, join(scratch, 'pbgdpl.sqlite'));
const server = fork(new URL('./server.ts', import.meta.url), [join(scratch, 'pbgdpl.sqlite')], {
  execArgv: ['--import', 'tsx'],
});
try {
  const origin = await new Promise<string>((resolve, reject) => {
    server.once('message', (message: { origin: string }) => resolve(message.origin));
    server.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  const http = await measureHttp({ origin, ...settings });
  const browser = await measurePages(origin, settings.runs);

  const results = { machine, settings, http, bundle, browser };
  console.log(report(results));
  await mkdir(join(REPO_ROOT, 'bench'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten to bench/results.json');
} finally {
  server.kill();
  await rm(scratch, { recursive: true, force: true });
}
