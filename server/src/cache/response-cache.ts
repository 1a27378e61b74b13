/**
 * The response cache of public GETs: each entry holds the serialized body once per
 * content-coding (identity, gzip, brotli), compressed when the entry is made, so a hit costs
 * no SQLite query, no serialization and no compression. Keys are the path plus the query with
 * its parameters sorted. Entries die on every write (a generation counter: simple, and never
 * wrong about what a write touched), after a TTL (writes this process does not see: the admin
 * CLI, another instance on a shared database), and least recently used first beyond a byte
 * budget.
 *
 * Only what a shared cache may keep is kept: a 200 to a GET without Authorization whose
 * Cache-Control is `public`. Each coding has its own strong ETag, since the bytes differ.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
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

interface Entry {
  key: string;
  headers: Headers;
  bodies: Partial<Record<Coding, Buffer>> & { identity: Buffer };
  /** The identity body's hash; the codings' ETags derive from it. */
  hash: string;
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
    const body = answer(request, reply.headers(entry.headers), entry);
    void reply.send(body);
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
    return answer(request, reply, entry);
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
    const bodies: Entry['bodies'] = { identity };
    if (identity.length >= COMPRESSION_THRESHOLD) {
      // Off the event loop (zlib's thread pool), and once per entry: brotli's best quality
      // costs ~10× level 5 but is paid once for thousands of hits.
      const [br, gz] = await Promise.all([
        brotli(identity, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
        gzipAsync(identity, { level: zlib.Z_BEST_COMPRESSION }),
      ]);
      bodies.br = br;
      bodies.gzip = gz;
    }
    const bytes = Object.values(bodies).reduce((n, body) => n + body.length, 0);
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
    return { key, headers, bodies, hash, bytes, expires: this.now() + this.ttlMs };
  }
}

/** Sets the coding's headers on `reply` and returns its body, or '' with a 304. */
function answer(request: FastifyRequest, reply: FastifyReply, entry: Entry): Buffer | string {
  const coding = chooseCoding(request.headers['accept-encoding'], entry);
  const etag = coding === 'identity' ? `"${entry.hash}"` : `"${entry.hash}-${SUFFIX[coding]}"`;
  reply.header('etag', etag).header('vary', 'Accept-Encoding');
  if (matches(request.headers['if-none-match'], etag)) {
    reply.code(304);
    return '';
  }
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return entry.bodies[coding] ?? entry.bodies.identity;
}

const SUFFIX = { gzip: 'gz', br: 'br' } as const;

/** The coding of `entry` the client weighs highest (brotli on a tie), else identity. */
function chooseCoding(header: string | undefined, entry: Entry): Coding {
  if (!header || !entry.bodies.br) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim().toLowerCase(), q === undefined ? 1 : Number(q));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const [best] = (['br', 'gzip'] as const)
    .filter((coding) => weight(coding) > 0)
    .sort((a, b) => weight(b) - weight(a));
  return best ?? 'identity';
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
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
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((param) => ({ param, name: param.split('=', 1)[0] ?? '' }))
    // Array.prototype.sort is stable: repeated names keep their order.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ param }) => param);
  return `${url.slice(0, q)}?${params.join('&')}`;
}
