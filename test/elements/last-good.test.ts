import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { type LastGood, lastGood, openLastGood } from '../../src/api/last-good.js';
import { $$, find, mount, text, untilItems, waitFor, worker } from './helpers.js';

describe('last-good store (real IndexedDB)', () => {
  it('keeps bodies, evicts the oldest past the entry and size limits, and forgets old ones', async () => {
    const store = openLastGood(`t-${Math.random()}`, {
      maxEntries: 2,
      maxBytes: 40,
      maxAge: 60_000,
    });
    await store.put('a', { n: 1 });
    await store.put('b', { n: 2 });
    await store.put('c', { n: 3 });
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('c'))?.body).toEqual({ n: 3 });
    // 36 bytes of JSON: with b and c (7 each) the store is over 40, so both go.
    await store.put('d', { text: 'x'.repeat(25) });
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBeUndefined();
    expect((await store.get('d'))?.body).toEqual({ text: 'x'.repeat(25) });

    const old = openLastGood(`t-${Math.random()}`, { maxEntries: 9, maxBytes: 999, maxAge: -1 });
    await old.put('e', { n: 5 });
    expect(await old.get('e')).toBeUndefined();
  });
});

describe('a widget in an outage', () => {
  it('shows stored news with "Cập nhật lúc" and its time, then fresh news once the service is back', async () => {
    const stored = new Map<string, LastGood>();
    lastGood.store = {
      get: async (url) => stored.get(url),
      put: async (url, body) =>
        void stored.set(url, { body, time: Date.parse('2026-03-01T08:30:00Z') }),
    };
    const fresh = await mount('<pbgdpl-news-feed unit="ninh-binh"></pbgdpl-news-feed>');
    const titles = (await untilItems(fresh)).map((item) => item.innerText);
    await waitFor(() => expect(stored.size).toBe(1));
    fresh.remove();

    // A later visit while the service is down.
    worker.use(http.get('*/api/v1/news', () => HttpResponse.error()));
    const el = await mount('<pbgdpl-news-feed unit="ninh-binh"></pbgdpl-news-feed>');
    expect((await untilItems(el)).map((item) => item.innerText)).toEqual(titles);
    const notice = $$(el, '[part=stale]')[0];
    expect(notice?.getAttribute('role')).toBe('status');
    // 08:30 UTC is 15:30 in Vietnam.
    expect(text(el)).toMatch(/Cập nhật lúc .*15:30/);

    // The service is back: the next load (here, a smaller page) is fresh, and says nothing more.
    worker.resetHandlers();
    el.setAttribute('page-size', '3');
    await waitFor(() => expect($$(el, '[part=item]')).toHaveLength(3));
    expect(find(el, '[part=stale]')).toBeNull();
    expect(text(el)).not.toContain('Cập nhật lúc');
  });

  it('links to the unit page when nothing is stored', async () => {
    worker.use(http.get('*/api/v1/news', () => HttpResponse.error()));
    const el = await mount('<pbgdpl-news-feed unit="ninh-binh"></pbgdpl-news-feed>');
    await waitFor(() => expect(find(el, '[part=unit-page] a')).not.toBeNull());
    expect(find(el, '[part=unit-page] a')?.getAttribute('href')).toBe(
      `${location.origin}/units/ninh-binh`,
    );
    expect(find(el, '[part=error]')).not.toBeNull();
  });
});
