/**
 * The document list pasted into the demo's "Văn bản" page, against the real server and its
 * seeded database, in Chromium: a citizen searches without diacritics and opens the result.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  startServer,
  watchForErrors,
  type RunningServer,
} from './support.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchForErrors(page);
});
afterEach(async () => {
  await page.close();
});

describe('document list on the demo host page', () => {
  it('finds Luật Đất đai typed without diacritics and opens its detail', async () => {
    await page.goto(`${server.origin}/demo/van-ban.html`);
    const list = page.locator('pbgdpl-document-list');
    const search = list.getByRole('searchbox', { name: 'Tìm văn bản' });
    await search.fill('luat dat dai');
    await search.press('Enter');

    // The first result is the Land Law in force, whatever else matches.
    const first = list.locator('[part=item]').first();
    await first.getByText('31/2024/QH15').waitFor();
    await expect(first.getByRole('link').textContent()).resolves.toMatch(/^Luật Đất đai/);
    expect((await first.locator('[part=badge]').textContent())?.trim()).toBe('Còn hiệu lực');
    await page.screenshot({ path: 'test-results/demo-documents-search.png', fullPage: true });

    await first.getByRole('link').click();
    const detail = list.locator('[part=detail]');
    await detail.getByRole('heading', { name: /^Luật Đất đai/ }).waitFor();
    expect(page.url()).toContain('pbgdpl-doc=luat-31-2024-qh15');
    // The title shows at once (known from the list); the full record follows.
    await detail.getByText('18/01/2024').first().waitFor();
    const source = detail.locator('[part=source]');
    await expect(source.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    await page.screenshot({ path: 'test-results/demo-documents-detail.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations inside the widget, results and detail', async () => {
    await page.goto(`${server.origin}/demo/van-ban.html#pbgdpl-doc=luat-31-2024-qh15`);
    const list = page.locator('pbgdpl-document-list');
    await list.locator('[part=detail]').getByRole('heading').first().waitFor();
    expect(await axeViolations(page, 'pbgdpl-document-list')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
