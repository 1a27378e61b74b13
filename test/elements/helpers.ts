/** Shared set-up for element tests: the MSW worker, mounting, waiting, and axe. */
import axe from 'axe-core';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import { withoutOutageHandling } from '../../mocks/outage.js';
import '../../src/index.js';

export const worker = setupWorker(...handlers);

/** Every API request the worker saw in the current test. */
export let apiRequests: URL[] = [];

worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.pathname.includes('/api/v1/')) apiRequests.push(url);
});

beforeAll(async () => {
  // The test page says lang="en"; a Vietnamese host page is the default case.
  document.documentElement.lang = 'vi';
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});

beforeEach(withoutOutageHandling);

afterEach(() => {
  worker.resetHandlers();
  apiRequests = [];
  document.body.replaceChildren();
  document.documentElement.lang = 'vi';
  history.replaceState(null, '', location.pathname + location.search);
  vi.restoreAllMocks();
});

afterAll(() => worker.stop());

/** Puts markup in the page and returns its first element, once upgraded and rendered. */
export async function mount<T extends Element = HTMLElement>(markup: string): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** The value, or a failed test saying it was missing. */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/** The first matching element inside a widget's shadow root, or null. */
export function find(host: Element, selector: string): HTMLElement | null {
  return host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** The first matching element inside a widget's shadow root; fails the test when missing. */
export function $(host: Element, selector: string): HTMLElement {
  return defined(find(host, selector), selector);
}

export function $$(host: Element, selector: string): HTMLElement[] {
  return [...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** The visible text of a widget (shadow DOM included), whitespace collapsed. */
export function text(host: Element, selector = '.base'): string {
  return (find(host, selector)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside the widget, if any. */
export function focused(host: Element): Element | null {
  return host.shadowRoot?.activeElement ?? null;
}

/** Resolves with the next event of that type. */
export function next<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}

/** Waits until the widget shows a list of items. */
export async function untilItems(host: Element): Promise<HTMLElement[]> {
  await waitFor(() => expect($$(host, '[part=item]').length).toBeGreaterThan(0));
  return $$(host, '[part=item]');
}

/** axe-core on the element, shadow DOM included: zero violations, listed if any. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element);
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(violations).toEqual([]);
}

/**
 * `vi.waitFor` with room to breathe: its 1 s default fails on a busy 2-core CI machine while the
 * server and browser projects run side by side. Still bounded, so a real failure still fails.
 */
export function waitFor<T>(callback: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return vi.waitFor(callback, { timeout, interval: 25 });
}
