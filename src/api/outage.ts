/**
 * How GETs ride out an outage of the service: retries, a circuit breaker, and the last good body
 * (last-good.ts) shown with its time. A chunk of its own, loaded on the first failed GET, so
 * pages whose service is up never download it.
 */
import { html } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { viOutage } from '../i18n/vi-outage.js';
import { lazySheet } from '../styles/lazy-sheet.js';
import { type ApiClient, type Notice, notices } from './client.js';
import { ApiError } from './errors.js';
import { lastGood } from './last-good.js';

/** A longer Retry-After than this (ms) is honoured by not retrying at all. */
const MAX_RETRY_AFTER = 10_000;

/** What the client does in an outage; one object for the page, so tests can turn parts off. */
export const policy = {
  /** Retries of a GET the service failed (network, timeout, 5xx, 429). */
  retries: 2,
  /** The first wait (ms) before a retry, doubling, with jitter; a short Retry-After wins. */
  backoff: 500,
  /** Consecutive failed GETs that open the circuit, and for how long (ms) it fails fast. */
  breaker: 3,
  openFor: 60_000,
};

const strings = (t: Translation) => t.outage ?? viOutage;

/** A bar beside the stored content's notice, set apart from the content it speaks of. */
const adoptStyles = lazySheet(`
  [part='stale'] {
    margin-block-end: var(--_s3);
    padding: var(--_s2) var(--_s3);
    border-inline-start: 0.25em solid var(--_accent);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
`);

/** Stored data stands in for the service: say so, and when it was fresh (Vietnam's time). */
const staleNotice =
  (time: number): Notice =>
  (t, root) => {
    adoptStyles(root);
    return html`<p part="stale" role="status">
      ${strings(t).stale(
        new Date(time).toLocaleString(t.locale, {
          ...t.dateFormat,
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Asia/Ho_Chi_Minh',
        }),
      )}
    </p>`;
  };

/** Nothing stored: where the reader can still look, when the request was for a unit's data. */
function unitLink({ url }: ApiError): Notice | undefined {
  const unit = new URL(url).searchParams.get('unit');
  const base = url.slice(0, url.indexOf('/api/v1/'));
  return unit
    ? (t) =>
        html`<p part="unit-page">
          <a href="${base}/units/${encodeURIComponent(unit)}">${strings(t).unitPage}</a>
        </p>`
    : undefined;
}

/** A failure of the service itself: worth retrying, and worth falling back on stored data. */
function isOutage(error: unknown): error is ApiError {
  if (!(error instanceof ApiError)) return false;
  const { kind, status = 0 } = error;
  return kind === 'network' || kind === 'timeout' || status >= 500 || status === 429;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * After a GET failed with `error`: if the service is down, the fresh body from retries, else the
 * stored one with a notice of its time, else `error` with a link to look elsewhere. While the
 * circuit is open nothing is retried.
 */
export async function recover(
  client: ApiClient,
  url: string,
  error: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  if (!isOutage(error)) {
    // The service answered (a 4xx, a broken body): it is up, and the error stands.
    client.failures = 0;
    throw error;
  }
  const stored = lastGood.store?.get(url);
  let failure = error;
  if (!client.open) {
    // Past the breaker's window a single try probes the service: no retries.
    for (let attempt = 0; client.failures < policy.breaker && attempt < policy.retries; attempt++) {
      const wait = failure.retryAfter
        ? failure.retryAfter * 1000
        : policy.backoff * 2 ** attempt * (0.5 + Math.random() / 2);
      if (wait > MAX_RETRY_AFTER) break;
      await sleep(wait, signal);
      try {
        return await client.revalidate(url, signal);
      } catch (retryError) {
        if (signal.aborted || !isOutage(retryError)) throw retryError;
        failure = retryError;
      }
    }
    if (++client.failures >= policy.breaker) {
      client.open = true;
      setTimeout(() => (client.open = false), policy.openFor);
    }
  }
  const copy = await stored;
  if (!copy) {
    notices.set(failure, unitLink(failure));
    throw failure;
  }
  // Bodies are JSON objects; this one is a fresh copy from storage, shown with its time.
  notices.set(copy.body as object, staleNotice(copy.time));
  return copy.body;
}
