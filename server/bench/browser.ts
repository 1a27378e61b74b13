/**
 * Section (c): the demo news page in headless Debian Chromium beside the same items as plain
 * HTML (/bench/static), each run in a fresh context (empty cache), pages alternating. Per page:
 * time from navigation start to the first `[part=item]` on screen (checked every animation
 * frame, inside the widget's shadow root too), and Total Blocking Time from long tasks.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/chromium.js';

export interface PageStats {
  url: string;
  /** Medians over the runs, in ms. */
  firstItem: number;
  tbt: number;
  samples: { firstItem: number; tbt: number }[];
}

export interface BrowserReport {
  widget: PageStats;
  static: PageStats;
  /** Median TBT the widgets add: widget page minus static page. */
  addedTbt: number;
}

/** Runs in the page before its own scripts; a string, as the server has no DOM types. */
const PROBE = `
  window.__bench = { tbt: 0 };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__bench.tbt += Math.max(0, task.duration - 50);
  }).observe({ type: 'longtask', buffered: true });
  const found = () =>
    document.querySelector('[part=item]') ||
    document.querySelector('pbgdpl-news-feed')?.shadowRoot?.querySelector('[part=item]');
  const poll = () => {
    if (found()) window.__bench.firstItem = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function load(browser: Browser, url: string): Promise<{ firstItem: number; tbt: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction('window.__bench.firstItem !== undefined');
    // Let the page settle, so long tasks after the first item count too.
    await page.waitForLoadState('networkidle');
    return (await page.evaluate('window.__bench')) as { firstItem: number; tbt: number };
  } finally {
    await context.close();
  }
}

export async function measurePages(origin: string, runs: number): Promise<BrowserReport> {
  const urls = { widget: `${origin}/demo/`, static: `${origin}/bench/static` };
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // Warm up the server and Chromium; not counted.
    await load(browser, urls.widget);
    await load(browser, urls.static);
    const samples = { widget: [] as PageStats['samples'], static: [] as PageStats['samples'] };
    for (let i = 0; i < runs; i++) {
      for (const key of i % 2 ? (['static', 'widget'] as const) : (['widget', 'static'] as const)) {
        samples[key].push(await load(browser, urls[key]));
      }
    }
    const stats = (key: keyof typeof urls): PageStats => ({
      url: urls[key],
      firstItem: median(samples[key].map((s) => s.firstItem)),
      tbt: median(samples[key].map((s) => s.tbt)),
      samples: samples[key],
    });
    const widget = stats('widget');
    const plain = stats('static');
    return { widget, static: plain, addedTbt: widget.tbt - plain.tbt };
  } finally {
    await browser.close();
  }
}
