/**
 * The response cache of public GETs: each entry holds the serialized body once per
 * content-coding (identity, gzip, brotli), compressed once, so a hit costs no SQLite query, no
 * serialization and no compression. Keys are the path plus the query with its parameters
 * sorted. Entries die on every write (a generation counter: simple, and never wrong about what
 * a write touched), after a TTL (writes this process does not see: the admin CLI, another
 * instance on a shared database), and least recently used first beyond a byte budget.
 *
 * Brotli at its best quality costs ~1.5 ms per KB of JSON (gzip -9: ~0.01 ms), worth it only
 * for an entry that is asked again: a new entry holds identity and gzip, and brotli is made
 * (off the event loop) by the first hit that prefers it. Most misses (distinct searches) are
 * never asked again.
 *
 * Hits are answered twice over: `answer` on the raw Node request before Fastify (app.ts puts
 * it in front of routing: no routing, hooks or header copying per hit), and `serve`, the same
 * answer as an onRequest hook, for what `answer` passes on (a brotli still to make, the app
 * closing) and for app.inject(). Both send the headers the entry's first answer had.
 *
 * Only what a shared cache may keep is kept: a 200 to a GET without Authorization whose
 * Cache-Control is `public`. Each coding has its own strong ETag, since the bytes differ.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this size, compression saves less than its headers cost (as @fastify/compress). */
export const COMPRESSION_THRESHOLD = 1024;

type Coding = 'identity' | 'gzip' | 'br';
type Headers = Record<string, string | number | string[]>;

/** Headers that belong to one response or one coding, never replayed from an entry. */
const OWN_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'etag',
  'vary',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** One coding of an entry, ready to send as is. */
interface Variant {
  body: Buffer;
  etag: string;
  /** Every header of its 200 and of its 304, as Fastify sent them: built once, sent per hit. */
  ok: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
}

interface Entry {
  key: string;
  /** The first answer's headers, without OWN_HEADERS. */
  headers: Headers;
  /** The identity body's hash; the codings' ETags derive from it. */
  hash: string;
  /** identity always; gzip and br when compressible, br once a hit asked for it. */
  variants: Partial<Record<Coding, Variant>> & { identity: Variant };
  compressible: boolean;
  /** The brotli variant being made (once per entry). */
  brotli?: Promise<void>;
  bytes: number;
  expires: number;
}

export interface ResponseCacheOptions {
  /** Budget of all bodies of all entries; 0 turns the cache off. */
  maxBytes?: number;
  /** How long an entry may serve without a write having been seen. */
  ttlMs?: number;
  /** Test seam. */
  now?: () => number;
}

export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;
/** As long as browsers may keep a public GET (max-age=60) without asking. */
export const DEFAULT_RESPONSE_CACHE_TTL_MS = 60_000;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxBytes: number;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private bytes = 0;
  /** Bumped by every write: a response read before it must not be stored after it. */
  private generation = 0;
  /** The generation each cacheable request started in. */
  private readonly started = new WeakMap<FastifyRequest, number>();

  constructor(options: ResponseCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_RESPONSE_CACHE_BYTES;
    this.ttlMs = options.ttlMs ?? DEFAULT_RESPONSE_CACHE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Entries held and their bytes, for tests and logs. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Something public changed: forget everything, including responses still being made. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * Answers a hit on the raw request, before Fastify routes it (app.ts): true when it did.
   * Anything else (a miss, a brotli still to make, HEAD, Authorization) is left to Fastify.
   */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return false;
    const entry = this.lookup(cacheKey(request.url ?? ''));
    if (!entry) return false;
    const variant = entry.variants[choose(entry, request.headers)];
    if (!variant) return false;
    if (matches(request.headers['if-none-match'], variant.etag)) {
      response.writeHead(304, variant.notModified).end();
    } else {
      response.writeHead(200, variant.ok).end(variant.body);
    }
    return true;
  }

  /**
   * An app-level onRequest hook: answers a hit at once (before load shedding and every other
   * hook, so a hit stays cheap under pressure); a miss is remembered for `store`.
   */
  readonly serve: onRequestHookHandler = (request, reply, done) => {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return done();
    const entry = this.lookup(cacheKey(request.url));
    if (!entry) {
      this.started.set(request, this.generation);
      return done();
    }
    const coding = choose(entry, request.headers);
    reply.headers(entry.headers);
    if (entry.variants[coding]) return void reply.send(replyWith(request, reply, entry, coding));
    // The first hit preferring brotli makes it; hits meanwhile wait for the same work.
    void this.brotli(entry).then(() => reply.send(replyWith(request, reply, entry, coding)), done);
  };

  /**
   * An onSend hook for the scopes whose GETs may be kept: stores the response and answers in
   * the request's coding (a 304 when its ETag matches).
   */
  readonly store = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const generation = this.started.get(request);
    if (
      generation === undefined ||
      this.maxBytes === 0 ||
      reply.statusCode !== 200 ||
      !(typeof payload === 'string' || Buffer.isBuffer(payload)) ||
      !/^public\b/.test(String(reply.getHeader('cache-control'))) ||
      reply.hasHeader('set-cookie')
    ) {
      return payload;
    }
    const entry = await this.build(cacheKey(request.url), reply, Buffer.from(payload));
    if (generation === this.generation) this.insert(entry);
    let coding = choose(entry, request.headers);
    if (coding === 'br') {
      // A new entry: gzip, when acceptable, answers at once; brotli waits for a second ask.
      if (weigh(request.headers['accept-encoding']).gzip > 0) coding = 'gzip';
      else await this.brotli(entry);
    }
    return replyWith(request, reply, entry, coding);
  };

  private lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(entry);
    if (entry.expires <= this.now()) return undefined;
    // Re-inserted last: Map order is the LRU order.
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    return entry;
  }

  private insert(entry: Entry): void {
    // One entry may take at most an eighth of the budget, so one huge answer cannot flush it.
    if (entry.bytes > this.maxBytes / 8) return;
    const old = this.entries.get(entry.key);
    if (old) this.remove(old);
    this.entries.set(entry.key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  private evict(): void {
    for (const oldest of this.entries.values()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(entry: Entry): void {
    this.entries.delete(entry.key);
    this.bytes -= entry.bytes;
  }

  private async build(key: string, reply: FastifyReply, identity: Buffer): Promise<Entry> {
    const headers: Headers = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !OWN_HEADERS.has(name)) headers[name] = value;
    }
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
    const entry: Entry = {
      key,
      headers,
      hash,
      variants: { identity: variant(headers, hash, 'identity', identity) },
      compressible: identity.length >= COMPRESSION_THRESHOLD,
      bytes: identity.length,
      expires: this.now() + this.ttlMs,
    };
    if (entry.compressible) {
      // Off the event loop (zlib's thread pool); -9 costs little more than -6 at these sizes.
      const gz = await gzipAsync(identity, { level: zlib.Z_BEST_COMPRESSION });
      entry.variants.gzip = variant(headers, hash, 'gzip', gz);
      entry.bytes += gz.length;
    }
    return entry;
  }

  /** Adds the brotli variant to `entry`, once: best quality, paid once for many hits. */
  private brotli(entry: Entry): Promise<void> {
    const identity = entry.variants.identity.body;
    entry.brotli ??= brotli(identity, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }).then((br) => {
      entry.variants.br = variant(entry.headers, entry.hash, 'br', br);
      entry.bytes += br.length;
      // Still held (not invalidated, expired or evicted meanwhile): count it in the budget.
      if (this.entries.get(entry.key) === entry) {
        this.bytes += br.length;
        this.evict();
      }
    });
    return entry.brotli;
  }
}

const SUFFIX = { identity: '', gzip: '-gz', br: '-br' } as const;

function variant(headers: Headers, hash: string, coding: Coding, body: Buffer): Variant {
  const etag = `"${hash}${SUFFIX[coding]}"`;
  const common = { ...headers, etag, vary: 'Accept-Encoding' };
  const encoding = coding === 'identity' ? {} : { 'content-encoding': coding };
  return {
    body,
    etag,
    ok: { ...common, ...encoding, 'content-length': body.length },
    notModified: { ...common, 'content-length': 0 },
  };
}

/** Sets the coding's own headers on `reply` and returns its body, or '' with a 304. */
function replyWith(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: Entry,
  coding: Coding,
): Buffer | string {
  const { body, etag } = entry.variants[coding] ?? entry.variants.identity;
  reply.header('etag', etag).header('vary', 'Accept-Encoding');
  if (matches(request.headers['if-none-match'], etag)) {
    reply.code(304);
    return '';
  }
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return body;
}

/**
 * The coding to answer in: one whose ETag the client already holds and accepts (a cache
 * revalidating the variant it stored gets a 304, even if it would now get another), else the
 * coding of `entry` the client weighs highest (brotli on a tie), else identity. br may not be
 * made yet.
 */
function choose(entry: Entry, headers: IncomingMessage['headers']): Coding {
  if (!entry.compressible) return 'identity';
  const weights = weigh(headers['accept-encoding']);
  const held = headers['if-none-match'];
  if (held) {
    for (const coding of ['br', 'gzip'] as const) {
      const v = entry.variants[coding];
      if (v && weights[coding] > 0 && matches(held, v.etag)) return coding;
    }
  }
  if (weights.br > 0 && weights.br >= weights.gzip) return 'br';
  return weights.gzip > 0 ? 'gzip' : 'identity';
}

interface Weights {
  br: number;
  gzip: number;
}

/** Parsed Accept-Encoding values: clients send a handful of distinct ones. */
const weightsOf = new Map<string, Weights>();

/** The q-values of br and gzip in an Accept-Encoding header (0: not acceptable). */
function weigh(header: string | undefined): Weights {
  if (!header) return { br: 0, gzip: 0 };
  let weights = weightsOf.get(header);
  if (!weights) {
    const q = new Map<string, number>();
    for (const part of header.split(',')) {
      const [name = '', ...params] = part.split(';');
      const value = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      q.set(name.trim().toLowerCase(), value === undefined ? 1 : Number(value));
    }
    const weight = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
    weights = { br: weight('br'), gzip: weight('gzip') };
    // Bounded: the header is the client's to choose.
    if (weightsOf.size >= 256) weightsOf.clear();
    weightsOf.set(header, weights);
  }
  return weights;
}
/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * The path as sent (routing is case- and slash-sensitive) and the query's parameters sorted by
 * name. Values stay encoded as sent and repeated names keep their order, so two URLs share a
 * key only when they differ by parameter order, which never changes an answer.
 */
export function cacheKey(url: string): string {
  const q = url.indexOf('?');
  // Nothing to sort (the common case of a widget's first request): no work per hit.
  if (q < 0 || url.indexOf('&', q) < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((param) => ({ param, name: param.split('=', 1)[0] ?? '' }))
    // Array.prototype.sort is stable: repeated names keep their order.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ param }) => param);
  return `${url.slice(0, q)}?${params.join('&')}`;
}
