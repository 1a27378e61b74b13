import { describe, expect, it } from 'vitest';
import { newsItems } from '../../mocks/handlers.js';
import type { PbgdplNewsFeed } from '../../src/index.js';
import { $, apiRequests, defined, find, mount, untilItems, waitFor } from './helpers.js';

const first = defined(newsItems[0]);

/** A news feed at the foot of a long host page, 5000 px below the top. */
async function farFeed(): Promise<PbgdplNewsFeed> {
  await mount('<div style="height: 5000px"></div>');
  return mount<PbgdplNewsFeed>('<pbgdpl-news-feed></pbgdpl-news-feed>');
}

/** Long enough for the observer to have answered, and for a request to have gone out. */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('a widget far below the viewport', () => {
  it('asks the service for nothing, holding its place, until the reader scrolls near', async () => {
    const el = await farFeed();
    await settle();
    expect(apiRequests).toEqual([]);
    expect(find(el, '[part=skeleton]')).not.toBeNull();

    el.scrollIntoView();
    await untilItems(el);
    expect(apiRequests.map((url) => url.pathname)).toEqual(['/api/v1/news']);

    // Once seen, it loads like any other: a page change while scrolled away still loads.
    window.scrollTo(0, 0);
    $(el, '[part=pagination] button:last-of-type').click();
    await waitFor(() => expect(apiRequests).toHaveLength(2));
  });

  it('opens a detail a link points at at once: the reader asked for it', async () => {
    history.replaceState(null, '', `#pbgdpl-news=${first.id}`);
    await farFeed();
    // First, before the list: the detail does not wait for the widget to come into view (and
    // once open, its heading takes focus, which brings the widget there).
    await waitFor(() =>
      expect(apiRequests.map((url) => url.pathname)).toEqual([
        `/api/v1/news/${first.id}`,
        '/api/v1/news',
      ]),
    );
  });
});
