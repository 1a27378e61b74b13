/**
 * <pbgdpl-sections> alone on a page, for real: the demo commune page holds only the script and
 * the tag, served by the real central server with its seeded database, in Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  startServer,
  watchForErrors,
  type RunningServer,
  withoutHash,
} from './support.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

const PAGE = '/demo/xa-gia-vien.html';
const TABS = [
  { name: 'Tin tức', section: 'news', tag: 'pbgdpl-news-feed', shows: '[part=item]' },
  {
    name: 'Văn bản pháp luật',
    section: 'documents',
    tag: 'pbgdpl-document-list',
    shows: '[part=item]',
  },
  { name: 'Hỏi đáp pháp luật', section: 'qa', tag: 'pbgdpl-legal-qa', shows: '[part=item]' },
  { name: 'Tài liệu PBGDPL', section: 'materials', tag: 'pbgdpl-materials', shows: '[part=item]' },
];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
afterEach(async () => {
  await page.close();
});

async function open(viewport: { width: number; height: number }, path = PAGE): Promise<void> {
  page = await browser.newPage({ viewport });
  errors = watchForErrors(page);
  await page.goto(`${server.origin}${path}`);
}

/** The scripts the page has requested, without their content hashes. */
function watchScripts(): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      scripts.push(withoutHash(new URL(request.url()).pathname));
    }
  });
  return scripts;
}

describe('a page with only <pbgdpl-sections>', () => {
  it('is a complete PBGDPL page, each tab loading its code when first opened', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchForErrors(page);
    const scripts = watchScripts();
    await page.goto(`${server.origin}${PAGE}`);

    await page.getByRole('heading', { level: 1, name: 'Phổ biến, giáo dục pháp luật' }).waitFor();
    const tabs = page.getByRole('tab');
    expect((await tabs.allInnerTexts()).map((label) => label.trim())).toEqual(
      TABS.map((tab) => tab.name),
    );

    for (const [index, tab] of TABS.entries()) {
      if (index > 0) await page.getByRole('tab', { name: tab.name }).click();
      await page.locator(`${tab.tag} ${tab.shows}`).first().waitFor();
      await expect(
        page.getByRole('tab', { name: tab.name }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      if (index === 0) {
        // Before any other tab opens: the entry, the core, this element, the first section and,
        // after its first answer, the code that keeps answers for an outage.
        await expect
          .poll(() => [...new Set(scripts)].sort())
          .toEqual([
            '/widgets/v1/chunks/core.js',
            '/widgets/v1/chunks/last-good.js',
            '/widgets/v1/chunks/news-feed.js',
            '/widgets/v1/chunks/sections.js',
            '/widgets/v1/pbgdpl.js',
          ]);
      }
      expect(page.url()).toContain(index ? `#pbgdpl-section=${tab.section}` : PAGE);
      await page.screenshot({ path: `test-results/sections-${tab.section}.png` });
      await expect(axeViolations(page, 'pbgdpl-sections')).resolves.toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('stacks the tabs on a phone and walks back through them with the Back button', async () => {
    await open({ width: 390, height: 844 });
    const qa = page.getByRole('tab', { name: 'Hỏi đáp pháp luật' });
    const news = page.getByRole('tab', { name: 'Tin tức' });
    const [newsBox, documentsBox] = await Promise.all([
      news.boundingBox(),
      page.getByRole('tab', { name: 'Văn bản pháp luật' }).boundingBox(),
    ]);
    // One tab per row, full width.
    expect(documentsBox?.y).toBeGreaterThan((newsBox?.y ?? 0) + (newsBox?.height ?? 0) - 2);
    expect(newsBox?.width).toBeGreaterThan(300);

    await page.locator('pbgdpl-news-feed [part=item]').first().waitFor();
    await page.screenshot({ path: 'test-results/sections-phone-news.png', fullPage: true });
    await qa.click();
    await page.locator('pbgdpl-legal-qa [part=item]').first().waitFor();
    // Open an answer: its detail is in the URL too.
    await page.locator('pbgdpl-legal-qa [part=link]').first().click();
    await page.locator('pbgdpl-legal-qa [part=detail]').waitFor();
    expect(page.url()).toMatch(/#pbgdpl-section=qa&pbgdpl-qa=/);
    await page.screenshot({ path: 'test-results/sections-phone-qa-detail.png', fullPage: true });

    await page.goBack();
    await page.locator('pbgdpl-legal-qa [part=list]').waitFor();
    await page.goBack();
    await expect(news.getAttribute('aria-selected')).resolves.toBe('true');
    expect(errors).toEqual([]);
  });

  it('opens the tab and the detail a shared link points at', async () => {
    const list = (await (
      await fetch(`${server.origin}/api/v1/documents?unit=ninh-binh-xa-gia-vien&pageSize=1`)
    ).json()) as { items: { id: string; title: string }[] };
    const doc = list.items[0];
    if (!doc) throw new Error('the seeded database has no documents');
    await open({ width: 1280, height: 900 }, `${PAGE}#pbgdpl-doc=${doc.id}`);
    await expect(
      page.getByRole('tab', { name: 'Văn bản pháp luật' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page
      .locator('pbgdpl-document-list [part=detail]')
      .getByRole('heading', { name: doc.title })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('says so when a section cannot load, and loads it on retry', async () => {
    await open({ width: 1280, height: 900 });
    await page.locator('pbgdpl-news-feed [part=item]').first().waitFor();
    await page.route('**/chunks/legal-qa-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('tab', { name: 'Hỏi đáp pháp luật' }).click();
    await expect(page.locator('pbgdpl-sections [role=alert]').textContent()).resolves.toContain(
      'Không tải được chuyên mục này',
    );
    await page.unroute('**/chunks/legal-qa-*.js');
    await page.locator('pbgdpl-sections [part=retry]').click();
    await page.locator('pbgdpl-legal-qa [part=item]').first().waitFor();
    // The browser logs the refused chunk; nothing else went wrong.
    expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
