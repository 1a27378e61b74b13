/**
 * Widgets in an outage, for real: a unit's page on its own origin with the built bundle
 * (a copy of dist/cdn) and every section, the real central server stopped under it and
 * started again. What the citizen sees must stay readable, and the host page unharmed.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hostPage,
  launchBrowser,
  startHostSite,
  startServer,
  type HostSite,
  type RunningServer,
} from './support.js';

/** Every section, and the all-sections element (its first tab shows the news). */
const SECTIONS = [
  'pbgdpl-news-feed',
  'pbgdpl-document-list',
  'pbgdpl-legal-qa',
  'pbgdpl-materials',
  'pbgdpl-sections',
];

let server: RunningServer;
let host: HostSite;
let browser: Browser;

beforeAll(async () => {
  [server, host, browser] = await Promise.all([startServer(), startHostSite(), launchBrowser()]);
  host.serveFiles('/cdn/', 'dist/cdn');
  host.serve(
    '/',
    hostPage(
      'Phổ biến pháp luật',
      `<script type="module" src="/cdn/pbgdpl.js"></script>
      ${SECTIONS.map((tag) => `<${tag} api="${server.origin}" unit="ninh-binh"></${tag}>`).join('\n')}`,
    ),
  );
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.stop();
});

/** What would mean the widgets broke the host page, recorded inside it from the first script. */
function recordFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser logs each request the stopped server refused; those are expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      failures.push(`console: ${message.text()}`);
    }
  });
  return failures;
}

async function unhandledRejections(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { rejections: string[] }).rejections);
}

/** The page's own `<tag>` (the first in document order: the sections' news tab comes later). */
const section = (page: Page, tag: string): Locator => page.locator(tag).first();

async function expectContent(page: Page): Promise<void> {
  for (const tag of SECTIONS) {
    await expect
      .poll(() => section(page, tag).locator('[part=item]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  }
}

/** Rows in the widgets' last-good store, read from the page. */
function storedRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('pbgdpl');
        open.onsuccess = () => {
          const count = open.result.transaction('last-good').objectStore('last-good').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
        open.onerror = () => resolve(0);
      }),
  );
}

describe('every section while the service is down', () => {
  it('shows what it showed last, says when it was fresh, and recovers when the service is back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 6000 } });
    await page.addInitScript(() => {
      const rejections: string[] = [];
      (window as unknown as { rejections: string[] }).rejections = rejections;
      addEventListener('unhandledrejection', (event) => rejections.push(String(event.reason)));
    });
    const failures = recordFailures(page);

    await page.goto(`${host.origin}/`);
    await expectContent(page);
    await expect.poll(() => storedRows(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const titles = await section(page, 'pbgdpl-news-feed').locator('[part=item]').allInnerTexts();

    // A later visit: the API's responses (max-age=60) are no longer in the HTTP cache.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.clearBrowserCache');
    await server.stop({ keepData: true });
    await page.reload();
    await expectContent(page);
    for (const tag of SECTIONS) {
      await expect
        .poll(() => section(page, tag).locator('[part=stale]').innerText(), { timeout: 10_000 })
        .toMatch(/^Cập nhật lúc \d/);
      expect(await section(page, tag).locator('[part=error]').count()).toBe(0);
    }
    expect(await section(page, 'pbgdpl-news-feed').locator('[part=item]').allInnerTexts()).toEqual(
      titles,
    );
    for (const tag of SECTIONS) await expect(axeViolations(page, tag)).resolves.toEqual([]);
    await section(page, 'pbgdpl-news-feed').screenshot({ path: 'test-results/outage-stored.png' });
    expect(await unhandledRejections(page)).toEqual([]);
    expect(failures).toEqual([]);

    // A reader who never visited (nothing stored): each section says it cannot reach the
    // service and links to the unit's page on the central site.
    const stranger = await browser.newPage({ viewport: { width: 1280, height: 6000 } });
    const strangerFailures = recordFailures(stranger);
    await stranger.goto(`${host.origin}/`);
    for (const tag of SECTIONS) {
      await expect
        .poll(() => section(stranger, tag).locator('[part=error] [role=alert]').innerText(), {
          timeout: 15_000,
        })
        .toMatch(/^Không kết nối được máy chủ/);
      await expect(
        section(stranger, tag).locator('[part=unit-page] a').getAttribute('href'),
      ).resolves.toBe(`${server.origin}/units/ninh-binh`);
    }
    for (const tag of SECTIONS) await expect(axeViolations(stranger, tag)).resolves.toEqual([]);
    await section(stranger, 'pbgdpl-news-feed').screenshot({
      path: 'test-results/outage-nothing-stored.png',
    });
    expect(strangerFailures).toEqual([]);
    await stranger.close();

    server = await startServer({ dataDir: server.dataDir, port: server.port });
    await devtools.send('Network.clearBrowserCache');
    await page.reload();
    await expectContent(page);
    for (const tag of SECTIONS) {
      expect(await section(page, tag).locator('[part=stale]').count()).toBe(0);
    }
    expect(await unhandledRejections(page)).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });
});
