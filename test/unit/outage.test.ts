import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, notices } from '../../src/api/client.js';
import { type LastGood, lastGood, openLastGood } from '../../src/api/last-good.js';
import { policy } from '../../src/api/outage.js';
import { handlers } from '../../mocks/handlers.js';

const server = setupServer(...handlers);
const defaults = { ...policy };
let attempts = 0;
let stored: Map<string, LastGood>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
server.events.on('request:start', () => void attempts++);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
  stored = new Map();
  lastGood.store = {
    get: async (url) => stored.get(url),
    put: async (url, body) => void stored.set(url, { body, time: Date.now() }),
  };
});
afterEach(() => {
  server.resetHandlers();
  attempts = 0;
  Object.assign(policy, defaults);
  vi.useRealTimers();
});
afterAll(() => server.close());

/** A client of its own: no memory cache or breaker state shared with other tests. */
const client = () => new ApiClient(location.origin);
const down = () => server.use(http.get('*/api/v1/news', () => HttpResponse.error()));

/** Runs `promise` to its end while fake timers skip the backoff waits (not the breaker's 60 s). */
async function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  const [result] = await Promise.all([
    Promise.allSettled([promise]),
    vi.advanceTimersByTimeAsync(10_000),
  ]);
  return result[0] as PromiseSettledResult<T>;
}

describe('ApiClient in an outage', () => {
  it('retries network failures twice with growing waits, then fails', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    down();
    const result = await settle(client().news());
    expect(result).toMatchObject({ status: 'rejected', reason: { kind: 'network' } });
    expect(attempts).toBe(3);
    // Backoff waits (not the 8 s request timeouts): 250–500 ms, then 500–1000 ms.
    const waits = timeouts.mock.calls.map(([, ms]) => ms ?? 0).filter((ms) => ms !== 8000);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(250);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[1]).toBeGreaterThanOrEqual(500);
    expect(waits[1]).toBeLessThanOrEqual(1000);
  });

  it('never retries a 4xx, and waits a short Retry-After on a 503', async () => {
    server.use(http.get('*/api/v1/news', () => HttpResponse.json({}, { status: 404 })));
    expect(await settle(client().news())).toMatchObject({ reason: { status: 404 } });
    expect(attempts).toBe(1);

    attempts = 0;
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    server.use(
      http.get('*/api/v1/news', () =>
        HttpResponse.json({}, { status: 503, headers: { 'retry-after': '2' } }),
      ),
    );
    expect(await settle(client().news())).toMatchObject({ reason: { status: 503 } });
    expect(attempts).toBe(3);
    expect(timeouts.mock.calls.filter(([, ms]) => ms === 2000)).toHaveLength(2);
  });

  it('opens the circuit after 3 failed GETs, fails fast for 60 s, then tries once more', async () => {
    const c = client();
    down();
    for (let page = 1; page <= 3; page++) await settle(c.news({ page }));
    expect(attempts).toBe(9);

    attempts = 0;
    expect(await settle(c.news({ page: 9 }))).toMatchObject({ reason: { kind: 'network' } });
    expect(attempts).toBe(0);

    server.resetHandlers();
    await vi.advanceTimersByTimeAsync(50_000);
    expect((await settle(c.news({ page: 1 }))).status).toBe('fulfilled');
    expect(attempts).toBe(1);
  });

  it('counts only failures in a row: a good answer between them keeps the circuit closed', async () => {
    const c = client();
    down();
    for (let page = 1; page <= 2; page++) await settle(c.news({ page }));
    server.resetHandlers();
    expect((await settle(c.news({ page: 3 }))).status).toBe('fulfilled');

    down();
    await settle(c.news({ page: 4 }));
    attempts = 0;
    // Two failures since the good answer: this GET still reaches the service, with retries.
    expect(await settle(c.news({ page: 5 }))).toMatchObject({ reason: { kind: 'network' } });
    expect(attempts).toBe(3);
  });

  it('serves the stored body with a notice when the service is down, fresh data after', async () => {
    const first = await client().news({ unit: 'ninh-binh' });
    await vi.waitFor(() => expect(stored.size).toBe(1));

    // A new visit (a new client, empty memory) while the service is down.
    down();
    const offline = client();
    const result = await settle(offline.news({ unit: 'ninh-binh' }));
    expect(result).toEqual({ status: 'fulfilled', value: first });
    if (result.status === 'fulfilled') expect(notices.get(result.value)).toBeTypeOf('function');

    server.resetHandlers();
    const fresh = await offline.news({ unit: 'ninh-binh' });
    expect(fresh).toEqual(first);
    expect(notices.get(fresh)).toBeUndefined();
  });

  it('fails as before with nothing stored, and when storage itself fails', async () => {
    down();
    // No IndexedDB here: the real store keeps nothing and never throws.
    lastGood.store = openLastGood();
    const result = await settle(client().news());
    expect(result).toMatchObject({ status: 'rejected', reason: { kind: 'network' } });
  });
});
