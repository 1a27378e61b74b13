import type { TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { ApiError, isProblem } from './errors.js';
import type { ListResponse, NewsDetail, NewsQuery, NewsSummary } from './types.js';

/** Query values the API understands; `undefined` and `''` are left out of the URL. */
export type QueryValue = string | number | boolean | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  /** Aborts this caller's wait; a shared in-flight request continues for other callers. */
  signal?: AbortSignal;
}

interface CacheEntry {
  etag: string;
  body: unknown;
}

/**
 * What a widget says when an outage changed what it shows: stored data and when it was fresh
 * (under the heading, styled in `root`), or where else to look (in the error state). Drawn by
 * outage.ts, so its code, strings and styles stay out of the core every page loads.
 */
export type Notice = (t: Translation, root: ShadowRoot | null) => TemplateResult;

/**
 * The notice of a body served from storage or of a failure, by that object, so it reaches the
 * widget with the value, however the request was shared; and of each widget, by its element,
 * for its latest good load (see ResourceController).
 */
export const notices = new WeakMap<object, Notice | undefined>();

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const MAX_CACHE_ENTRIES = 100;

/** Chunks off the core: storing good bodies for a later outage, and riding one out. */
const lastGood = () => import('./last-good.js');
const outage = () => import('./outage.js');

/**
 * The origin that served this script: the central service, so a pasted `<script>` plus a tag
 * is enough. Outside a served bundle (tests from `file:`), the page's origin.
 */
function scriptOrigin(): string {
  const origin = new URL(import.meta.url).origin;
  return origin === 'null' ? globalThis.location.origin : origin;
}

/** An absolute service root without a trailing slash; relative values resolve against the page. */
function normalizeBase(base?: string): string {
  return new URL(base || scriptOrigin(), globalThis.location.href).href.replace(/\/+$/, '');
}

/**
 * The only place that talks to the network. Owns the timeout, typed errors, in-flight dedupe of
 * identical GETs, an ETag-revalidated memory cache and, for GETs, retries, a circuit breaker and
 * the last good body to show while the service is down. Get one with `ApiClient.for(base)`: one
 * instance per base URL, so every element on a page shares the cache.
 */
export class ApiClient {
  private static readonly instances = new Map<string, ApiClient>();

  /** The service root, without a trailing slash, e.g. `https://pbgdpl.example`. */
  readonly base: string;
  /** Milliseconds before a request fails with kind `timeout`. */
  timeout = 8000;
  /** GETs the service failed in a row, and whether they opened the circuit (see outage.ts). */
  failures = 0;
  declare open?: boolean;

  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, InFlight>();

  constructor(base?: string) {
    this.base = normalizeBase(base);
  }

  /** The shared client of a service root (default: where the script came from). */
  static for(base?: string): ApiClient {
    const key = normalizeBase(base);
    let client = ApiClient.instances.get(key);
    if (!client) {
      client = new ApiClient(key);
      ApiClient.instances.set(key, client);
    }
    return client;
  }

  /**
   * Resolves a URL found in API data against the service: `/media/x.svg` means the service's
   * media, not the host page's.
   */
  resolve(url: string): string {
    if (url.startsWith('/') && !url.startsWith('//')) return this.base + url;
    return new URL(url, this.base + '/').href;
  }

  news(query: NewsQuery = {}, options?: RequestOptions): Promise<ListResponse<NewsSummary>> {
    return this.list('news', { ...query }, options);
  }

  newsItem(id: string, options?: RequestOptions): Promise<NewsDetail> {
    return this.get(`news/${encodeURIComponent(id)}`, options);
  }

  /** A collection under `/api/v1/`, e.g. `list('documents', { q: 'đất đai' })`. */
  list<T>(path: string, query: Query = {}, options?: RequestOptions): Promise<ListResponse<T>> {
    return this.get(path, options, query);
  }

  /** One resource under `/api/v1/`. The caller states the type: the bundle has no validator. */
  get<T>(path: string, options: RequestOptions = {}, query: Query = {}): Promise<T> {
    return this.request(this.url(path, query), options.signal) as Promise<T>;
  }

  /** The request URL; query keys sorted so equal queries share cache and dedupe entries. */
  url(path: string, query: Query = {}): string {
    const params = new URLSearchParams();
    for (const key of Object.keys(query).sort()) {
      const value = query[key];
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.base}/api/v1/${path}${search ? `?${search}` : ''}`;
  }

  /** Waits for the shared request of `url`, or stops waiting when this caller aborts. */
  private request(url: string, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = this.inFlight.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = this.fetchJson(url, controller.signal).finally(() => {
        if (this.inFlight.get(url) === flight) this.inFlight.delete(url);
      });
      flight = { promise, controller, waiting: 0 };
      this.inFlight.set(url, flight);
    }
    const shared = flight;
    shared.waiting++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // The last caller to give up cancels the request itself.
        if (--shared.waiting === 0) {
          this.inFlight.delete(url);
          shared.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /**
   * One request with the timeout, the caller's abort and typed errors: the response and its
   * parsed JSON body (`undefined` for a 304). Every call is its own request: no cache, no
   * dedupe; GETs of data go through `get()`, which adds those.
   */
  async send(
    url: string,
    init: RequestInit,
    signal?: AbortSignal,
  ): Promise<{ response: Response; body: unknown }> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeout);
    const onAbort = () => timeout.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: timeout.signal });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const kind = timeout.signal.aborted ? 'timeout' : 'network';
      throw new ApiError(kind, url, undefined, undefined, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    if (response.status === 304) return { response, body: undefined };
    const body = await this.readJson(response, url);
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after')) || 0;
      throw new ApiError('http', url, response.status, isProblem(body) ? body : undefined, {
        retryAfter,
      });
    }
    if (body === undefined) throw new ApiError('parse', url, response.status);
    return { response, body };
  }

  /** The fresh body; in an outage, whatever outage.ts makes of it (retries, a stored copy). */
  private async fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
    try {
      if (this.open) throw new ApiError('network', url);
      return await this.revalidate(url, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      // Where even that chunk cannot load, its import's failure stands for the network's.
      return (await outage()).recover(this, url, error, signal);
    }
  }

  /**
   * One GET of `url`, revalidating the memory cache; outage.ts retries with it. A good answer
   * ends a run of failures and is kept for a later outage.
   */
  async revalidate(url: string, signal: AbortSignal): Promise<unknown> {
    const cached = this.cache.get(url);
    const headers: Record<string, string> = { accept: 'application/json' };
    // Only when we hold a body to fall back on: the header makes a cross-origin GET preflighted.
    if (cached) headers['if-none-match'] = cached.etag;

    const { response, body } = await this.send(url, { headers }, signal);
    if (body === undefined) {
      if (!cached) throw new ApiError('parse', url, response.status);
      return this.succeeded(url, cached.body); // 304: ours is still current
    }
    const etag = response.headers.get('etag');
    if (etag) this.remember(url, { etag, body });
    return this.succeeded(url, body);
  }

  private succeeded(url: string, body: unknown): unknown {
    this.failures = 0;
    // Keeping it is a bonus: a chunk or storage that fails changes nothing.
    lastGood().then(
      (module) => module.lastGood.store?.put(url, body),
      () => undefined,
    );
    return body;
  }

  /** The parsed body, or `undefined` when there is none or it is not JSON. */
  private async readJson(response: Response, url: string): Promise<unknown> {
    try {
      const text = await response.text();
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch (error) {
      if (!response.ok) return undefined;
      throw new ApiError('parse', url, response.status, undefined, { cause: error });
    }
  }

  private remember(url: string, entry: CacheEntry): void {
    // Re-insert so Map order is least recently stored first; drop the oldest past the cap.
    this.cache.delete(url);
    this.cache.set(url, entry);
    if (this.cache.size > MAX_CACHE_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
