import { describe, expect, it, vi } from 'vitest';
import type { PbgdplNewsFeed, PbgdplSections } from '../../src/index.js';
import { $, defined, expectAccessible, mount, untilItems, waitFor } from './helpers.js';

const feed = (attributes = '') =>
  mount<PbgdplNewsFeed>(`<pbgdpl-news-feed unit="ninh-binh" ${attributes}></pbgdpl-news-feed>`);

/** The computed colours a reader sees: the page's text, the panel, the heading and a link. */
function colours(el: HTMLElement) {
  return {
    scheme: getComputedStyle(el).colorScheme,
    panel: getComputedStyle($(el, '.base')).backgroundColor,
    heading: getComputedStyle($(el, '[part=heading]')).color,
    link: getComputedStyle($(el, '[part=link]')).color,
  };
}

describe('theme', () => {
  it('is reflected both ways', async () => {
    const el = await feed('theme="dark"');
    expect(el.theme).toBe('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).toBe('light');
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.theme).toBeUndefined();
  });

  it('takes the host page colours without a theme, and paints its own panel with one', async () => {
    document.body.style.color = 'rgb(51, 51, 51)';
    try {
      const el = await feed();
      await untilItems(el);
      expect(colours(el)).toEqual({
        scheme: 'normal',
        panel: 'rgba(0, 0, 0, 0)',
        heading: 'rgb(51, 51, 51)',
        link: 'rgb(11, 92, 173)',
      });

      el.theme = 'dark';
      await el.updateComplete;
      expect(colours(el)).toEqual({
        scheme: 'dark',
        panel: 'rgb(34, 34, 34)',
        heading: 'rgb(238, 238, 238)',
        link: 'rgb(136, 187, 255)',
      });

      el.theme = 'light';
      await el.updateComplete;
      expect(colours(el)).toEqual({
        scheme: 'light',
        panel: 'rgb(255, 255, 255)',
        heading: 'rgb(34, 34, 34)',
        link: 'rgb(11, 92, 173)',
      });
    } finally {
      document.body.style.color = '';
    }
  });

  it('follows the system with auto', async () => {
    const el = await feed('theme="auto"');
    await untilItems(el);
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(colours(el).scheme).toBe(dark ? 'dark' : 'light');
    expect(colours(el).panel).toBe(dark ? 'rgb(34, 34, 34)' : 'rgb(255, 255, 255)');
  });

  it("lets the page's own tokens win over the theme", async () => {
    const wrapper = await mount(
      `<div style="--pbgdpl-primary: #a4161a; --pbgdpl-text: #f5e6c8; --pbgdpl-font-family: Georgia">
        <pbgdpl-news-feed unit="ninh-binh" theme="dark"></pbgdpl-news-feed>
      </div>`,
    );
    const el = defined(wrapper.querySelector<PbgdplNewsFeed>('pbgdpl-news-feed'));
    await untilItems(el);
    expect(colours(el)).toMatchObject({
      scheme: 'dark',
      panel: 'rgb(34, 34, 34)',
      heading: 'rgb(245, 230, 200)',
      link: 'rgb(164, 22, 26)',
    });
    expect(getComputedStyle($(el, '[part=heading]')).fontFamily).toBe('Georgia');
  });

  it('warns once about a bad value and keeps the host page colours', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await feed('theme="purple"');
    await feed('theme="purple"');
    expect(el.theme).toBeUndefined();
    expect(el.hasAttribute('theme')).toBe(false);
    expect(getComputedStyle(el).colorScheme).toBe('normal');
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      '[pbgdpl] <pbgdpl-news-feed> theme="purple" is not valid (expected light, dark, auto); the default applies.',
    ]);
  });

  it('passes the theme on to the sections of <pbgdpl-sections>, one panel for all', async () => {
    const el = await mount<PbgdplSections>(
      '<pbgdpl-sections unit="ninh-binh" theme="dark"></pbgdpl-sections>',
    );
    const section = await waitFor(() => defined($(el, '[role=tabpanel] > pbgdpl-news-feed')));
    await untilItems(section);
    expect(section.getAttribute('theme')).toBe('dark');
    expect(getComputedStyle($(section, '.base')).paddingTop).toBe('0px');
    el.theme = 'light';
    await waitFor(() => expect(section.getAttribute('theme')).toBe('light'));
  });

  it('applies an em font size once, also to the sections inside <pbgdpl-sections>', async () => {
    const wrapper = await mount(
      `<div style="font-size: 16px; --pbgdpl-font-size: 1.25em">
        <pbgdpl-sections unit="ninh-binh"></pbgdpl-sections>
      </div>`,
    );
    const el = defined(wrapper.querySelector<PbgdplSections>('pbgdpl-sections'));
    const section = await waitFor(() => defined($(el, '[role=tabpanel] > pbgdpl-news-feed')));
    expect(getComputedStyle(el).fontSize).toBe('20px');
    expect(getComputedStyle(section).fontSize).toBe('20px');
  });

  it('has no axe violations in the dark theme', async () => {
    const el = await feed('theme="dark" layout="cards"');
    await untilItems(el);
    await expectAccessible(el);
  });
});
