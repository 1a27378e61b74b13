/**
 * Section (a): autocannon against the bench server, one case after another, each beside the
 * hello-world baseline served by the same process and port.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { solvedProofs } from './proofs.js';
import { documentsPath, NEWS_LIST, SEARCH_CLASSES } from './queries.js';

export interface HttpOptions {
  origin: string;
  /** Seconds per case. */
  duration: number;
  connections: number;
}

export interface HttpRow {
  name: string;
  /** Requests per second over the whole case. */
  rps: number;
  p50: number;
  p99: number;
  /** rps / the hello-world's rps. */
  ratio: number;
  /** Responses with another status than the case expects. */
  unexpected: number;
  target?: string;
  met?: boolean;
}

interface Case {
  name: string;
  status: number;
  requests: autocannon.Request[];
  /** Caps the case (the POST case has one proof per request). */
  max?: number;
  target?: { text: string; met: (row: HttpRow) => boolean };
}

const ENCODING = { 'accept-encoding': 'br, gzip' };

/** Selective searches (rare words, document numbers), each alone and within two units. */
function searchPaths(): string[] {
  const queries = SEARCH_CLASSES.filter((c) =>
    ['selective', 'document number'].includes(c.name),
  ).flatMap((c) => c.queries);
  return queries.flatMap((q) =>
    q.unit
      ? [documentsPath(q)]
      : [undefined, 'ninh-binh', 'ha-noi'].map((unit) => documentsPath(unit ? { ...q, unit } : q)),
  );
}

/**
 * The same searches, each request a distinct URL (an upper date bound that moves back a day at a
 * time), so the response cache never answers: every request is a real search of the index.
 */
function uncachedSearches(paths: string[]): autocannon.Request[] {
  let n = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        n++;
        const path = paths[n % paths.length] ?? '/';
        const to = new Date(Date.UTC(2026, 10, 28) - (n % 5000) * 86_400_000);
        const separator = path.includes('?') ? '&' : '?';
        return { ...request, path: `${path}${separator}to=${to.toISOString().slice(0, 10)}` };
      },
    },
  ];
}

/** The form the legal Q&A sends, with a fresh proof and Idempotency-Key each time. */
function questionRequests(proofs: string[]): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: 'POST',
      path: '/api/v1/questions',
      setupRequest: (request) => ({
        ...request,
        headers: {
          ...ENCODING,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({
          unit: 'ninh-binh',
          title: 'Thủ tục tách thửa đất nông nghiệp',
          question:
            'Gia đình tôi có 500 m² đất trồng lúa, muốn tách thửa cho con thì cần giấy tờ gì?',
          field: 'dat-dai',
          name: 'Nguyễn Văn An',
          email: 'an.nguyen@example.vn',
          consent: true,
          noticeVersion: '2026-01',
          website: '',
          altcha: proofs[next++],
        }),
      }),
    },
  ];
}

/**
 * Requests each GET once before measuring, retrying while the server sheds load (503): the
 * first search loads the in-memory index of 100,000 documents and blocks for seconds.
 */
async function warmUp(origin: string, cases: Case[]): Promise<void> {
  const paths = new Set(
    cases.flatMap((c) => c.requests.flatMap((r) => (r.method === 'GET' && r.path ? [r.path] : []))),
  );
  const deadline = Date.now() + 60_000;
  for (const path of paths) {
    while ((await fetch(origin + path)).status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function measureHttp(options: HttpOptions): Promise<HttpRow[]> {
  const { origin, duration } = options;
  const etag = (await fetch(origin + NEWS_LIST, { headers: ENCODING })).headers.get('etag');
  if (!etag) throw new Error(`${NEWS_LIST} sent no ETag`);
  // One proof per request; a faster server ends the case early rather than replay a proof.
  const proofs = await solvedProofs(Math.ceil(duration * 1000));
  const get = (path: string, headers = {}): autocannon.Request => ({
    method: 'GET',
    path,
    headers: { ...ENCODING, ...headers },
  });

  const cases: Case[] = [
    { name: 'hello-world (baseline)', status: 200, requests: [get('/bench/hello')] },
    {
      name: 'cached list GET',
      status: 200,
      requests: [get(NEWS_LIST)],
      target: { text: '≥ 0.5×, p99 ≤ 50 ms', met: (r) => r.ratio >= 0.5 && r.p99 <= 50 },
    },
    {
      name: '304 revalidation',
      status: 304,
      requests: [get(NEWS_LIST, { 'if-none-match': etag })],
      target: { text: '≥ 0.7×', met: (r) => r.ratio >= 0.7 },
    },
    {
      name: 'selective search, 100k docs',
      status: 200,
      requests: uncachedSearches(searchPaths()).map((r) => ({ ...r, headers: ENCODING })),
      target: { text: '≥ 300 req/s', met: (r) => r.rps >= 300 },
    },
    {
      name: 'same searches, repeated',
      status: 200,
      requests: searchPaths().map((path) => get(path)),
    },
    {
      name: 'question POST',
      status: 202,
      requests: questionRequests(proofs),
      max: proofs.length,
    },
  ];

  await warmUp(origin, cases);
  const rows: HttpRow[] = [];
  for (const c of cases) {
    const result = await autocannon({
      url: origin,
      connections: options.connections,
      duration,
      requests: c.requests,
      maxOverallRequests: c.max,
    });
    const expected = result.statusCodeStats?.[`${c.status}`]?.count ?? 0;
    const row: HttpRow = {
      name: c.name,
      rps: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ratio: 0,
      unexpected: result.requests.total - expected,
    };
    row.ratio = row.rps / (rows[0]?.rps ?? row.rps);
    if (c.target) Object.assign(row, { target: c.target.text, met: c.target.met(row) });
    rows.push(row);
  }
  return rows;
}
