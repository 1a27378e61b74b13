/**
 * The legal Q&A part of the API client: `questions()`, `question()`, `trackQuestion()`,
 * `challenge()` and `post()`, added to ApiClient when the Q&A section loads, over its `send()`.
 * They live here, not in client.ts, so a page with only the news feed never downloads them
 * (see SECTION_ONLY in vite.config.ts).
 */
import { ApiClient, type RequestOptions } from './client.js';
import type {
  AltchaChallenge,
  ListResponse,
  QuestionDetail,
  QuestionQuery,
  QuestionSummary,
  QuestionTracking,
} from './types.js';

export interface PostOptions extends RequestOptions {
  /** Extra request headers, e.g. `{ 'idempotency-key': uuid }`. */
  headers?: Record<string, string>;
}

declare module './client.js' {
  interface ApiClient {
    /** Answered questions, most recently answered first, with `facets.field`. */
    questions(
      query?: QuestionQuery,
      options?: RequestOptions,
    ): Promise<ListResponse<QuestionSummary>>;
    /** One answered question with its answer (HTML, to sanitize) and citations. */
    question(id: string, options?: RequestOptions): Promise<QuestionDetail>;
    /** The asker's view of a question, by tracking code; never cached. */
    trackQuestion(code: string, options?: RequestOptions): Promise<QuestionTracking>;
    /** A fresh single-use proof-of-work challenge for the question form; never cached. */
    challenge(options?: RequestOptions): Promise<AltchaChallenge>;
    /**
     * A JSON POST under `/api/v1/`: no cache, no dedupe (each call is one request), the same
     * timeout and typed errors as a GET (a 429's `Retry-After` is in `retryAfter`).
     */
    post<T>(path: string, body: unknown, options?: PostOptions): Promise<T>;
  }
}

/** A request that must reach the server (fresh challenges, tracking, posts): never cached. */
const uncached = (
  client: ApiClient,
  url: string,
  init: RequestInit,
  options: RequestOptions = {},
) => client.send(url, { ...init, cache: 'no-store' }, options.signal).then(({ body }) => body);

Object.assign(ApiClient.prototype, {
  questions(this: ApiClient, query: QuestionQuery = {}, options?: RequestOptions) {
    return this.list('questions', { ...query }, options);
  },
  question(this: ApiClient, id: string, options?: RequestOptions) {
    return this.get(`questions/${encodeURIComponent(id)}`, options);
  },
  trackQuestion(this: ApiClient, code: string, options?: RequestOptions) {
    const url = this.url(`questions/track/${encodeURIComponent(code.trim())}`);
    return uncached(
      this,
      url,
      { headers: { accept: 'application/json' } },
      options,
    ) as Promise<QuestionTracking>;
  },
  challenge(this: ApiClient, options?: RequestOptions) {
    const url = this.url('altcha/challenge');
    return uncached(
      this,
      url,
      { headers: { accept: 'application/json' } },
      options,
    ) as Promise<AltchaChallenge>;
  },
  post<T>(this: ApiClient, path: string, body: unknown, options: PostOptions = {}) {
    return uncached(
      this,
      this.url(path),
      {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...options.headers,
        },
        body: JSON.stringify(body),
      },
      options,
    ) as Promise<T>;
  },
} satisfies Partial<ApiClient>);
