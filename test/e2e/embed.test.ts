/**
 * Paste-a-tag, for real: the configurator writes the code, a unit's website on another origin
 * runs it, the iframe fallback fits its content through postMessage, and the exact-version
 * bundle works like /widgets/v1/. The real server with its seeded database, the built bundle
 * (dist/cdn), Chromium; no mocks.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import type { DocumentSummary, ListResponse, NewsSummary } from '../../src/api/types.js';
import {
  axeViolations,
  hostPage,
  launchBrowser,
  startHostSite,
  startServer,
  watchForErrors,
  type HostSite,
  type RunningServer,
  withoutHash,
} from './support.js';

let server: RunningServer;
let host: HostSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, host, browser] = await Promise.all([startServer(), startHostSite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.stop();
});
afterEach(async () => {
  await context?.close();
});

async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  page = await context.newPage();
  errors = watchForErrors(page);
  return page;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${server.origin}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe('the iframe fallback on a unit’s website', () => {
  /** The iframe's height on the host page, and the height of what its document holds. */
  async function heights(frame: Frame) {
    const iframe = await page.locator('iframe').boundingBox();
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    return { iframe: Math.round(iframe?.height ?? 0), content };
  }

  it('fits the frame to its content, and again when the content changes', async () => {
    const src = `${server.origin}/embed/frame/news-feed?unit=ninh-binh`;
    host.serve(
      '/tin-tuc.html',
      hostPage(
        'Tin tức của Sở Tư pháp',
        `<iframe src="${src}" title="Tin tức PBGDPL — Tỉnh Ninh Bình" width="100%" height="800" style="border:0" loading="lazy"></iframe>
<script type="module" src="${server.origin}/embed/parent.js"></script>`,
      ),
    );
    const [first] = (
      await getJson<ListResponse<NewsSummary>>('/api/v1/news?unit=ninh-binh&pageSize=1')
    ).items;
    if (!first) throw new Error('seed has no news for ninh-binh');

    // A phone, where ten news items are taller than the 800 px the snippet starts with.
    await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${host.origin}/tin-tuc.html`);
    const feed = page.frameLocator('iframe').locator('pbgdpl-news-feed');
    await feed.getByRole('link', { name: first.title }).waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(src));
    if (!frame) throw new Error('the frame did not load');
    await expect(frame.title()).resolves.toBe('Tin tức PBGDPL — Tỉnh Ninh Bình');
    await expect(page.locator('iframe').getAttribute('title')).resolves.toBe(
      'Tin tức PBGDPL — Tỉnh Ninh Bình',
    );

    // The frame grows to its content…
    await expect
      .poll(() => heights(frame), { timeout: 10_000 })
      .toSatisfy(
        ({ iframe, content }: { iframe: number; content: number }) =>
          iframe > 800 && Math.abs(iframe - content) <= 1,
      );
    const list = await heights(frame);
    await page.screenshot({ path: 'test-results/embed-frame-list.png', fullPage: true });

    // …and follows it when opening an article inside the frame changes it.
    await feed.getByRole('link', { name: first.title }).click();
    await feed.getByRole('heading', { name: first.title }).waitFor();
    await feed.locator('[part=detail] [part=meta]').waitFor(); // the article itself arrived
    await expect
      .poll(() => heights(frame), { timeout: 10_000 })
      .toSatisfy(
        ({ iframe, content }: { iframe: number; content: number }) =>
          iframe !== list.iframe && Math.abs(iframe - content) <= 1,
      );
    await page.screenshot({ path: 'test-results/embed-frame-detail.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('without the script, keeps the height the snippet gives it', async () => {
    host.serve(
      '/khong-script.html',
      hostPage(
        'Không có script',
        `<iframe src="${server.origin}/embed/frame/legal-qa?unit=ninh-binh" title="Hỏi đáp pháp luật — Tỉnh Ninh Bình" width="100%" height="800" style="border:0" loading="lazy"></iframe>`,
      ),
    );
    await openPage();
    await page.goto(`${host.origin}/khong-script.html`);
    const qa = page.frameLocator('iframe').locator('pbgdpl-legal-qa');
    await qa.getByRole('link').first().waitFor();
    expect((await page.locator('iframe').boundingBox())?.height).toBe(800);
    expect(errors).toEqual([]);
  });
});

describe('the configurator', () => {
  const UNIT = 'ninh-binh-phuong-hoa-lu';

  /** Finds Hoa Lư typed without diacritics, as a webmaster might, and picks it. */
  async function chooseHoaLu() {
    await page.getByRole('searchbox', { name: 'Tìm đơn vị theo tên hoặc mã' }).fill('hoa lu');
    await page.getByRole('radio', { name: 'Tỉnh Ninh Bình › Phường Hoa Lư' }).check();
    await page.getByText(`Đã chọn: Tỉnh Ninh Bình › Phường Hoa Lư (mã ${UNIT})`).waitFor();
  }

  it('previews the real widget and copies code that works on another website', async () => {
    const expected = await getJson<ListResponse<DocumentSummary>>(
      `/api/v1/documents?unit=${UNIT}&field=dat-dai&pageSize=5`,
    );
    const [first] = expected.items;
    if (!first) throw new Error(`seed has no documents for ${UNIT}`);

    await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.origin}/embed/`);
    await chooseHoaLu();
    await page.getByRole('radio', { name: 'Văn bản pháp luật' }).check();
    // Only the chosen section's options are offered.
    await expect(page.getByLabel('Chủ đề tin').isVisible()).resolves.toBe(false);
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
    await page.getByLabel('Số mục mỗi trang (1–50)').fill('5');

    // The preview is the real element, with the bundle, against the real API.
    const preview = page.locator('#preview pbgdpl-document-list');
    await preview.getByRole('link', { name: first.title }).first().waitFor();
    await expect.poll(() => preview.locator('[part=item]').count()).toBe(expected.items.length);

    await page.getByRole('button', { name: 'Sao chép mã' }).first().click();
    await page.getByRole('status').getByText('Đã sao chép').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `<script type="module" src="${server.origin}/widgets/v1/pbgdpl.js"></script>\n` +
        `<pbgdpl-document-list unit="${UNIT}" field="dat-dai" page-size="5"></pbgdpl-document-list>`,
    );
    await page.screenshot({ path: 'test-results/embed-configurator.png', fullPage: true });

    const frameCode = await page.getByLabel('Mã khung iframe').inputValue();
    expect(frameCode).toBe(
      `<iframe src="${server.origin}/embed/frame/document-list?unit=${UNIT}&amp;field=dat-dai&amp;page-size=5"` +
        ` title="Văn bản pháp luật — Phường Hoa Lư" width="100%" height="800" style="border:0" loading="lazy"></iframe>\n` +
        `<script type="module" src="${server.origin}/embed/parent.js"></script>`,
    );
    expect(errors).toEqual([]);

    // Pasted into a blank page of the unit's website, it shows the same documents.
    host.serve('/van-ban.html', hostPage('Văn bản', copied));
    const pasted = await context.newPage();
    const pastedErrors = watchForErrors(pasted);
    await pasted.goto(`${host.origin}/van-ban.html`);
    const list = pasted.locator('pbgdpl-document-list');
    await list.getByRole('link', { name: first.title }).first().waitFor();
    await expect.poll(() => list.locator('[part=item]').count()).toBe(expected.items.length);
    expect(pastedErrors).toEqual([]);
  });

  it('selects the code for Ctrl+C when the clipboard is refused', async () => {
    await openPage();
    // The browser's answer when a person or a policy denies the clipboard.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`${server.origin}/embed/`);
    await chooseHoaLu();
    await page.getByRole('button', { name: 'Sao chép mã' }).nth(1).click();
    await page.getByRole('status').getByText('Không sao chép tự động được').waitFor();
    const selection = await page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLTextAreaElement
        ? {
            id: active.id,
            selected: active.value.slice(active.selectionStart, active.selectionEnd),
          }
        : null;
    });
    expect(selection?.id).toBe('snippet-frame');
    expect(selection?.selected).toMatch(/^<iframe src=".*" title="Tin tức PBGDPL — Phường Hoa Lư"/);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations, with a widget in the preview', async () => {
    // The page's CSP rightly refuses the inline script axe is injected as.
    await openPage({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    await page.goto(`${server.origin}/embed/`);
    await chooseHoaLu();
    // Below the form on a phone: the preview loads once scrolled near.
    const preview = page.locator('#preview pbgdpl-news-feed');
    await preview.scrollIntoViewIfNeeded();
    await preview.getByRole('link').first().waitFor();
    const violations = await axeViolations(page, 'html');
    expect(violations).toEqual([]);
    await page.screenshot({ path: 'test-results/embed-configurator-phone.png', fullPage: true });
  });
});

describe('the exact-version bundle', () => {
  it(`/widgets/${pkg.version}/pbgdpl.js works on a page like /widgets/v1/`, async () => {
    const version = pkg.version;
    host.serve(
      '/phien-ban.html',
      hostPage(
        'Phiên bản cố định',
        `<script type="module" src="${server.origin}/widgets/${version}/pbgdpl.js"></script>
<pbgdpl-news-feed unit="ninh-binh" page-size="3"></pbgdpl-news-feed>`,
      ),
    );
    const expected = await getJson<ListResponse<NewsSummary>>(
      '/api/v1/news?unit=ninh-binh&pageSize=3',
    );
    await openPage();
    const scripts = new Map<string, string | undefined>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.set(new URL(response.url()).pathname, response.headers()['cache-control']);
      }
    });
    await page.goto(`${host.origin}/phien-ban.html`);
    const feed = page.locator('pbgdpl-news-feed');
    for (const item of expected.items) await feed.getByRole('link', { name: item.title }).waitFor();

    // The entry and every chunk it imported came from the pinned tree, cached for a year.
    await expect
      .poll(() => [...scripts.keys()].map(withoutHash).sort())
      .toEqual([
        `/widgets/${version}/chunks/core.js`,
        `/widgets/${version}/chunks/last-good.js`,
        `/widgets/${version}/chunks/news-feed.js`,
        `/widgets/${version}/pbgdpl.js`,
      ]);
    expect(new Set(scripts.values())).toEqual(new Set(['public, max-age=31536000, immutable']));
    expect(errors).toEqual([]);
  });
});
