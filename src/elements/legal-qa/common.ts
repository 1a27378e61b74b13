/**
 * What <pbgdpl-legal-qa> and its lazily loaded ask form (ask.ts, outbox.ts) both need: a page
 * that never opens the form checks its outbox with this alone, without downloading the form.
 */

/** Version of the privacy notice shown beside the consent box; stored in the consent receipt. */
export const NOTICE_VERSION = 'qa-2026.1';

export const STORAGE_PREFIX = 'pbgdpl-qa:';

/** The localStorage key of the outbox of one service and unit. */
export const outboxKey = (namespace: string): string => `${STORAGE_PREFIX}outbox:${namespace}`;

/** Whether an earlier visit left submissions queued (cheap: one localStorage read). */
export function hasQueued(namespace: string): boolean {
  try {
    return !!globalThis.localStorage?.getItem(outboxKey(namespace));
  } catch {
    return false;
  }
}
