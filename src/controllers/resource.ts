import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { notices } from '../api/client.js';
import { ApiError, toApiError } from '../api/errors.js';

export { initialState };

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** The inputs; a change (shallow compare) aborts the running request and starts another. */
  args: () => A;
  /** Loads the resource; return `initialState` to show nothing (e.g. no item selected). */
  load: (args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
  /** The latest result arrived and has been rendered. */
  onComplete?: (value: T) => void;
  /** The latest request failed and the error state has been rendered. */
  onError?: (error: ApiError) => void;
  /**
   * Loads at once, wherever the widget is: only a reader's action sets these arguments (a
   * detail opened, by a click or by a link to it). Otherwise nothing loads until the widget
   * nears the viewport.
   */
  eager?: boolean;
}

export interface ResourceRenderers<T> {
  initial?: () => unknown;
  /** `previous` is the last result, so a page change can keep it on screen while loading. */
  pending: (previous: T | undefined) => unknown;
  complete: (value: T) => unknown;
  error: (error: ApiError) => unknown;
}

/** Per widget, what the observer calls to end the wait, and the wait its loads share. */
const arrivals = new WeakMap<Element, () => void>();
const nearby = new WeakMap<Element, Promise<void>>();
/** One observer for every widget: each starts loading 600 px before it scrolls into view. */
const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            if (isIntersecting) {
              observer?.unobserve(target);
              arrivals.get(target)?.();
            }
          }
        },
        { rootMargin: '600px' },
      )
    : undefined;

/**
 * Resolves once `element` is within 600 px of the viewport, and from then on at once. A page
 * with widgets far below the fold (or hidden in a closed tab) asks the service for nothing until
 * the reader gets there. Without IntersectionObserver, at once.
 */
function near(element: Element): Promise<void> {
  let promise = nearby.get(element);
  if (!promise) {
    promise = observer
      ? new Promise((resolve) => {
          arrivals.set(element, resolve);
          observer.observe(element);
        })
      : Promise.resolve();
    nearby.set(element, promise);
  }
  return promise;
}

/**
 * An element's view of one API resource: a ReactiveController over @lit/task (abort on change,
 * latest wins) whose failures are ApiError values to render, never exceptions for the host page.
 */
export class ResourceController<A extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<A, T>;
  private readonly onError?: (error: ApiError) => void;
  /** Called once the host has rendered the latest outcome, so listeners see the new DOM. */
  private notify?: () => void;
  /** A request was cut short by disconnection and must run again on reconnection. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost & Element, options: ResourceOptions<A, T>) {
    host.addController(this);
    this.onError = options.onError;
    this.task = new Task<A, T>(host, {
      args: options.args,
      task: async (args, { signal }) => {
        try {
          // A run superseded while it waited goes no further: the client refuses its signal.
          if (!options.eager) await near(host);
          const value = await options.load(args, signal);
          if (!signal.aborted) {
            // The widget's notice is its latest load's: none for fresh data or a 4xx.
            notices.set(host, notices.get(value as object));
            if (value !== initialState) this.notify = () => options.onComplete?.(value);
          }
          return value;
        } catch (error) {
          // An aborted run has been superseded: Task drops its outcome, so do we.
          if (signal.aborted) throw error;
          const apiError = toApiError(error);
          // The error state draws the failure's own notice (states.ts).
          notices.delete(host);
          this.notify = () => options.onError?.(apiError);
          throw apiError;
        }
      },
    });
  }

  /** The last successful result, if any. */
  get value(): T | undefined {
    return this.task.value;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.retry();
    }
  }

  hostDisconnected(): void {
    // A widget taken off the page stops waiting: no work and no events for a detached element.
    if (this.pending) {
      this.interrupted = true;
      this.task.abort();
    }
  }

  hostUpdated(): void {
    const status = this.task.status;
    if (this.notify && (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR)) {
      const notify = this.notify;
      this.notify = undefined;
      notify();
    }
  }

  /** Runs the request again with the current arguments (the error state's retry button). */
  retry(): void {
    void this.task.run();
  }

  render(renderers: ResourceRenderers<T>): unknown {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return renderers.pending(this.task.value);
      case TaskStatus.COMPLETE:
        try {
          return renderers.complete(this.task.value as T);
        } catch {
          // An answer the templates cannot show (the bundle has no schema validator: a field
          // missing, a wrong type, a date Intl refuses) is the error state, never an exception
          // thrown into the host page with the widget stuck loading.
          const error = new ApiError('parse', '');
          if (this.notify) this.notify = () => this.onError?.(error);
          return renderers.error(error);
        }
      case TaskStatus.ERROR:
        return renderers.error(toApiError(this.task.error));
      default:
        return renderers.initial?.();
    }
  }
}
