import type { Problem } from './types.js';

/** What went wrong, in the terms an element needs to choose its message. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse';

/**
 * The one error type the ApiClient rejects with (aborts by the caller excepted), so elements
 * render a failure as a state instead of guessing at `unknown`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    /** The HTTP status for `http` errors. */
    readonly status?: number,
    /** The RFC 9457 problem the server sent, when it sent one. */
    readonly problem?: Problem,
    options?: ErrorOptions & { retryAfter?: number },
  ) {
    super(problem?.title ?? (status ? `HTTP ${status}` : kind), options);
    this.retryAfter = options?.retryAfter ?? 0;
  }

  /** Seconds the server asked us to wait (`Retry-After` on a 429 or 503), 0 when it did not say. */
  readonly retryAfter: number;
}

/** Wraps anything thrown into an ApiError; used at the edge where `unknown` enters. */
export function toApiError(error: unknown, url = ''): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('network', url, undefined, undefined, { cause: error });
}

export function isProblem(value: unknown): value is Problem {
  const v = value as Partial<Problem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.title === 'string' &&
    typeof v.status === 'number'
  );
}
