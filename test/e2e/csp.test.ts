/**
 * Paste-a-tag on a locked-down website: a unit's page on another origin, with the strictest
 * Content Security Policy our embed guide supports (no inline styles, Trusted Types), holding
 * every widget. Each one lists, opens a detail (the HTML sanitizer runs), the Q&A sends a
 * question (the proof of work runs) and the sections switch tabs, without one violation.
 * The real server and bundle (dist/cdn), Chromium; no mocks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hostPage,
  launchBrowser,
  startHostSite,
  startServer,
  watchForErrors,
  type HostSite,
  type RunningServer,
} from './support.js';

let server: RunningServer;
let host: HostSite;
let browser: Browser;

beforeAll(async () => {
  [server, host, browser] = await Promise.all([startServer(), startHostSite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.stop();
});

/** Every violation the page reports, as the browser describes it. */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describe('a host page with a strict CSP and Trusted Types', () => {
  it('runs every widget without a single violation', async () => {
    const central = server.origin;
    const csp = [
      `script-src 'self' ${central}`,
      "style-src 'self'",
      `connect-src ${central}`,
      `img-src ${central}`,
      `media-src ${central}`,
      "require-trusted-types-for 'script'",
      'trusted-types lit-html pbgdpl',
    ].join('; ');
    host.serve(
      '/csp.html',
      hostPage(
        'Phổ biến pháp luật',
        `<script type="module" src="${central}/widgets/v1/pbgdpl.js"></script>
<pbgdpl-news-feed id="news" unit="ninh-binh" page-size="3"></pbgdpl-news-feed>
<pbgdpl-document-list id="documents" unit="ninh-binh" page-size="3"></pbgdpl-document-list>
<pbgdpl-legal-qa id="qa" unit="ninh-binh" page-size="3"></pbgdpl-legal-qa>
<pbgdpl-materials id="materials" unit="ninh-binh" kind="audio" page-size="3"></pbgdpl-materials>
<pbgdpl-sections id="sections" unit="ninh-binh" page-size="3"></pbgdpl-sections>`,
        // The service's icon: `img-src` allows nothing else.
        { icon: `${central}/favicon.ico` },
      ),
      { 'content-security-policy': csp },
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    // Before the page's own scripts, so nothing the widgets do goes unseen.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`),
      );
    });
    await page.goto(`${host.origin}/csp.html`);

    // The policy is in force: the page itself may add neither an inline style nor HTML from a
    // string.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'h1 { color: rgb(1, 2, 3) }';
      document.head.append(style);
      try {
        document.body.insertAdjacentHTML('beforeend', '<p>x</p>');
      } catch {
        // refused, as it should be
      }
    });
    await expect
      .poll(async () => (await violations(page)).map((line) => line.split(':')[0]).sort())
      .toEqual(['require-trusted-types-for', 'style-src-elem']);
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations.splice(0));
    errors.splice(0); // the browser's console reports of the same

    // The space reserved before the upgrade came through: a stylesheet, not a <style>.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);

    // Sections, first (the details opened below are in the URL, which its tabs follow): the
    // first tab shows news, another tab loads its section.
    const sections = page.locator('#sections');
    await sections.scrollIntoViewIfNeeded();
    await sections.locator('pbgdpl-news-feed [part=item]').first().waitFor();
    await sections.getByRole('tab', { name: 'Văn bản pháp luật' }).click();
    await sections.locator('pbgdpl-document-list [part=item]').first().waitFor();

    // News: the article opens through the sanitizer and its Trusted Types policy.
    const news = page.locator('#news');
    await news.scrollIntoViewIfNeeded();
    await news.locator('[part=link]').first().click();
    await news.locator('[part=detail] [part=body] p').first().waitFor();

    // Documents and materials (a radio programme: the player, from the service): a detail each.
    for (const id of ['#documents', '#materials']) {
      const widget = page.locator(id);
      await widget.scrollIntoViewIfNeeded();
      await widget.locator('[part=link]').first().click();
      await widget.locator('[part=detail]').waitFor();
    }

    // Legal Q&A: an answer (sanitized), then a question sent with its proof of work.
    const qa = page.locator('#qa');
    await qa.scrollIntoViewIfNeeded();
    await qa.locator('[part=link]').first().click();
    await qa.locator('[part=detail] [part=body]').waitFor();
    await qa.getByRole('button', { name: /quay lại/i }).click();
    await qa.getByRole('button', { name: 'Đặt câu hỏi' }).click();
    await qa.getByLabel(/^Tiêu đề/).fill('Câu hỏi từ trang có CSP chặt');
    await qa
      .getByLabel(/^Nội dung câu hỏi/)
      .fill('Trang của xã bật CSP và Trusted Types; người dân có gửi được câu hỏi không?');
    await qa.getByLabel(/^Lĩnh vực/).selectOption('dat-dai');
    await qa.getByLabel(/^Họ và tên/).fill('Người hỏi thử nghiệm');
    await qa.getByLabel('Thư điện tử').fill('nguoi.hoi@example.com');
    await qa.getByLabel(/Tôi đồng ý/).check();
    await qa.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const code = await qa.locator('[part=tracking-code]').textContent({ timeout: 30_000 });
    expect(code?.trim()).toMatch(/^PB-[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
