/**
 * Graceful shutdown: on SIGTERM (orchestrators) or SIGINT (Ctrl+C) stop accepting connections,
 * let the requests in flight finish (a question being committed must be stored and answered,
 * not cut off), then close the store. A second signal, or the grace period running out, ends
 * the process at once: a stuck request must not keep a deploy waiting forever.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from './store/store.js';

/** Orchestrators usually wait 30 s before SIGKILL; finish well within that. */
export const DEFAULT_GRACE_MS = 10_000;

export interface ShutdownOptions {
  graceMs?: number;
  /** Test seam: process.exit. */
  exit?: (code: number) => void;
}

/** Closes `app`, then `store`; exits 0 when both closed, 1 on failure, timeout or a second call. */
export function gracefulShutdown(
  app: FastifyInstance,
  store: Store,
  { graceMs = DEFAULT_GRACE_MS, exit = (code) => process.exit(code) }: ShutdownOptions = {},
): (signal: string) => Promise<void> {
  let closing = false;
  return async (signal) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal: exiting without waiting');
      return exit(1);
    }
    closing = true;
    app.log.info({ signal, graceMs }, 'shutting down: finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error({ graceMs }, 'requests still running after the grace period: exiting');
      exit(1);
    }, graceMs);
    // The timer alone must not keep the process alive once everything has closed.
    timer.unref();
    try {
      // Fastify stops accepting, answers new requests on open connections with 503, closes
      // idle keep-alive connections and resolves once every request in flight has ended.
      await app.close();
      await store.close();
      clearTimeout(timer);
      exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      exit(1);
    }
  };
}
