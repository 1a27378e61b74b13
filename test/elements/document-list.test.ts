import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { documents, scenarios } from '../../mocks/handlers.js';
import type { PbgdplDocumentList } from '../../src/index.js';
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

const list = (attributes = '') =>
  mount<PbgdplDocumentList>(`<pbgdpl-document-list ${attributes}></pbgdpl-document-list>`);
const query = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);
const lastQuery = () => query(apiRequests.filter((u) => u.pathname === '/api/v1/documents').at(-1));
const doc = (number: string) =>
  defined(
    documents.find((d) => d.number === number),
    number,
  );
const titles = (el: Element) => $$(el, '[part=link]').map((a) => a.textContent?.trim());
const select = (el: Element, name: string) => $(el, `select[name=${name}]`) as HTMLSelectElement;
const options = (el: Element, name: string) =>
  [...select(el, name).options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());

const landLaw = doc('31/2024/QH15');
const oldLandLaw = doc('45/2013/QH13');
const newest = defined(documents[0]);

describe('<pbgdpl-document-list>', () => {
  describe('defaults', () => {
    it('asks for the first page and shows each document as a citizen reads it', async () => {
      const el = await list();
      const loaded = next(el, 'pbgdpl-load');
      const items = await untilItems(el);

      expect(apiRequests).toHaveLength(1);
      expect(defined(apiRequests[0]).pathname).toBe('/api/v1/documents');
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '10' });
      expect((await loaded).detail).toEqual({ count: 10, total: 18 });
      expect(items).toHaveLength(10);

      expect($(el, '[part=heading]').textContent?.trim()).toBe('Văn bản pháp luật');
      const item = defined(items[0]);
      expect(defined(item.querySelector('[role=heading]')).getAttribute('aria-level')).toBe('3');
      expect(item.querySelector('[part=link]')?.textContent?.trim()).toBe(newest.title);
      expect(item.querySelector('[part=kind]')?.textContent).toMatch(
        /Quyết định\s*25\/2026\/QĐ-UBND/,
      );
      expect(item.querySelector('[part=badge]')?.textContent?.trim()).toBe('Chưa có hiệu lực');
      expect(item.querySelector('[part=meta]')?.textContent).toContain('Ủy ban nhân dân cấp tỉnh');
      const times = [...item.querySelectorAll('time')].map((t) => [t.dateTime, t.textContent]);
      expect(times).toEqual([
        ['2026-11-10', '10/11/2026'],
        ['2026-12-01', '01/12/2026'],
      ]);
      expect(text(el, '[part=count]')).toBe('18 văn bản');
      expect(text(el, '[part=pagination]')).toContain('Trang 1/2');

      // Search and filters with a visible label each; options carry their counts.
      expect(text(el, 'label[for=q]')).toBe('Tìm văn bản');
      expect(options(el, 'type')).toContain('Luật (10)');
      expect(options(el, 'type')[0]).toBe('Tất cả');
      expect(options(el, 'status')).toEqual([
        'Tất cả',
        'Còn hiệu lực (13)',
        'Chưa có hiệu lực (1)',
        'Hết hiệu lực một phần (1)',
        'Hết hiệu lực toàn bộ (2)',
        'Ngưng hiệu lực (1)',
      ]);
      expect(select(el, 'sort').selectedOptions[0]?.textContent?.trim()).toBe('Mới ban hành');
      await expectAccessible(el);
    });

    it('badges every status with text and a shape, and a border that survives forced colours', async () => {
      const el = await list('page-size="50"');
      await untilItems(el);
      const badges = $$(el, '[part=badge]');
      const byStatus = new Map(badges.map((b) => [b.dataset['status'], b]));
      expect([...byStatus.keys()].sort()).toEqual(
        ['expired', 'in-force', 'not-yet-in-force', 'partly-expired', 'suspended'].sort(),
      );
      const shapes = new Set(
        badges.map((b) => defined(b.querySelector('svg path')).getAttribute('d')),
      );
      expect(shapes.size).toBe(5);
      for (const badge of byStatus.values()) {
        expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
        expect(parseFloat(getComputedStyle(badge).borderTopWidth)).toBeGreaterThan(0);
      }
      expect(defined(byStatus.get('suspended')).textContent?.trim()).toBe('Ngưng hiệu lực');
    });
  });

  describe('attributes', () => {
    it('sends every filter attribute to the API, and shows them as chosen', async () => {
      const el = await list(
        'unit="ninh-binh" type="luat" issuer="quoc-hoi" field="dat-dai" status="in-force" page-size="5"',
      );
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({
        unit: 'ninh-binh',
        type: 'luat',
        issuer: 'quoc-hoi',
        field: 'dat-dai',
        status: 'in-force',
        page: '1',
        pageSize: '5',
      });
      expect(titles(el)).toEqual([landLaw.title]);
      expect(select(el, 'type').value).toBe('luat');
      expect(select(el, 'field').value).toBe('dat-dai');
      expect(find(el, '[part=clear]')).not.toBeNull();
    });

    it('sends q and view, with the view as the default heading', async () => {
      const el = await list('q="đất đai" view="new"');
      await waitFor(() => expect(find(el, '[part=list], [part=empty]')).not.toBeNull());
      expect(query(apiRequests[0])).toEqual({
        q: 'đất đai',
        view: 'new',
        page: '1',
        pageSize: '10',
      });
      expect($(el, '[part=heading]').textContent?.trim()).toBe('Văn bản mới ban hành');
      expect(($(el, '[part=search-input]') as HTMLInputElement).value).toBe('đất đai');
    });

    it('view="upcoming" lists what takes effect soon, soonest first', async () => {
      const el = await list('view="upcoming"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({ view: 'upcoming', page: '1', pageSize: '10' });
      expect($(el, '[part=heading]').textContent?.trim()).toBe('Văn bản sắp có hiệu lực');
      expect(titles(el)).toEqual([newest.title]);
      expect(select(el, 'sort').selectedOptions[0]?.textContent?.trim()).toBe(
        'Sắp có hiệu lực trước',
      );
      await expectAccessible(el);
    });

    it('no-search and no-filters leave a compact list', async () => {
      const el = await list('no-search no-filters page-size="3"');
      await untilItems(el);
      expect(find(el, '[part=search]')).toBeNull();
      expect(find(el, '[part=filters]')).toBeNull();
      expect($$(el, '[part=item]')).toHaveLength(3);
      await expectAccessible(el);
    });

    it('warns once about each bad value and falls back', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const el = await list('type="bao-cao" status="con-hieu-luc" view="old" page-size="0"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '10' });
      const messages = warn.mock.calls.map((call) => String(call[0]));
      expect(messages).toHaveLength(4);
      expect(messages.every((m) => m.startsWith('[pbgdpl] <pbgdpl-document-list>'))).toBe(true);
      expect(messages.find((m) => m.includes('type="bao-cao"'))).toContain('luat');
      expect(messages.find((m) => m.includes('view="old"'))).toContain('new or upcoming');

      const again = await list('type="bao-cao"');
      // Below the first, it loads only once it nears the viewport.
      again.scrollIntoView();
      await untilItems(again);
      again.heading = 'Văn bản';
      await again.updateComplete;
      expect(warn).toHaveBeenCalledTimes(4);
    });
  });

  describe('search', () => {
    it('searches as you type, once typing pauses, and announces the count', async () => {
      const el = await list();
      await untilItems(el);
      const input = $(el, '[part=search-input]');
      input.focus();
      await userEvent.keyboard('luat dat dai');
      await waitFor(() => expect(lastQuery()).toMatchObject({ q: 'luat dat dai' }));
      // Not a request per keystroke (12 of them): only when typing pauses. On a slow machine a
      // pause may fall mid-word, so allow a couple, never one per key.
      const searches = apiRequests.filter((url) => url.searchParams.has('q'));
      expect(searches.length).toBeGreaterThanOrEqual(1);
      expect(searches.length).toBeLessThanOrEqual(3);
      await waitFor(() => expect(titles(el)[0]).toBe(landLaw.title));
      expect(titles(el)).toEqual([landLaw.title, oldLandLaw.title, doc('102/2024/NĐ-CP').title]);
      await waitFor(() =>
        expect($(el, '[role=status]').textContent?.trim()).toBe('Tìm thấy 3 văn bản.'),
      );
      // Matches are marked, though typed without diacritics; the text is unchanged.
      const link = $(el, '[part=link]');
      expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
        'Luật',
        'Đất',
        'đai',
      ]);
      expect(link.textContent).toBe('Luật Đất đai');
      // While searching, the natural order is relevance.
      expect(select(el, 'sort').selectedOptions[0]?.textContent?.trim()).toBe('Phù hợp nhất');
      expect(focused(el)).toBe(input);
      await expectAccessible(el);
    });

    it('searches at once on Enter, and finds a number typed in any shape', async () => {
      const el = await list();
      await untilItems(el);
      $(el, '[part=search-input]').focus();
      await userEvent.keyboard('13/2023/nd-cp{Enter}');
      await waitFor(() => expect(lastQuery()).toMatchObject({ q: '13/2023/nd-cp' }));
      await waitFor(() => expect(titles(el)[0]).toBe(doc('13/2023/NĐ-CP').title));
      // Enter cancelled the pending debounced search: once past its delay, still one request.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const searches = apiRequests.filter((url) => url.searchParams.get('q') === '13/2023/nd-cp');
      expect(searches).toHaveLength(1);
      expect(text(el, '[part=item] [part=kind] mark')).toBe('13');
      expect($(el, '[part=item] [part=badge]').textContent?.trim()).toBe('Hết hiệu lực toàn bộ');
    });

    it('says when nothing matches, and clearing the search brings the list back', async () => {
      const el = await list();
      await untilItems(el);
      $(el, '[part=search-input]').focus();
      await userEvent.keyboard('khong co van ban nao{Enter}');
      await waitFor(() => expect(find(el, '[part=empty]')).not.toBeNull());
      expect(text(el, '[part=empty]')).toContain('Không tìm thấy văn bản phù hợp');
      await waitFor(() =>
        expect($(el, '[role=status]').textContent?.trim()).toBe('Không tìm thấy văn bản nào.'),
      );
      await expectAccessible(el);
      await userEvent.clear($(el, '[part=search-input]'));
      await userEvent.keyboard('{Enter}');
      await untilItems(el);
      expect(lastQuery()).toEqual({ page: '1', pageSize: '10' });
    });
  });

  describe('filters, sort and pages', () => {
    it('filters by each facet, with counts over the other filters, and clears them', async () => {
      const el = await list();
      await untilItems(el);
      await userEvent.selectOptions(select(el, 'type'), 'luat');
      await waitFor(() => expect(lastQuery()).toMatchObject({ type: 'luat' }));
      await waitFor(() => expect(text(el, '[part=count]')).toBe('10 văn bản'));
      // The type facet still offers the other types; the field facet counts laws only.
      expect(options(el, 'type')).toContain('Nghị định (4)');
      expect(options(el, 'field')).toContain('Đất đai (2)');
      await waitFor(() =>
        expect($(el, '[role=status]').textContent?.trim()).toBe('Tìm thấy 10 văn bản.'),
      );

      await userEvent.selectOptions(select(el, 'field'), 'dat-dai');
      await userEvent.selectOptions(select(el, 'status'), 'expired');
      await waitFor(() =>
        expect(lastQuery()).toEqual({
          type: 'luat',
          field: 'dat-dai',
          status: 'expired',
          page: '1',
          pageSize: '10',
        }),
      );
      await waitFor(() => expect(titles(el)).toEqual([oldLandLaw.title]));

      await userEvent.selectOptions(select(el, 'issuer'), 'quoc-hoi');
      await waitFor(() => expect(lastQuery()).toMatchObject({ issuer: 'quoc-hoi' }));
      await expectAccessible(el);

      ($(el, '[part=clear]') as HTMLButtonElement).click();
      await waitFor(() => expect(lastQuery()).toEqual({ page: '1', pageSize: '10' }));
      await waitFor(() => expect(text(el, '[part=count]')).toBe('18 văn bản'));
      expect(select(el, 'type').value).toBe('');
      expect(find(el, '[part=clear]')).toBeNull();
    });

    it('filters by issue date range', async () => {
      const el = await list();
      await untilItems(el);
      const from = $(el, 'input[name=from]') as HTMLInputElement;
      await userEvent.fill(from, '2024-01-01');
      from.dispatchEvent(new Event('change', { bubbles: true }));
      const to = $(el, 'input[name=to]') as HTMLInputElement;
      await userEvent.fill(to, '2024-12-31');
      to.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() =>
        expect(lastQuery()).toMatchObject({ from: '2024-01-01', to: '2024-12-31' }),
      );
      await waitFor(() => expect(text(el, '[part=count]')).toBe('5 văn bản'));
      expect(to.min).toBe('2024-01-01');
      expect(from.max).toBe('2024-12-31');
    });

    it('sorts by newest effective date', async () => {
      const el = await list();
      await untilItems(el);
      expect(options(el, 'sort')).toEqual(['Mới ban hành', 'Mới có hiệu lực']);
      await userEvent.selectOptions(select(el, 'sort'), 'effective');
      await waitFor(() => expect(lastQuery()).toMatchObject({ sort: 'effective' }));
      await waitFor(() => expect(titles(el)[0]).toBe(newest.title));
      expect(titles(el)[1]).toBe(doc('09/2026/TT-BTP').title);
    });

    it('pages forward and back, focusing the first document of the new page', async () => {
      const el = await list();
      await untilItems(el);
      expect($(el, '[part=previous]').getAttribute('aria-disabled')).toBe('true');
      $(el, '[part=next]').focus();
      const loaded = next(el, 'pbgdpl-load');
      await userEvent.keyboard('{Enter}');
      expect((await loaded).detail).toEqual({ count: 8, total: 18 });
      expect(lastQuery()).toEqual({ page: '2', pageSize: '10' });
      expect(text(el, '[part=pagination]')).toContain('Trang 2/2');
      await waitFor(() => expect(focused(el)).toBe($(el, '[part=link]')));
      expect($(el, '[part=next]').getAttribute('aria-disabled')).toBe('true');

      // A new filter starts again at page 1.
      await userEvent.selectOptions(select(el, 'type'), 'nghi-dinh');
      await waitFor(() => expect(lastQuery()).toMatchObject({ type: 'nghi-dinh', page: '1' }));
    });
  });

  describe('detail', () => {
    it('opens by keyboard with every field, and Back returns focus to the document', async () => {
      const el = await list('type="luat" no-search no-filters');
      await untilItems(el);
      const select = next(el, 'pbgdpl-select');
      const link = defined($$(el, '[part=link]').find((a) => a.dataset['id'] === landLaw.id));
      link.focus();
      await userEvent.keyboard('{Enter}');
      expect((await select).detail).toEqual({ id: landLaw.id });
      await waitFor(() => expect(find(el, '[part=fields]')).not.toBeNull());
      const heading = $(el, '#detail-heading');
      expect(heading.textContent?.trim()).toBe('Luật Đất đai');
      expect(focused(el)).toBe(heading);
      expect(location.hash).toBe(`#pbgdpl-doc=${landLaw.id}`);
      expect(defined(apiRequests.at(-1)).pathname).toBe(`/api/v1/documents/${landLaw.id}`);

      const fields = text(el, '[part=fields]');
      for (const expected of [
        'Số ký hiệu 31/2024/QH15',
        'Loại văn bản Luật',
        'Cơ quan ban hành Quốc hội',
        'Người ký Vương Đình Huệ (Chủ tịch Quốc hội)',
        'Ngày ban hành 18/01/2024',
        'Ngày có hiệu lực 01/08/2024',
        'Tình trạng hiệu lực Còn hiệu lực',
        'Lĩnh vực Đất đai',
      ]) {
        expect(fields).toContain(expected);
      }
      expect(text(el, '[part=detail]')).toContain(landLaw.summary);
      const files = $$(el, '[part=attachments] a') as HTMLAnchorElement[];
      expect(files.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
        'Luật 31/2024/QH15 (bản PDF) (PDF, 2,6 MB)',
        'Luật 31/2024/QH15 (bản Word) (DOCX, 920,2 kB)',
      ]);
      expect(defined(files[0]).href).toBe(`${location.origin}/files/documents/${landLaw.id}.pdf`);
      const related = text(el, '[part=related]');
      expect(related).toContain('Văn bản bị thay thế 45/2013/QH13 Luật Đất đai');
      expect(related).toContain('Văn bản sửa đổi, bổ sung 43/2024/QH15');
      expect(related).toContain('Văn bản hướng dẫn 102/2024/NĐ-CP');
      // Only documents in the corpus are links.
      expect($$(el, '[part=related] a').map((a) => a.dataset['id'])).toEqual([
        doc('102/2024/NĐ-CP').id,
        oldLandLaw.id,
      ]);
      const source = $(el, '[part=source]') as HTMLAnchorElement;
      expect(source.href).toBe('https://vbpl.vn/');
      expect(source.target).toBe('_blank');
      expect(source.rel).toBe('noopener');
      expect(source.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Xem văn bản gốc (mở trong thẻ mới) ↗',
      );
      await expectAccessible(el);

      const back = $(el, '[part=back]');
      expect(back.textContent).toContain('Quay lại danh sách');
      back.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      await waitFor(() => expect(focused(el)).toBe($(el, `[data-id="${landLaw.id}"]`)));
      expect(location.hash).toBe('');
    });

    it('opens related documents in place; Back returns to the previous one, then the list', async () => {
      history.replaceState(null, '', '#muc-van-ban');
      const el = await list('q="dat dai"');
      await untilItems(el);
      ($(el, `[data-id="${landLaw.id}"]`) as HTMLAnchorElement).click();
      await waitFor(() => expect(find(el, '[part=related]')).not.toBeNull());

      const selected = next(el, 'pbgdpl-select');
      ($(el, `[part=related] [data-id="${oldLandLaw.id}"]`) as HTMLAnchorElement).click();
      expect((await selected).detail).toEqual({ id: oldLandLaw.id });
      expect(location.hash).toBe(`#muc-van-ban&pbgdpl-doc=${oldLandLaw.id}`);
      await waitFor(() => expect(text(el, '[part=fields]')).toContain('45/2013/QH13'));
      expect(focused(el)).toBe($(el, '#detail-heading'));
      expect(text(el, '[part=fields]')).toContain('Ngày hết hiệu lực 01/08/2024');
      expect(text(el, '[part=fields]')).toContain('Hết hiệu lực toàn bộ');
      expect(text(el, '[part=related]')).toContain('Văn bản thay thế 31/2024/QH15');
      expect($(el, '[part=back]').textContent).toContain('Quay lại văn bản trước');

      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(text(el, '[part=fields]')).toContain('31/2024/QH15'));
      expect(location.hash).toBe(`#muc-van-ban&pbgdpl-doc=${landLaw.id}`);
      await waitFor(() => expect(focused(el)).toBe($(el, '#detail-heading')));
      expect($(el, '[part=back]').textContent).toContain('Quay lại danh sách');

      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      expect(location.hash).toBe('#muc-van-ban');
      await waitFor(() => expect(focused(el)).toBe($(el, `[data-id="${landLaw.id}"]`)));
    });

    it('opens from the fragment on load; Back closes without leaving the page', async () => {
      const decree = doc('168/2024/NĐ-CP');
      history.replaceState(null, '', `#pbgdpl-doc=${decree.id}`);
      const el = await list();
      await waitFor(() => expect(find(el, '[part=fields]')).not.toBeNull());
      expect($(el, '#detail-heading').textContent?.trim()).toBe(decree.title);
      expect(focused(el)).toBe($(el, '#detail-heading'));
      // A decree in the list of 36/2024 opens from its relation.
      expect(text(el, '[part=related]')).toContain('Văn bản được hướng dẫn 36/2024/QH15');
      expect(text(el, '[part=related]')).toContain('Văn bản căn cứ 15/2012/QH13');
      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      expect(location.hash).toBe('');
    });

    it('closes when the browser goes back', async () => {
      const el = await list();
      await untilItems(el);
      location.hash = `pbgdpl-doc=${landLaw.id}`;
      await waitFor(() => expect(find(el, '[part=fields]')).not.toBeNull());
      history.back();
      await waitFor(() => expect(find(el, '[part=detail]')).toBeNull());
      expect(find(el, '[part=list]')).not.toBeNull();
    });

    it('shows the gazette and signers of a sample circular, and "not found" for an unknown id', async () => {
      const circular = doc('09/2026/TT-BTP');
      history.replaceState(null, '', `#pbgdpl-doc=${circular.id}`);
      const el = await list();
      await waitFor(() => expect(find(el, '[part=fields]')).not.toBeNull());
      expect(text(el, '[part=fields]')).toContain('Công báo Số 1021+1022, ngày 01/10/2026');
      expect(text(el, '[part=fields]')).toContain('Lê Thu Hà (KT. Bộ trưởng, Thứ trưởng)');
      expect(($(el, '[part=source]') as HTMLAnchorElement).href).toBe('https://moj.gov.vn/');

      location.hash = 'pbgdpl-doc=khong-co-van-ban-nay';
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error.status).toBe(404);
      expect($(el, '[role=alert]').textContent).toBe(
        'Không tìm thấy nội dung này. Có thể tin đã được gỡ bỏ.',
      );
      expect(find(el, '[part=back]')).not.toBeNull();
      await expectAccessible(el);
    });

    it('lets the host take over: a cancelled pbgdpl-select opens nothing', async () => {
      const el = await list();
      await untilItems(el);
      el.addEventListener('pbgdpl-select', (event) => event.preventDefault());
      ($(el, '[part=link]') as HTMLAnchorElement).click();
      await el.updateComplete;
      expect(find(el, '[part=detail]')).toBeNull();
      expect(location.hash).toBe('');
    });
  });

  describe('keyboard', () => {
    it('reaches every control in reading order with Tab alone', async () => {
      const el = await list();
      await untilItems(el);
      const order: (string | null)[] = [];
      for (let i = 0; i < 20 && order.length < 11; i++) {
        await userEvent.tab();
        const active = focused(el) as HTMLElement | null;
        const name = active?.getAttribute('name') ?? active?.getAttribute('part') ?? null;
        // A date input takes one Tab per day, month and year field.
        if (order.at(-1) !== name || name === 'link') order.push(name);
      }
      expect(order).toEqual([
        'q',
        'search-button',
        'type',
        'issuer',
        'field',
        'status',
        'from',
        'to',
        'sort',
        'link',
        'link',
      ]);
    });
  });

  describe('states', () => {
    it('shows placeholders and says it is loading', async () => {
      worker.use(...scenarios.loading);
      const el = await list();
      expect(find(el, '[part=skeleton]')).not.toBeNull();
      expect($(el, '[role=status]').textContent).toBe('Đang tải…');
      await expectAccessible(el);
    });

    it('says when there are no documents yet', async () => {
      worker.use(...scenarios.empty);
      const el = await list('unit="xa-gia-vien"');
      expect((await next(el, 'pbgdpl-load')).detail).toEqual({ count: 0, total: 0 });
      expect(text(el, '[part=empty]')).toBe('Chưa có văn bản nào.');
      expect(find(el, '[part=pagination]')).toBeNull();
      await expectAccessible(el);
    });

    it('shows an error with a retry button, and retrying recovers', async () => {
      worker.use(...scenarios.error);
      const el = await list();
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error).toMatchObject({ kind: 'http', status: 500 });
      expect($(el, '[role=alert]').textContent).toBe('Không tải được dữ liệu. Vui lòng thử lại.');
      await expectAccessible(el);

      worker.resetHandlers();
      $(el, '[part=retry]').focus();
      await userEvent.keyboard('{Enter}');
      await untilItems(el);
      await waitFor(() => expect(focused(el)).toBe($(el, '[part=link]')));
    });
  });

  describe('language', () => {
    it('speaks English throughout, once its strings arrive', async () => {
      const el = await list('lang="en"');
      await untilItems(el);
      // English loads on first use, after the Vietnamese first paint.
      await waitFor(() =>
        expect($(el, '[part=heading]').textContent?.trim()).toBe('Legal documents'),
      );
      expect(text(el, 'label[for=q]')).toBe('Search documents');
      expect(options(el, 'type')).toContain('Law (10)');
      expect($(el, '[part=badge]').textContent?.trim()).toBe('Not yet in force');
      expect(text(el, '[part=count]')).toBe('18 documents');
      expect($(el, '[part=item] time')?.textContent).toBe('10 November 2026');
      await expectAccessible(el);

      ($(el, `[data-id="${defined(documents[0]).id}"]`) as HTMLAnchorElement).click();
      await waitFor(() => expect(find(el, '[part=fields]')).not.toBeNull());
      expect(text(el, '[part=fields]')).toContain("Issuing body Provincial People's Committee");
      expect(text(el, '[part=related]')).toContain('Legal basis 14/2012/QH13');
      expect(text(el, '[part=attachments]')).toContain('(PDF, 310.3 kB)');
      expect(text(el, '[part=source]')).toBe('Official record (opens in a new tab) ↗');

      el.lang = 'vi';
      await waitFor(() => expect(text(el, '[part=back]')).toContain('Quay lại danh sách'));
      expect(text(el, '[part=fields]')).toContain('Cơ quan ban hành Ủy ban nhân dân cấp tỉnh');
    });
  });
});
