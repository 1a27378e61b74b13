import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { brokenMaterialFiles, materials, scenarios } from '../../mocks/handlers.js';
import type { PbgdplMaterials } from '../../src/index.js';
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

const gallery = (attributes = '') =>
  mount<PbgdplMaterials>(`<pbgdpl-materials ${attributes}></pbgdpl-materials>`);
const query = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);
const lastList = () => apiRequests.filter((url) => url.pathname === '/api/v1/materials').at(-1);
const material = (id: string) =>
  defined(
    materials.find((m) => m.id === id),
    id,
  );
const titles = (el: Element) => $$(el, '[part=link]').map((a) => a.textContent?.trim());
const select = (el: Element, name: string) => $(el, `select[name=${name}]`) as HTMLSelectElement;
const options = (el: Element, name: string) =>
  [...select(el, name).options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());

const video = material('video-luat-trat-tu-an-toan-giao-thong');
const handbook = material('so-tay-hoi-dap-luat-dat-dai-2024');
const infographic = material('infographic-luat-bao-hiem-xa-hoi-2024');
const audio = material('phat-thanh-ky-nang-hoa-giai-o-co-so');
const bareVideo = material('toa-dam-dang-ky-ket-hon');
const hostile = material('to-gap-canh-giac-lua-dao-qua-mang');

/** Opens a material from the list as a citizen does, with the keyboard. */
async function open(el: PbgdplMaterials, id: string): Promise<void> {
  await untilItems(el);
  $(el, `[data-id="${id}"]`).focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(focused(el)?.id).toBe('detail-heading'));
}

describe('<pbgdpl-materials>', () => {
  describe('defaults', () => {
    it('asks for the first page of 12 and shows each material as a citizen reads it', async () => {
      const el = await gallery();
      const loaded = next(el, 'pbgdpl-load');
      const items = await untilItems(el);

      expect(apiRequests).toHaveLength(1);
      expect(defined(apiRequests[0]).pathname).toBe('/api/v1/materials');
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '12' });
      expect((await loaded).detail).toEqual({ count: 12, total: 14 });
      expect(items).toHaveLength(12);
      expect(el.getAttribute('layout')).toBe('grid');
      expect(text(el, '[part=heading]')).toBe('Tài liệu PBGDPL');
      expect(text(el, '[part=count]')).toBe('14 tài liệu');
      expect(text(el, '[part=pagination]')).toContain('Trang 1/2');

      // A video: its kind, title, duration for the eye and for the ear, date and unit.
      const first = defined(items[0]);
      expect(first.querySelector('[part=kind]')?.textContent?.trim()).toBe('Video');
      const title = defined(first.querySelector('[role=heading]'));
      expect(title.getAttribute('aria-level')).toBe('3');
      expect(title.textContent?.trim()).toBe(video.title);
      const [duration, date] = [...first.querySelectorAll('time')];
      expect(duration?.getAttribute('datetime')).toBe('PT0H5M5S');
      expect(duration?.querySelector('[aria-hidden=true]')?.textContent).toBe('5:05');
      expect(duration?.querySelector('.visually-hidden')?.textContent).toBe('5 phút 5 giây');
      expect(date?.textContent).toBe('12/11/2026');
      expect(first.textContent).toContain(video.unitName);
      const thumbnail = defined(first.querySelector('img'));
      expect(thumbnail.alt).toBe(defined(video.thumbnail).alt);
      expect(thumbnail.getAttribute('loading')).toBe('lazy');
      expect(thumbnail.src).toBe(`${location.origin}${defined(video.thumbnail).url}`);

      // A file: its format and size, in Vietnamese number format.
      const file = defined(items.find((li) => li.textContent?.includes(handbook.title)));
      expect(file.querySelector('[part=meta]')?.textContent).toContain('PDF · 2,4 MB');

      // Without a thumbnail: a decorative placeholder, no broken image.
      const bare = defined(items.find((li) => li.textContent?.includes(bareVideo.title)));
      expect(bare.querySelector('img')).toBeNull();
      expect(bare.querySelector('.thumbnail')?.getAttribute('aria-hidden')).toBe('true');
      expect(bare.querySelector('.visually-hidden')?.textContent).toBe('1 giờ 2 phút 5 giây');

      // Filters with a visible label each, their options counted.
      expect(text(el, 'label[for=q]')).toBe('Tìm tài liệu');
      expect(options(el, 'kind')).toEqual([
        'Tất cả loại',
        'Sổ tay (2)',
        'Tờ gấp (2)',
        'Đề cương (2)',
        'Infographic (2)',
        'Video (3)',
        'Chương trình phát thanh (2)',
        'Bài giảng (1)',
      ]);
      expect(options(el, 'field')).toContain('Phổ biến, giáo dục pháp luật (6)');
      await expectAccessible(el);
    });

    it('shows markup in a title as text, never as markup', async () => {
      const win = window as Window & { __pbgdplXss?: number };
      delete win.__pbgdplXss;
      const el = await gallery();
      await untilItems(el);
      const link = $(el, `[data-id="${hostile.id}"]`);
      expect(link.textContent?.trim()).toBe(hostile.title);
      expect(link.children).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win.__pbgdplXss).toBeUndefined();
    });
  });

  describe('attributes', () => {
    it('sends unit, kind and page-size to the API, and hides the pinned filter', async () => {
      const el = await gallery('unit="ninh-binh" kind="video" page-size="2"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({
        unit: 'ninh-binh',
        kind: 'video',
        page: '1',
        pageSize: '2',
      });
      expect(titles(el)).toEqual([video.title, bareVideo.title]);
      expect(find(el, 'select[name=kind]')).toBeNull();
      expect(options(el, 'field')).toContain('Giao thông (1)');
      expect(text(el, '[part=pagination]')).toContain('Trang 1/2');
    });

    it('pins a field of law the same way', async () => {
      const el = await gallery('field="dat-dai"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({ field: 'dat-dai', page: '1', pageSize: '12' });
      expect($$(el, '[part=item]')).toHaveLength(2);
      expect(find(el, 'select[name=field]')).toBeNull();
      expect(options(el, 'kind')).toEqual(['Tất cả loại', 'Sổ tay (1)', 'Video (1)']);
    });

    it('lays materials out as a list that follows its own width, accessibly', async () => {
      const box = await mount<HTMLDivElement>(
        '<div style="width: 40rem"><pbgdpl-materials layout="list" heading="Tài liệu tuyên truyền" heading-level="3"></pbgdpl-materials></div>',
      );
      const el = defined(box.querySelector('pbgdpl-materials'));
      await untilItems(el);
      expect(el.layout).toBe('list');
      expect(text(el, '[part=heading]')).toBe('Tài liệu tuyên truyền');
      expect($(el, '[part=item] [role=heading]').getAttribute('aria-level')).toBe('4');
      const columns = (selector: string) =>
        getComputedStyle($(el, selector)).gridTemplateColumns.split(' ').length;
      // One material per row, the thumbnail beside the text…
      expect(columns('[part=list]')).toBe(1);
      expect(columns('[part=item]')).toBe(2);
      await expectAccessible(el);
      // …and above it where the widget is narrow, whatever the window's width.
      box.style.width = '20rem';
      await waitFor(() => expect(columns('[part=item]')).toBe(1));
    });

    it('lays cards out in as many columns as fit', async () => {
      const box = await mount<HTMLDivElement>(
        '<div style="width: 60rem"><pbgdpl-materials></pbgdpl-materials></div>',
      );
      const el = defined(box.querySelector('pbgdpl-materials'));
      await untilItems(el);
      const columns = () => getComputedStyle($(el, '[part=list]')).gridTemplateColumns.split(' ');
      expect(columns()).toHaveLength(3);
      box.style.width = '20rem';
      await waitFor(() => expect(columns()).toHaveLength(1));
    });

    it('warns once about each bad value and falls back to the default', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const el = await gallery('kind="sach" field="xyz" layout="carousel" page-size="0"');
      await untilItems(el);
      expect(query(apiRequests[0])).toEqual({ page: '1', pageSize: '12' });
      expect(el.layout).toBe('grid');
      const messages = warn.mock.calls.map((call) => String(call[0]));
      expect(messages).toHaveLength(4);
      expect(messages.every((m) => m.startsWith('[pbgdpl] <pbgdpl-materials>'))).toBe(true);
      expect(messages.find((m) => m.includes('kind="sach"'))).toContain('handbook, leaflet');
    });
  });

  describe('states', () => {
    it('shows placeholders shaped like cards and says it is loading', async () => {
      worker.use(...scenarios.loading);
      const el = await gallery();
      expect(find(el, '[part=skeleton]')).not.toBeNull();
      expect($(el, '[role=status]').textContent?.trim()).toBe('Đang tải…');
      await expectAccessible(el);
    });

    it('says when there are no materials yet', async () => {
      worker.use(...scenarios.empty);
      const el = await gallery('unit="xa-gia-vien"');
      expect((await next(el, 'pbgdpl-load')).detail).toEqual({ count: 0, total: 0 });
      expect(text(el, '[part=empty]')).toBe('Chưa có tài liệu nào.');
      expect(find(el, '[part=pagination]')).toBeNull();
      await expectAccessible(el);
    });

    it('shows an error with a retry button, and retrying recovers', async () => {
      worker.use(...scenarios.error);
      const el = await gallery();
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

  describe('search and filters', () => {
    it('searches as typed without diacritics: the server folds, titles mark the matches', async () => {
      const el = await gallery();
      await untilItems(el);
      await userEvent.fill($(el, '#q'), 'dat dai');
      // The search runs when typing pauses.
      await waitFor(() => expect(lastList()?.searchParams.get('q')).toBe('dat dai'));
      await waitFor(() => expect(titles(el)).toEqual([handbook.title]));
      expect($$(el, '[part=link] mark').map((m) => m.textContent)).toEqual(['Đất', 'đai']);
      expect($(el, '[role=status]').textContent?.trim()).toBe('Tìm thấy 1 tài liệu.');

      await userEvent.fill($(el, '#q'), 'khong co tai lieu nay');
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(text(el, '[part=empty]')).toBe(
          'Không tìm thấy tài liệu phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
        ),
      );
      expect($(el, '[role=status]').textContent?.trim()).toBe('Không tìm thấy tài liệu nào.');
      await expectAccessible(el);
    });

    it('filters by kind and field, counts each over the other, and starts again at page 1', async () => {
      const el = await gallery();
      await untilItems(el);
      ($(el, '[part=next]') as HTMLButtonElement).click();
      await waitFor(() => expect(text(el, '[part=pagination]')).toContain('Trang 2/2'));

      await userEvent.selectOptions(select(el, 'kind'), 'audio');
      await waitFor(() =>
        expect(titles(el)).toEqual([audio.title, material('phat-thanh-mu-bao-hiem').title]),
      );
      expect(query(lastList())).toEqual({ kind: 'audio', page: '1', pageSize: '12' });
      expect(options(el, 'field')).toEqual(
        expect.arrayContaining(['Giao thông (1)', 'Hòa giải ở cơ sở (1)']),
      );

      await userEvent.selectOptions(select(el, 'field'), 'giao-thong');
      await waitFor(() => expect(titles(el)).toHaveLength(1));
      expect(query(lastList())).toEqual({
        kind: 'audio',
        field: 'giao-thong',
        page: '1',
        pageSize: '12',
      });
      expect(titles(el)).toEqual([material('phat-thanh-mu-bao-hiem').title]);
      expect(options(el, 'kind')).toContain('Video (1)');
    });
  });

  describe('detail', () => {
    it('opens a file by keyboard with its download link; Back returns focus to it', async () => {
      const el = await gallery();
      const selected = next(el, 'pbgdpl-select');
      await open(el, handbook.id);
      expect((await selected).detail).toEqual({ id: handbook.id });
      expect(location.hash).toBe(`#pbgdpl-material=${handbook.id}`);
      expect(find(el, '[part=list]')).toBeNull();
      expect(text(el, '#detail-heading')).toBe(handbook.title);
      expect(text(el, '[part=detail] [part=meta]')).toContain('Đăng ngày 10/11/2026');
      expect(text(el, '[part=detail] [part=meta]')).toContain('Lĩnh vực: Đất đai');
      // Opened from the list, where it is whole: no second request.
      expect(apiRequests.some((url) => url.pathname.startsWith('/api/v1/materials/'))).toBe(false);

      const download = $(el, '[part=download]') as HTMLAnchorElement;
      expect(download.href).toBe(`${location.origin}${defined(handbook.file).url}`);
      expect(download.hasAttribute('download')).toBe(true);
      expect(download.textContent?.replace(/\s+/g, ' ')).toContain('Tải về (PDF, 2,4 MB)');
      expect(($(el, '[part=image]') as HTMLImageElement).alt).toBe(defined(handbook.thumbnail).alt);
      await expectAccessible(el);

      await userEvent.tab({ shift: true });
      expect(focused(el)).toBe($(el, '[part=back]'));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(focused(el)).toBe($(el, `[data-id="${handbook.id}"]`)));
      expect(location.hash).toBe('');
    });

    it('shows an infographic with its text alternative and a link to the full size', async () => {
      const el = await gallery();
      await open(el, infographic.id);
      const image = $(el, '[part=viewer] img') as HTMLImageElement;
      const full = `${location.origin}${defined(infographic.file).url}`;
      expect(image.src).toBe(full);
      expect(image.alt).toBe(defined(infographic.thumbnail).alt);
      // The summary, visible beside it, is its longer description.
      expect(image.getAttribute('aria-describedby')).toBe('detail-summary');
      expect(text(el, '#detail-summary')).toBe(infographic.summary);
      const link = $(el, '[part=viewer] a') as HTMLAnchorElement;
      expect(link.href).toBe(full);
      expect(link.target).toBe('_blank');
      expect(link.textContent).toContain('(mở trong thẻ mới)');
      expect(text(el, '[part=download]')).toContain('PNG, 1,2 MB');
      await waitFor(() => expect(image.naturalWidth).toBeGreaterThan(0));
      await expectAccessible(el);
    });

    it('plays a video with captions and a transcript, never on its own', async () => {
      const el = await gallery();
      await open(el, video.id);
      const player = $(el, 'video[part=player]') as HTMLVideoElement;
      expect(player.controls).toBe(true);
      expect(player.autoplay).toBe(false);
      expect(player.getAttribute('preload')).toBe('metadata');
      expect(player.src).toBe(`${location.origin}${defined(video.media).url}`);
      expect(player.hasAttribute('crossorigin')).toBe(false);
      const track = defined(player.querySelector('track'));
      expect(track.kind).toBe('captions');
      expect(track.srclang).toBe('vi');
      expect(track.default).toBe(true);
      expect(track.label).toBe('Phụ đề tiếng Việt');
      expect(track.src).toBe(`${location.origin}${defined(defined(video.media).captionsUrl)}`);

      const transcript = $(el, '[part=transcript]') as HTMLDetailsElement;
      expect(transcript.open).toBe(false);
      expect(text(el, '[part=transcript] summary')).toBe('Xem lời thoại');
      expect(transcript.textContent).toContain('nồng độ cồn');

      // The sample media loads; nothing starts playing by itself.
      await waitFor(() => expect(player.readyState).toBeGreaterThanOrEqual(1));
      expect(player.paused).toBe(true);
      expect(find(el, '[part=media-error]')).toBeNull();
      await expectAccessible(el);
    });

    it('plays a video without captions, transcript or thumbnail', async () => {
      const el = await gallery();
      await open(el, bareVideo.id);
      const player = $(el, 'video[part=player]') as HTMLVideoElement;
      expect(player.querySelector('track')).toBeNull();
      expect(player.hasAttribute('poster')).toBe(false);
      expect(find(el, '[part=transcript]')).toBeNull();
      expect(text(el, '[part=detail] [part=meta]')).toContain('1:02:05');
      await expectAccessible(el);
    });

    it('plays a radio programme with its transcript', async () => {
      const el = await gallery();
      await open(el, audio.id);
      const player = $(el, 'audio[part=player]') as HTMLAudioElement;
      expect(player.controls).toBe(true);
      expect(player.autoplay).toBe(false);
      expect(player.getAttribute('preload')).toBe('metadata');
      expect(player.querySelector('track')).toBeNull();
      expect(text(el, '[part=detail] [part=meta]')).toContain('12:05');
      await userEvent.click($(el, '[part=transcript] summary'));
      expect(($(el, '[part=transcript]') as HTMLDetailsElement).open).toBe(true);
      expect(text(el, '[part=transcript] p')).toContain('lắng nghe, tôn trọng các bên');
      await expectAccessible(el);
    });

    it('offers the file to download when the media cannot play', async () => {
      worker.use(...brokenMaterialFiles);
      const el = await gallery();
      await open(el, video.id);
      await waitFor(() => expect(find(el, '[part=media-error]')).not.toBeNull());
      expect(find(el, 'video')).toBeNull();
      expect($(el, '[part=media-error] [role=alert]').textContent).toContain(
        'Không phát được tệp này',
      );
      const link = $(el, '[part=media-error] a') as HTMLAnchorElement;
      expect(link.href).toBe(`${location.origin}${defined(video.media).url}`);
      expect(link.hasAttribute('download')).toBe(true);
      expect(link.textContent).toContain('(MP4)');
      // The transcript stays: the content is still there to read.
      expect(find(el, '[part=transcript]')).not.toBeNull();
      await expectAccessible(el);
    });

    it('fetches media from another origin with CORS, so its captions load', async () => {
      // The media never arrives, so the player stays as rendered.
      worker.use(http.get('*/files/materials/:name', () => delay('infinite')));
      history.replaceState(null, '', `#pbgdpl-material=${video.id}`);
      const el = await gallery('api="https://pbgdpl.example"');
      const player = (await waitFor(() => $(el, 'video'))) as HTMLVideoElement;
      expect(player.src).toBe(`https://pbgdpl.example${defined(video.media).url}`);
      expect(player.getAttribute('crossorigin')).toBe('anonymous');
    });

    it('opens from the fragment on page load, with a request of its own', async () => {
      history.replaceState(null, '', `#muc-tai-lieu&pbgdpl-material=${audio.id}`);
      const el = await gallery();
      await waitFor(() => expect(find(el, 'audio')).not.toBeNull());
      expect(apiRequests.map((url) => url.pathname)).toContain(`/api/v1/materials/${audio.id}`);
      expect(focused(el)).toBe($(el, '#detail-heading'));
      // Back without a history entry of ours: our part of the fragment goes, the host's stays.
      ($(el, '[part=back]') as HTMLButtonElement).click();
      await waitFor(() => expect(find(el, '[part=list]')).not.toBeNull());
      expect(location.hash).toBe('#muc-tai-lieu');
    });

    it('follows the fragment as it changes, and the browser Back closes the detail', async () => {
      const el = await gallery();
      await untilItems(el);
      location.hash = `pbgdpl-material=${infographic.id}`;
      await waitFor(() => expect(text(el, '#detail-heading')).toBe(infographic.title));
      history.back();
      await waitFor(() => expect(find(el, '[part=detail]')).toBeNull());
      expect(find(el, '[part=list]')).not.toBeNull();
    });

    it('lets the host take over: a cancelled pbgdpl-select opens nothing', async () => {
      const el = await gallery();
      await untilItems(el);
      el.addEventListener('pbgdpl-select', (event) => event.preventDefault());
      ($(el, '[part=link]') as HTMLAnchorElement).click();
      await el.updateComplete;
      expect(find(el, '[part=detail]')).toBeNull();
      expect(location.hash).toBe('');
    });

    it('says so when the material does not exist, and never throws', async () => {
      history.replaceState(null, '', '#pbgdpl-material=khong-co-tai-lieu-nay');
      const el = await gallery();
      const failed = await next(el, 'pbgdpl-error');
      expect(failed.detail.error.status).toBe(404);
      expect(find(el, '[role=alert]')).not.toBeNull();
      expect(find(el, '[part=retry]')).not.toBeNull();
      await expectAccessible(el);
    });
  });

  describe('language', () => {
    it('speaks English, live, with English numbers and dates', async () => {
      const host = await mount<HTMLDivElement>(
        '<div lang="en"><pbgdpl-materials></pbgdpl-materials></div>',
      );
      const el = defined(host.querySelector('pbgdpl-materials'));
      const items = await untilItems(el);
      // English loads on first use, after the Vietnamese first paint.
      await waitFor(() => expect(text(el, '[part=heading]')).toBe('PBGDPL materials'));
      const first = defined(items[0]);
      expect(first.querySelector('.visually-hidden')?.textContent).toBe('5 minutes 5 seconds');
      expect([...first.querySelectorAll('time')][1]?.textContent).toBe('12 November 2026');
      expect(text(el, '[part=list]')).toContain('PDF · 2.4 MB');
      expect(text(el, '[part=list]')).toContain('Radio programme');
      expect(options(el, 'kind')[0]).toBe('All kinds');
      expect(text(el, '[part=count]')).toBe('14 materials');
      await expectAccessible(el);

      await open(el, video.id);
      expect(text(el, '[part=transcript] summary')).toBe('Read the transcript');
      expect(($(el, 'track') as HTMLTrackElement).label).toBe('Vietnamese captions');
      expect(text(el, '[part=back]')).toBe('← Back to the list');

      host.lang = 'vi';
      await waitFor(() => expect(text(el, '[part=transcript] summary')).toBe('Xem lời thoại'));
    });
  });
});
