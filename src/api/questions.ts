/**
 * The legal Q&A part of the API client: `questions()`, `question()`, `trackQuestion()`,
 * `challenge()` and `post()`, added to ApiClient when the Q&A section loads. They live here, not
 * in client.ts, so the core chunk every page downloads stays as it is: a page with only the news
 * feed never pays for the question form's transport (see SECTION_ONLY in vite.config.ts).
 */
import { ApiClient, type Query, type RequestOptions } from './client.js';
import { ApiError, isProblem } from './errors.js';
import type {
  AltchaChallenge,
  ListResponse,
  QuestionDetail,
  QuestionQuery,
  QuestionSummary,
  QuestionTracking,
} from './types.js';

/** A `429 Too Many Requests`, with how long the server asked us to wait. */
export class ThrottledError extends ApiError {
  constructor(
    url: string,
    status: number,
    problem: ApiError['problem'],
    /** Seconds to wait before trying again (`Retry-After`), 0 when the server did not say. */
    readonly retryAfter: number,
  ) {
    super('http', url, status, problem);
  }
}

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
     * timeout and typed errors as a GET; a 429 rejects with a ThrottledError.
     */
    post<T>(path: string, body: unknown, options?: PostOptions): Promise<T>;
  }
}

type Send = (url: string, init: RequestInit, options?: RequestOptions) => Promise<unknown>;

/** One request, uncached: the timeout, the caller's abort and typed errors, as in client.ts. */
const send = async function (
  this: ApiClient,
  url: string,
  init: RequestInit,
  options: RequestOptions = {},
): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), this.timeout);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout.signal])
    : timeout.signal;
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const kind = timeout.signal.aborted ? 'timeout' : 'network';
    throw new ApiError(kind, url, undefined, undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch (error) {
    if (response.ok) throw new ApiError('parse', url, response.status, undefined, { cause: error });
  }
  const problem = isProblem(body) ? body : undefined;
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    throw new ThrottledError(url, 429, problem, Number.isFinite(seconds) ? seconds : 0);
  }
  if (!response.ok) throw new ApiError('http', url, response.status, problem);
  if (body === undefined) throw new ApiError('parse', url, response.status);
  return body;
} satisfies ThisType<ApiClient> & Send;

const noStore = <T>(client: ApiClient, path: string, options?: RequestOptions, query?: Query) =>
  send.call(
    client,
    client.url(path, query),
    { headers: { accept: 'application/json' }, cache: 'no-store' },
    options,
  ) as Promise<T>;

Object.assign(ApiClient.prototype, {
  questions(this: ApiClient, query: QuestionQuery = {}, options?: RequestOptions) {
    return this.list('questions', { ...query }, options);
  },
  question(this: ApiClient, id: string, options?: RequestOptions) {
    return this.get(`questions/${encodeURIComponent(id)}`, options);
  },
  trackQuestion(this: ApiClient, code: string, options?: RequestOptions) {
    return noStore<QuestionTracking>(
      this,
      `questions/track/${encodeURIComponent(code.trim())}`,
      options,
    );
  },
  challenge(this: ApiClient, options?: RequestOptions) {
    return noStore<AltchaChallenge>(this, 'altcha/challenge', options);
  },
  post<T>(this: ApiClient, path: string, body: unknown, options: PostOptions = {}) {
    return send.call(
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
