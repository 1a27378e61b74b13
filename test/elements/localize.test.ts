import { describe, expect, it, vi } from 'vitest';
import type { PbgdplNewsFeed } from '../../src/index.js';
import { $, defined, mount, untilItems, waitFor } from './helpers.js';

/** A news feed inside another component's shadow root, as a CMS widget might place it. */
async function feedInShadow(innerMarkup: string, hostLang?: string) {
  const host = await mount<HTMLDivElement>('<div></div>');
  if (hostLang) host.lang = hostLang;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = innerMarkup;
  const el = defined(root.querySelector<PbgdplNewsFeed>('pbgdpl-news-feed'));
  await untilItems(el);
  return { host, root, el };
}

const heading = (el: Element) => $(el, '[part=heading]').textContent?.trim();

describe('LocalizeController', () => {
  it('finds the nearest lang across shadow roots', async () => {
    const { el } = await feedInShadow('<pbgdpl-news-feed></pbgdpl-news-feed>', 'en');
    // English loads on first use, after the Vietnamese first paint.
    await waitFor(() => expect(heading(el)).toBe('PBGDPL news'));
  });

  it('re-renders when a lang inside an enclosing shadow root changes', async () => {
    const { root, el } = await feedInShadow(
      '<div lang="en"><pbgdpl-news-feed></pbgdpl-news-feed></div>',
    );
    expect(heading(el)).toBe('PBGDPL news');
    defined(root.querySelector('div')).lang = 'vi';
    await waitFor(() => expect(heading(el)).toBe('Tin tức hoạt động PBGDPL'));
  });

  it('treats en-GB as English and a language it does not speak as Vietnamese', async () => {
    const el = await mount<PbgdplNewsFeed>('<pbgdpl-news-feed lang="en-GB"></pbgdpl-news-feed>');
    await untilItems(el);
    expect(heading(el)).toBe('PBGDPL news');
    el.lang = 'fr';
    await waitFor(() => expect(heading(el)).toBe('Tin tức hoạt động PBGDPL'));
  });

  it('stops observing once the element leaves the page', async () => {
    const el = await mount<PbgdplNewsFeed>('<pbgdpl-news-feed></pbgdpl-news-feed>');
    await untilItems(el);
    const update = vi.spyOn(el, 'requestUpdate');
    el.remove();
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(update).not.toHaveBeenCalled();
  });
});
