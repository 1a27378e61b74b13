/**
 * Nothing lost, nothing duplicated: the ask form's draft and its outbox of submissions, both in
 * localStorage and namespaced per service and unit.
 *
 * Each submission gets an Idempotency-Key when the citizen presses "send" and keeps it for every
 * retry, so the server stores it once however many times it arrives. A network error, a timeout
 * or a 5xx keeps it queued: it is retried with exponential backoff and jitter, when the browser
 * comes back online and on the next visit. A 409 (the same key still in flight) and a 429 (wait
 * `Retry-After`) are retried too; any other 4xx is the citizen's to fix and leaves the queue.
 */
import { ApiError } from '../../api/errors.js';
import type { QuestionReceipt, QuestionSubmission } from '../../api/types.js';
import { outboxKey, STORAGE_PREFIX as PREFIX } from './common.js';

/** What the form holds, without the proof of work (fetched fresh for each attempt). */
export type QuestionDraft = Omit<QuestionSubmission, 'altcha'>;

export interface QueuedSubmission {
  /** The Idempotency-Key (UUID) of this submission, the same for every attempt. */
  key: string;
  body: QuestionDraft;
  /** Attempts that failed in a way worth retrying. */
  attempts: number;
}

/** Sends one queued submission; rejects with an ApiError. */
export type Sender = (entry: QueuedSubmission, signal: AbortSignal) => Promise<QuestionReceipt>;

export type OutboxEvent =
  | { kind: 'sent'; entry: QueuedSubmission; receipt: QuestionReceipt }
  | { kind: 'queued'; entry: QueuedSubmission; error: ApiError; retryIn: number }
  | { kind: 'failed'; entry: QueuedSubmission; error: ApiError };

export interface OutboxOptions {
  /** Which service and unit: one outbox and one draft per pair. */
  namespace: string;
  send: Sender;
  /** Told of every outcome, including those of background retries. */
  onEvent?: (event: OutboxEvent) => void;
  storage?: Storage;
  /** For tests: [0, 1). */
  random?: () => number;
  /** First retry delay in ms; doubles each attempt up to `maxDelay`. */
  baseDelay?: number;
  maxDelay?: number;
}

/** The storage, or undefined where there is none (private modes, sandboxed frames). */
function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read<T>(storage: Storage | undefined, key: string): T | undefined {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or forbidden: the form still works, it just cannot survive a reload.
  }
}

/** The draft kept while the citizen types: what they typed, never the consent or the honeypot. */
export type DraftFields = Partial<
  Pick<QuestionDraft, 'title' | 'question' | 'field' | 'name' | 'email' | 'phone'>
>;

export function loadDraft(namespace: string, storage = defaultStorage()): DraftFields | undefined {
  return read(storage, `${PREFIX}draft:${namespace}`);
}

export function saveDraft(
  namespace: string,
  draft: DraftFields | undefined,
  storage = defaultStorage(),
): void {
  const empty = !draft || Object.values(draft).every((value) => !value);
  write(storage, `${PREFIX}draft:${namespace}`, empty ? undefined : draft);
}

/** Whether a failure is worth another attempt with the same key. */
export function isRetryable(error: ApiError): boolean {
  if (error.kind !== 'http') return true;
  const status = error.status ?? 0;
  if (status >= 500 || status === 409 || status === 429) return true;
  // A proof that expired or was used while we waited: a fresh one may pass.
  return /altcha-(expired|spent)$/.test(error.problem?.type ?? '');
}

export class Outbox {
  private readonly key: string;
  private readonly storage: Storage | undefined;
  private readonly options: OutboxOptions;
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private controller?: AbortController;

  constructor(options: OutboxOptions) {
    this.options = options;
    this.storage = options.storage ?? defaultStorage();
    this.key = outboxKey(options.namespace);
  }

  /** Submissions waiting to be sent, oldest first. */
  get queue(): QueuedSubmission[] {
    return read<QueuedSubmission[]>(this.storage, this.key) ?? [];
  }

  /** Listens for the browser coming online and sends what an earlier visit left queued. */
  start(): void {
    globalThis.addEventListener('online', this.handleOnline);
    if (this.queue.length) void this.flush();
  }

  /** Stops listening and retrying (the element left the page); the queue stays stored. */
  stop(): void {
    globalThis.removeEventListener('online', this.handleOnline);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
  }

  /** Queues a new submission under a new Idempotency-Key and tries to send it at once. */
  async submit(body: QuestionDraft): Promise<void> {
    const entry: QueuedSubmission = { key: crypto.randomUUID(), body, attempts: 0 };
    this.store([...this.queue, entry]);
    await this.flush();
  }

  /** Sends every queued submission now (the "try now" button, `online`, a scheduled retry). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // One run at a time: a second caller waits for the running one instead of sending twice.
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private readonly handleOnline = (): void => void this.flush();

  private async run(): Promise<void> {
    for (;;) {
      const entry = this.queue[0];
      if (!entry) return;
      this.controller = new AbortController();
      try {
        const receipt = await this.options.send(entry, this.controller.signal);
        this.remove(entry.key);
        this.options.onEvent?.({ kind: 'sent', entry, receipt });
      } catch (thrown) {
        if (this.controller.signal.aborted) return;
        const error =
          thrown instanceof ApiError ? thrown : new ApiError('network', '', undefined, undefined);
        if (!isRetryable(error)) {
          this.remove(entry.key);
          this.options.onEvent?.({ kind: 'failed', entry, error });
          continue;
        }
        const updated = { ...entry, attempts: entry.attempts + 1 };
        this.store(this.queue.map((e) => (e.key === entry.key ? updated : e)));
        const retryIn = this.delay(updated.attempts, error);
        this.options.onEvent?.({ kind: 'queued', entry: updated, error, retryIn });
        this.timer = setTimeout(() => void this.flush(), retryIn);
        return;
      }
    }
  }

  /** Exponential backoff with "equal jitter", or what `Retry-After` asked for. */
  private delay(attempts: number, error: ApiError): number {
    if (error.status === 429 && error.retryAfter > 0) return error.retryAfter * 1000;
    const base = this.options.baseDelay ?? 2000;
    const max = this.options.maxDelay ?? 5 * 60_000;
    const ceiling = Math.min(max, base * 2 ** (attempts - 1));
    const random = this.options.random ?? Math.random;
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  private remove(key: string): void {
    this.store(this.queue.filter((entry) => entry.key !== key));
  }

  private store(queue: QueuedSubmission[]): void {
    write(this.storage, this.key, queue.length ? queue : undefined);
  }
}
