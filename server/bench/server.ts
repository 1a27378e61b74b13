/**
 * The bench server, forked by index.ts: the real app over a copy of the large corpus (path in
 * argv[2]), with the bench's tiny proof of work and limits no load reaches, plus two routes on
 * the same HTTP server and port, in a second Fastify instance (buildApp returns a ready one):
 * /bench/hello, the hello-world baseline, and /bench/static, the demo news page with the
 * widget's first page of items rendered as plain HTML. Reports its origin over IPC.
 */
import Fastify from 'fastify';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { REPO_ROOT } from '../src/config.js';
import type { RateLimits } from '../src/questions/limits.js';
import { openCorpus } from './corpus.js';
import { BENCH_ALTCHA } from './proofs.js';
import { NEWS_LIST } from './queries.js';

const file = process.argv[2];
if (!file || !process.send) throw new Error('forked by bench/index.ts with the corpus path');

const NO_LIMIT = { max: 1e9, windowMs: 60_000 };
const rateLimits: RateLimits = {
  submit: { perIp: NO_LIMIT, perOrigin: NO_LIMIT },
  track: { perIp: NO_LIMIT, perOrigin: NO_LIMIT },
  challenge: { perIp: NO_LIMIT, perOrigin: NO_LIMIT },
};

const store = openCorpus(file);
const app = await buildApp({
  store,
  widgetsDir: join(REPO_ROOT, 'dist/cdn'),
  demoDir: join(REPO_ROOT, 'demo'),
  altcha: BENCH_ALTCHA,
  rateLimits,
});

const bench = Fastify();
bench.get('/bench/hello', async () => ({ hello: 'world' }));
const staticPage = await renderStaticPage();
bench.get('/bench/static', async (_request, reply) => reply.type('text/html').send(staticPage));
await bench.ready();

const server = createServer((request, response) =>
  request.url?.startsWith('/bench/')
    ? bench.routing(request, response)
    : app.handle(request, response),
);
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address === 'object' && address) {
    process.send?.({ origin: `http://127.0.0.1:${address.port}` });
  }
});
// The parent ended (or died): nothing to keep.
process.on('disconnect', () => process.exit(0));

/** demo/index.html with its embed code replaced by the same items as plain HTML. */
async function renderStaticPage(): Promise<string> {
  const list = (await app.inject(NEWS_LIST)).json() as {
    items: { title: string; summary: string; publishedAt: string; unitName: string }[];
  };
  const items = list.items.map(
    (item) =>
      `<li part="item"><h3>${escape(item.title)}</h3><p><time>${escape(item.publishedAt)}</time> · ${escape(item.unitName)}</p><p>${escape(item.summary)}</p></li>`,
  );
  const demo = await readFile(join(REPO_ROOT, 'demo/index.html'), 'utf8');
  const page = demo
    .replace('<head>', '<head><base href="/demo/" />')
    .replace(
      /<script type="module" src="\/widgets\/v1\/pbgdpl\.js"><\/script>[\s\S]*?<\/pbgdpl-news-feed>/,
      `<section><h2>Tin tức phổ biến, giáo dục pháp luật</h2><ul>${items.join('')}</ul></section>`,
    );
  if (page.includes('<pbgdpl-news-feed')) throw new Error('demo/index.html: embed code not found');
  return page;
}

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch,
  );
}
