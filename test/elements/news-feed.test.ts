import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { newsItems, scenarios, unsafeNewsItem } from '../../mocks/handlers.js';
import type { PbgdplNewsFeed } from '../../src/index.js';
import {
  $,
  $$,
  apiRequests,
  defined,
  expectAccessible,
  find,
  focused,
  mount,
  next,
  text,
  untilItems,
  waitFor,
  worker,
} from './helpers.js';

const feed = (attributes = '') =>
  mount<PbgdplNewsFeed>(`<pbgdpl-news-feed ${attributes}></pbgdpl-news-feed>`);
const query = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);
const first = defined(newsItems[0]);

describe('<pbgdpl-news-feed>', () => {
  describe('defaults', () => {
    it('asks for the first page of 5 and shows the items as a citizen reads them', async () => {
      const el = await feed();
      const loaded = next(el, 'pbgdpl-load');
      const items = await untilItems(el);

      expect(apiRequests).toHaveLength(1);
      expect(defined(apiRequests[0]).pathname).toBe('/api/v1/news');
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '5' });
      expect(items).toHaveLength(5);

      const heading = $(el, '[part=heading]');
      expect(heading.getAttribute('role')).toBe('heading');
      expect(heading.getAttribute('aria-level')).toBe('2');
      expect(heading.textContent?.trim()).toBe('Tin tức hoạt động PBGDPL');

      const item = defined(items[0]);
      const title = defined(item.querySelector('[role=heading]'));
      expect(title.getAttribute('aria-level')).toBe('3');
      expect(title.textContent?.trim()).toBe(first.title);
      const time = defined(item.querySelector('time'));
      expect(time.textContent).toBe('09/11/2026');
      expect(time.getAttribute('datetime')).toBe(first.publishedAt);
      expect(item.textContent).toContain('Ngày Pháp luật Việt Nam');
      expect(item.textContent).toContain(first.unitName);
      expect(item.textContent).toContain(first.summary);

      const img = defined(item.querySelector('img'));
      expect(img.alt).toBe(defined(first.image).alt);
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('width')).toBe('320');
      expect(img.getAttribute('height')).toBe('180');
      expect(img.src).toBe(`${location.origin}${defined(first.image).url}`);

      // The item without an image shows no broken image.
      const noImage = defined(items.find((li) => li.textContent?.includes('Gia Viễn kiện toàn')));
      expect(noImage.querySelector('img')).toBeNull();

      expect(text(el, '[part=pagination]')).toContain('Trang 1/3');
      expect(text(el, '[part=pagination]')).toContain('14 tin');
      expect((await loaded).detail).toEqual({ count: 5, total: 14 });
      await expectAccessible(el);
    });

    it('reflects layout="list" and links every title to its deep link', async () => {
      const el = await feed();
      await untilItems(el);
      expect(el.getAttribute('layout')).toBe('list');
      const link = $(el, '[part=link]') as HTMLAnchorElement;
      expect(new URL(link.href).hash).toBe(`#pbgdpl-news=${first.id}`);
    });
  });

  describe('attributes', () => {
    it('sends unit, category and page-size to the API', async () => {
      const el = await feed('unit="ninh-binh" category="ngay-phap-luat" page-size="3"');
      const items = await untilItems(el);
      expect(query(apiRequests[0])).toEqual({
        unit: 'ninh-binh',
        category: 'ngay-phap-luat',
        page: '1',
        pageSize: '3',
      });
      expect(items).toHaveLength(2);
      expect(items.every((li) => li.textContent?.includes('Ngày Pháp luật Việt Nam'))).toBe(true);
      // One page only: no pagination.
      expect(find(el, '[part=pagination]')).toBeNull();
    });

    it('requests again from page 1 when an attribute changes', async () => {
      const el = await feed('page-size="4"');
      await untilItems(el);
      ($(el, '[part=next]') as HTMLButtonElement).click();
      await waitFor(() => expect(text(el, '[part=pagination]')).toContain('Trang 2/4'));
      el.setAttribute('unit', 'xa-gia-vien');
      await waitFor(() => expect(apiRequests.at(-1)?.searchParams.get('unit')).toBe('xa-gia-vien'));
      expect(query(apiRequests.at(-1))).toEqual({ unit: 'xa-gia-vien', page: '1', pageSize: '4' });
    });

    it('uses the api attribute as the service root, also for images', async () => {
      const el = await feed('api="https://pbgdpl.example/"');
      const items = await untilItems(el);
      expect(defined(apiRequests[0]).origin).toBe('https://pbgdpl.example');
      expect(defined(defined(items[0]).querySelector('img')).src).toBe(
        `https://pbgdpl.example${defined(first.image).url}`,
      );
    });

    it('sets the heading text and level; items go one level below', async () => {
      const el = await feed('heading="Tin tức pháp luật của xã" heading-level="3"');
      await untilItems(el);
      const heading = $(el, '[part=heading]');
      expect(heading.textContent?.trim()).toBe('Tin tức pháp luật của xã');
      expect(heading.getAttribute('aria-level')).toBe('3');
      expect($(el, '[part=item] [role=heading]').getAttribute('aria-level')).toBe('4');
    });

    it('no-heading hides the heading but keeps the section named', async () => {
      const el = await feed('no-heading heading-level="3"');
      await untilItems(el);
      expect(find(el, '[part=heading]')).toBeNull();
      expect($(el, 'section').getAttribute('aria-label')).toBe('Tin tức hoạt động PBGDPL');
      expect($(el, '[part=item] [role=heading]').getAttribute('aria-level')).toBe('3');
      await expectAccessible(el);
    });

    it.each(['cards', 'compact'])('lays items out as %s, accessibly', async (layout) => {
      const el = await feed(`layout="${layout}"`);
      await untilItems(el);
      expect(el.layout).toBe(layout);
      const summary = $(el, '[part=summary]');
      expect(getComputedStyle(summary).display).toBe(layout === 'compact' ? 'none' : 'block');
      await expectAccessible(el);
    });

    it('warns once about a bad value and falls back to the default', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const el = await feed('page-size="abc" heading-level="9" layout="grid" category="tin-hot"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '5' });
      expect($(el, '[part=heading]').getAttribute('aria-level')).toBe('2');
      expect(el.layout).toBe('list');
      const messages = warn.mock.calls.map((call) => String(call[0]));
      expect(messages).toHaveLength(4);
      expect(messages.every((m) => m.startsWith('[pbgdpl] <pbgdpl-news-feed>'))).toBe(true);
      expect(messages.find((m) => m.includes('page-size="abc"'))).toBeDefined();

      // The same bad value again (another element, a re-render) does not repeat the warnings.
      const again = await feed('page-size="abc"');
      // Below the first, it loads only once it nears the viewport.
      again.scrollIntoView();
      await untilItems(again);
      again.heading = 'Tin mới';
      await again.updateComplete;
      expect(warn).toHaveBeenCalledTimes(4);

      // Out of range is bad too.
      const big = await feed('page-size="999"');
      big.scrollIntoView();
      await untilItems(big);
      expect(query(apiRequests.at(-1))).toMatchObject({ pageSize: '5' });
      expect(warn).toHaveBeenCalledTimes(5);
    });
  });

  describe('states', () => {
    it('shows placeholders and says it is loading', async () => {
      worker.use(...scenarios.loading);
      const el = await feed();
      expect(find(el, '[part=skeleton]')).not.toBeNull();
      expect($(el, '[role=status]').textContent).toBe('Đang tải…');
      expect($(el, '[part=skeleton]').getBoundingClientRect().height).toBeGreaterThan(200);
      await expectAccessible(el);
    });

    it('says when there is no news', async () => {
      worker.use(...scenarios.empty);
      const el = await feed('unit="xa-gia-vien"');
      const loaded = next(el, 'pbgdpl-load');
      expect((await loaded).detail).toEqual({ count: 0, total: 0 });
      expect(text(el, '[part=empty]')).toBe('Chưa có tin nào.');
      expect(find(el, '[part=pagination]')).toBeNull();
      await expectAccessible(el);
    });

    it('shows an error with a retry button, and retrying recovers', async () => {
      worker.use(...scenarios.error);
      const el = await feed();
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error).toMatchObject({ kind: 'http', status: 500 });
      expect(failed.detail.error.problem?.title).toBe('Lỗi máy chủ');
      expect($(el, '[role=alert]').textContent).toBe('Không tải được dữ liệu. Vui lòng thử lại.');
      await expectAccessible(el);

      worker.resetHandlers();
      const retry = $(el, '[part=retry]');
      expect(retry.textContent?.trim()).toBe('Thử lại');
      retry.focus();
      await userEvent.keyboard('{Enter}');
      await untilItems(el);
      expect(apiRequests).toHaveLength(2);
      // Focus goes to the first item, not back to the top of the page.
      await waitFor(() => expect(focused(el)).toBe($(el, '[part=link]')));
    });

    it('reports a network failure in words a citizen understands', async () => {
      worker.use(http.get('*/api/v1/news', () => Response.error()));
      const el = await feed();
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error.kind).toBe('network');
      expect($(el, '[role=alert]').textContent).toContain('Không kết nối được máy chủ');
    });
  });

  describe('pages', () => {
    it('pages forward and back, moving focus to the first item of the new page', async () => {
      const el = await feed();
      await untilItems(el);
      const previous = $(el, '[part=previous]');
      expect(previous.getAttribute('aria-disabled')).toBe('true');

      const nextButton = $(el, '[part=next]');
      nextButton.focus();
      const loaded = next(el, 'pbgdpl-load');
      await userEvent.keyboard('{Enter}');
      expect((await loaded).detail).toEqual({ count: 5, total: 14 });
      expect(query(apiRequests.at(-1))).toEqual({ page: '2', pageSize: '5' });
      expect(text(el, '[part=pagination]')).toContain('Trang 2/3');
      expect(text(el, '[part=list]')).toContain(defined(newsItems[5]).title);
      await waitFor(() => expect(focused(el)?.textContent).toBe(defined(newsItems[5]).title));

      ($(el, '[part=next]') as HTMLButtonElement).click();
      await waitFor(() => expect(text(el, '[part=pagination]')).toContain('Trang 3/3'));
      expect($$(el, '[part=item]')).toHaveLength(4);
      expect($(el, '[part=next]').getAttribute('aria-disabled')).toBe('true');
      ($(el, '[part=next]') as HTMLButtonElement).click(); // at the end: nothing happens
      ($(el, '[part=previous]') as HTMLButtonElement).click();
      await waitFor(() => expect(text(el, '[part=pagination]')).toContain('Trang 2/3'));
      expect(apiRequests.map((url) => url.searchParams.get('page'))).toEqual(['1', '2', '3', '2']);
    });
  });

  describe('detail', () => {
    it('opens by keyboard, focuses the heading, and Back returns focus to the item', async () => {
      const el = await feed();
      await untilItems(el);
      const select = next(el, 'pbgdpl-select');

      await userEvent.tab();
      expect(focused(el)).toBe($(el, '[part=link]'));
      await userEvent.keyboard('{Enter}');
      expect((await select).detail).toEqual({ id: first.id });

      await waitFor(() => expect(find(el, '[part=body]')).not.toBeNull());
      const heading = $(el, '#detail-heading');
      expect(focused(el)).toBe(heading);
      expect(heading.textContent?.trim()).toBe(first.title);
      expect(find(el, '[part=list]')).toBeNull();
      expect(text(el, '[part=detail]')).toContain('Đăng ngày 09/11/2026');
      expect(text(el, '[part=detail]')).toContain('Tác giả: Ban Thư ký Hội đồng');
      expect($(el, '[part=body] li')?.textContent).toContain('Treo băng rôn');
      expect(location.hash).toBe(`#pbgdpl-news=${first.id}`);
      expect(defined(apiRequests.at(-1)).pathname).toBe(`/api/v1/news/${first.id}`);
      await expectAccessible(el);

      await userEvent.tab({ shift: true });
      expect(focused(el)).toBe($(el, '[part=back]'));
      expect($(el, '[part=back]').textContent).toContain('Quay lại danh sách');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      await waitFor(() => expect(focused(el)).toBe($(el, `[data-id="${first.id}"]`)));
      expect(location.hash).toBe('');
    });

    it('leaves the host page its own fragment', async () => {
      history.replaceState(null, '', '#muc-tin-tuc');
      const el = await feed();
      await untilItems(el);
      ($(el, '[part=link]') as HTMLAnchorElement).click();
      expect(location.hash).toBe(`#muc-tin-tuc&pbgdpl-news=${first.id}`);
      await el.updateComplete;
      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(location.hash).toBe('#muc-tin-tuc'));
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
    });

    it('lets the host take over: a cancelled pbgdpl-select opens nothing', async () => {
      const el = await feed();
      await untilItems(el);
      el.addEventListener('pbgdpl-select', (event) => event.preventDefault());
      ($(el, '[part=link]') as HTMLAnchorElement).click();
      await el.updateComplete;
      expect(find(el, '[part=detail]')).toBeNull();
      expect(location.hash).toBe('');
    });

    it('opens from a deep link in the fragment, and the browser Back closes it', async () => {
      const el = await feed();
      await untilItems(el);
      const item = defined(newsItems[3]);
      location.hash = `pbgdpl-news=${item.id}`;
      await waitFor(() => expect($(el, '#detail-heading')?.textContent?.trim()).toBe(item.title));
      await waitFor(() => expect(find(el, '[part=body]')).not.toBeNull());

      history.back();
      await waitFor(() => expect(find(el, '[part=detail]')).toBeNull());
      expect(find(el, '[part=list]')).not.toBeNull();
    });

    it('opens the detail when the page loads with the fragment', async () => {
      const item = defined(newsItems[6]);
      history.replaceState(null, '', `#pbgdpl-news=${item.id}`);
      const el = await feed();
      await waitFor(() => expect(find(el, '[part=body]')).not.toBeNull());
      expect($(el, '#detail-heading').textContent?.trim()).toBe(item.title);
      expect(focused(el)).toBe($(el, '#detail-heading'));
      // Back to the list without a history entry of ours: the fragment is removed in place.
      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      expect(location.hash).toBe('');
    });

    it('shows "not found" with retry for an unknown id, and never throws', async () => {
      history.replaceState(null, '', '#pbgdpl-news=khong-co-tin-nay');
      const el = await feed();
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error.status).toBe(404);
      expect($(el, '[role=alert]').textContent).toBe(
        'Không tìm thấy nội dung này. Có thể tin đã được gỡ bỏ.',
      );
      expect(find(el, '[part=back]')).not.toBeNull();
      await expectAccessible(el);
    });

    it('renders the body only after sanitizing it', async () => {
      const win = window as Window & { __pbgdplXss?: string };
      delete win.__pbgdplXss;
      history.replaceState(null, '', `#pbgdpl-news=${unsafeNewsItem.id}`);
      const el = await feed('api="https://pbgdpl.example"');
      await waitFor(() => expect(find(el, '[part=body]')).not.toBeNull());
      const body = $(el, '[part=body]');
      expect(body.textContent).toContain('Đoạn văn hợp lệ trước mã độc.');
      expect(body.querySelector('script')).toBeNull();
      expect(body.querySelector('[onerror]')).toBeNull();
      expect(body.innerHTML).not.toContain('javascript:');
      const docs = defined(body.querySelector<HTMLAnchorElement>('a[href$="/api/docs"]'));
      expect(docs.href).toBe('https://pbgdpl.example/api/docs');
      expect(docs.rel).toBe('noopener noreferrer');
      // Give a broken image time to fire onerror, had it survived.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.__pbgdplXss).toBeUndefined();
    });
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor, live, with English dates', async () => {
      const host = await mount<HTMLDivElement>(
        '<div lang="en"><pbgdpl-news-feed></pbgdpl-news-feed></div>',
      );
      const el = defined(host.querySelector('pbgdpl-news-feed'));
      const items = await untilItems(el);
      // English loads on first use, after the Vietnamese first paint.
      await waitFor(() => expect($(el, '[part=heading]').textContent?.trim()).toBe('PBGDPL news'));
      expect(defined(defined(items[0]).querySelector('time')).textContent).toBe('9 November 2026');
      expect(defined(items[0]).textContent).toContain('Vietnam Law Day');
      expect(text(el, '[part=pagination]')).toContain('Page 1 of 3');
      expect(text(el, '[part=pagination]')).toContain('14 items');
      expect(text(el, '[part=pagination]')).toContain('Next page');
      expect($(el, 'section').lang).toBe('en');
      await expectAccessible(el);

      host.lang = 'vi';
      await waitFor(() =>
        expect($(el, '[part=heading]').textContent?.trim()).toBe('Tin tức hoạt động PBGDPL'),
      );
      expect(defined(defined(items[0]).querySelector('time')).textContent).toBe('09/11/2026');
    });

    it('follows the document language, and its own lang attribute first', async () => {
      document.documentElement.lang = 'en';
      const el = await feed();
      await untilItems(el);
      expect($(el, '[part=heading]').textContent?.trim()).toBe('PBGDPL news');
      el.lang = 'vi';
      await waitFor(() =>
        expect($(el, '[part=heading]').textContent?.trim()).toBe('Tin tức hoạt động PBGDPL'),
      );
    });

    it('speaks English in the error state too', async () => {
      worker.use(...scenarios.error);
      const el = await feed('lang="en"');
      await next(el, 'pbgdpl-error');
      expect($(el, '[role=alert]').textContent).toBe(
        'The data could not be loaded. Please try again.',
      );
      expect($(el, '[part=retry]').textContent?.trim()).toBe('Try again');
    });
  });
});
