import { describe, expect, it } from 'vitest';
import type { PbgdplNewsFeed, PbgdplProvider } from '../../src/index.js';
import {
  $,
  apiRequests,
  defined,
  expectAccessible,
  mount,
  untilItems,
  waitFor,
} from './helpers.js';

describe('<pbgdpl-provider>', () => {
  it('gives the widgets inside its unit, api and lang, from their first request', async () => {
    const provider = await mount<PbgdplProvider>(
      `<pbgdpl-provider api="https://pbgdpl.example" unit="xa-gia-vien" lang="en">
        <pbgdpl-news-feed></pbgdpl-news-feed>
      </pbgdpl-provider>`,
    );
    const el = defined(provider.querySelector<PbgdplNewsFeed>('pbgdpl-news-feed'));
    const items = await untilItems(el);
    expect(getComputedStyle(provider).display).toBe('contents');
    expect(apiRequests).toHaveLength(1);
    expect(defined(apiRequests[0]).origin).toBe('https://pbgdpl.example');
    expect(defined(apiRequests[0]).searchParams.get('unit')).toBe('xa-gia-vien');
    // English loads on first use, after the Vietnamese first paint.
    await waitFor(() => expect($(el, '[part=heading]').textContent?.trim()).toBe('PBGDPL news'));
    // The commune sees its own news and those of its province and the national level.
    const units = new Set(
      items.map((li) => defined(li.querySelector('.meta span:nth-child(3)')).textContent),
    );
    expect(units).toEqual(
      new Set(['Xã Gia Viễn', 'Tỉnh Ninh Bình', 'Hội đồng phối hợp PBGDPL Trung ương']),
    );
    await expectAccessible(provider);
  });

  it("lets a widget's own attributes win, and passes on changes", async () => {
    const provider = await mount<PbgdplProvider>(
      `<pbgdpl-provider unit="ninh-binh">
        <pbgdpl-news-feed unit="bo-tu-phap"></pbgdpl-news-feed>
        <pbgdpl-news-feed></pbgdpl-news-feed>
      </pbgdpl-provider>`,
    );
    const [own, inherited] = provider.querySelectorAll<PbgdplNewsFeed>('pbgdpl-news-feed');
    await untilItems(defined(own));
    await untilItems(defined(inherited));
    expect(apiRequests.map((url) => url.searchParams.get('unit')).sort()).toEqual([
      'bo-tu-phap',
      'ninh-binh',
    ]);

    provider.unit = 'ha-noi';
    provider.setAttribute('lang', 'en');
    await waitFor(() => expect(apiRequests.at(-1)?.searchParams.get('unit')).toBe('ha-noi'));
    await waitFor(() =>
      expect($(defined(inherited), '[part=heading]').textContent?.trim()).toBe('PBGDPL news'),
    );
    expect(apiRequests.filter((url) => url.searchParams.get('unit') === 'bo-tu-phap')).toHaveLength(
      1,
    );
  });
});
