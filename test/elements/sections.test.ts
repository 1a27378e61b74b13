import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { documents, scenarios } from '../../mocks/handlers.js';
import type { PbgdplNewsFeed, PbgdplSections } from '../../src/index.js';
import {
  $,
  $$,
  apiRequests,
  defined,
  expectAccessible,
  find,
  focused,
  mount,
  text,
  untilItems,
  waitFor,
  worker,
} from './helpers.js';

const sections = (attributes = '') =>
  mount<PbgdplSections>(`<pbgdpl-sections ${attributes}></pbgdpl-sections>`);

const tabs = (el: Element) => $$(el, '[role=tab]');
const labels = (el: Element) => tabs(el).map((tab) => tab.textContent?.trim());
const selected = (el: Element) =>
  tabs(el)
    .find((tab) => tab.getAttribute('aria-selected') === 'true')
    ?.textContent?.trim();

/** The section element inside the open panel, once its code has loaded. */
async function openSection(el: Element): Promise<HTMLElement> {
  return waitFor(() => {
    const panel = defined(find(el, '[role=tabpanel]:not([hidden])'), 'open panel');
    return defined(panel.querySelector<HTMLElement>(':scope > :not(div)'), 'section element');
  });
}

const paths = () => apiRequests.map((url) => url.pathname);

describe('<pbgdpl-sections>', () => {
  it('is a whole PBGDPL page: a heading, four tabs, and the first section open', async () => {
    const el = await sections('unit="ninh-binh"');
    const news = await openSection(el);
    expect(news.localName).toBe('pbgdpl-news-feed');
    await untilItems(news);

    const heading = $(el, '[part=heading]');
    expect(heading.textContent?.trim()).toBe('Phổ biến, giáo dục pháp luật');
    expect(heading.getAttribute('aria-level')).toBe('2');
    expect($(el, '[role=tablist]').getAttribute('aria-label')).toBe('Các chuyên mục');
    expect(labels(el)).toEqual([
      'Tin tức',
      'Văn bản pháp luật',
      'Hỏi đáp pháp luật',
      'Tài liệu PBGDPL',
    ]);
    expect(selected(el)).toBe('Tin tức');
    expect(tabs(el).map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);

    // The open panel is named by its tab; the section inside sits one heading level down.
    const panel = $(el, '#panel-news');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-news');
    expect(defined(tabs(el)[0]).getAttribute('aria-controls')).toBe('panel-news');
    expect((news as PbgdplNewsFeed).unit).toBe('ninh-binh');
    expect($(news, '[part=heading]').getAttribute('aria-level')).toBe('3');

    // Only the open section asked for data; the other panels do not exist yet.
    expect(new Set(paths())).toEqual(new Set(['/api/v1/news']));
    expect($$(el, '[role=tabpanel]')).toHaveLength(1);
    await expectAccessible(el);
  });

  it('passes unit and page-size to the sections, and a section keeps its own default otherwise', async () => {
    const el = await sections('unit="ha-noi" page-size="3"');
    await untilItems(await openSection(el));
    const news = defined(apiRequests.find((url) => url.pathname === '/api/v1/news'));
    expect(news.searchParams.get('unit')).toBe('ha-noi');
    expect(news.searchParams.get('pageSize')).toBe('3');

    const plain = await sections('unit="ha-noi"');
    // Below the first, it loads only once it nears the viewport.
    plain.scrollIntoView();
    apiRequests.length = 0;
    await untilItems(await openSection(plain));
    expect(defined(apiRequests[0]).searchParams.get('pageSize')).toBe('5');
  });

  it('chooses and orders sections, skipping unknown names with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await sections('sections="qa, tin-tuc, news, qa"');
    expect(labels(el)).toEqual(['Hỏi đáp pháp luật', 'Tin tức']);
    expect(selected(el)).toBe('Hỏi đáp pháp luật');
    expect((await openSection(el)).localName).toBe('pbgdpl-legal-qa');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"tin-tuc"');
  });

  it('moves between tabs with the arrow keys, Home and End, and opens with Enter', async () => {
    const el = await sections();
    await openSection(el);
    defined(tabs(el)[0]).focus();

    await userEvent.keyboard('{ArrowRight}');
    expect(focused(el)?.textContent?.trim()).toBe('Văn bản pháp luật');
    // Moving focus does not open the tab (its code would download on every arrow press).
    expect(selected(el)).toBe('Tin tức');
    expect(tabs(el).map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1]);

    await userEvent.keyboard('{End}');
    expect(focused(el)?.textContent?.trim()).toBe('Tài liệu PBGDPL');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(el)?.textContent?.trim()).toBe('Tin tức');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused(el)?.textContent?.trim()).toBe('Tài liệu PBGDPL');
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(focused(el)?.textContent?.trim()).toBe('Văn bản pháp luật');

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(selected(el)).toBe('Văn bản pháp luật'));
    expect(location.hash).toBe('#pbgdpl-section=documents');
    const list = await openSection(el);
    expect(list.localName).toBe('pbgdpl-document-list');
    await waitFor(() => expect(paths()).toContain('/api/v1/documents'));
    expect($(el, '#panel-news').hidden).toBe(true);
    await expectAccessible(el);
  });

  it('opens the tab named in the fragment on page load', async () => {
    history.replaceState(null, '', '#host-route&pbgdpl-section=qa');
    const el = await sections();
    expect(selected(el)).toBe('Hỏi đáp pháp luật');
    expect((await openSection(el)).localName).toBe('pbgdpl-legal-qa');
    expect(paths()).not.toContain('/api/v1/news');
  });

  it('opens the tab of a detail linked in the fragment, and the section opens the detail', async () => {
    const doc = defined(documents[0]);
    history.replaceState(null, '', `#pbgdpl-doc=${doc.id}`);
    const el = await sections();
    expect(selected(el)).toBe('Văn bản pháp luật');
    const list = await openSection(el);
    await waitFor(() => expect(text(list, '[part=detail]')).toContain(doc.number));
  });

  it('walks back through the tabs opened with the browser Back button', async () => {
    const el = await sections();
    await openSection(el);
    defined(tabs(el)[1]).click();
    await waitFor(() => expect(selected(el)).toBe('Văn bản pháp luật'));
    defined(tabs(el)[2]).click();
    await waitFor(() => expect(selected(el)).toBe('Hỏi đáp pháp luật'));
    expect(location.hash).toBe('#pbgdpl-section=qa');

    history.back();
    await waitFor(() => expect(selected(el)).toBe('Văn bản pháp luật'));
    const list = await openSection(el);
    history.back();
    await waitFor(() => expect(selected(el)).toBe('Tin tức'));
    // A section opened once is kept (its page, search and scroll), not built again.
    history.forward();
    await waitFor(() => expect(selected(el)).toBe('Văn bản pháp luật'));
    expect(await openSection(el)).toBe(list);
  });

  it('leaves every section its own error state', async () => {
    worker.use(...scenarios.error);
    const el = await sections();
    const news = await openSection(el);
    await waitFor(() => expect(text(news, '[part=error]')).toContain('Không tải được dữ liệu'));
    // The tabs still work: the page is not broken by one failing section.
    defined(tabs(el)[1]).click();
    const list = await openSection(el);
    await waitFor(() => expect(find(list, '[part=error]')).not.toBeNull());
    await expectAccessible(el);
  });

  it('stacks the tabs into a menu when narrow', async () => {
    const el = await sections();
    const tablist = $(el, '[role=tablist]');
    el.style.width = '60rem';
    await waitFor(() => expect(getComputedStyle(tablist).flexDirection).toBe('row'));
    el.style.width = '20rem';
    await waitFor(() => expect(getComputedStyle(tablist).flexDirection).toBe('column'));
    const [first, second] = tabs(el).map((tab) => tab.getBoundingClientRect());
    expect(defined(second).top).toBeGreaterThanOrEqual(defined(first).bottom - 1);
    expect(defined(first).width).toBeGreaterThan(250);
  });

  it('speaks English, live, and its sections follow', async () => {
    const el = await sections();
    const news = await openSection(el);
    await untilItems(news);
    el.setAttribute('lang', 'en');
    await waitFor(() =>
      expect(labels(el)).toEqual(['News', 'Legal documents', 'Legal Q&A', 'Materials']),
    );
    expect($(el, '[part=heading]').textContent?.trim()).toBe('Legal dissemination and education');
    await waitFor(() => expect($(news, '[part=heading]').textContent?.trim()).toBe('PBGDPL news'));
  });

  it('no-heading keeps the page named and lifts the sections one level', async () => {
    const el = await sections('no-heading heading-level="3"');
    const news = await openSection(el);
    expect(find(el, '[part=heading]')).toBeNull();
    expect($(el, 'section').getAttribute('aria-label')).toBe('Phổ biến, giáo dục pháp luật');
    await waitFor(() => expect($(news, '[part=heading]').getAttribute('aria-level')).toBe('3'));
  });
});
