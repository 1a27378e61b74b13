/**
 * Paste-a-tag on the pages units really have, on another origin than the service: the bundle
 * pasted twice, careless global CSS, a language switch by the page's own script, and pages
 * holding a single widget. The real server and bundle (dist/cdn), Chromium; no mocks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import {
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

/** Opens a page of the unit's website holding `body`, after the pasted script. */
async function open(path: string, body: string, head = ''): Promise<void> {
  host.serve(
    path,
    hostPage(
      'Phổ biến pháp luật',
      `<script type="module" src="${server.origin}/widgets/v1/pbgdpl.js"></script>${body}`,
      { head },
    ),
  );
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = watchForErrors(page);
}

/** The paths of the API (or script) requests the page makes, as they happen. */
function watchRequests(kind: 'api' | 'script'): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.origin) return;
    if (kind === 'api' && url.pathname.startsWith('/api/v1/')) seen.push(url.pathname);
    // Without content hashes: chunks/core-AbC12_x9.js → chunks/core.js.
    if (kind === 'script' && request.resourceType() === 'script') {
      seen.push(withoutHash(url.pathname));
    }
  });
  return seen;
}

const EVERY_WIDGET = `<pbgdpl-news-feed unit="ninh-binh" page-size="3"></pbgdpl-news-feed>
<pbgdpl-document-list unit="ninh-binh" page-size="3"></pbgdpl-document-list>
<pbgdpl-legal-qa unit="ninh-binh" page-size="3"></pbgdpl-legal-qa>
<pbgdpl-materials unit="ninh-binh" kind="handbook" page-size="3"></pbgdpl-materials>
<pbgdpl-sections unit="ninh-binh" page-size="3"></pbgdpl-sections>`;
const LIST_WIDGETS = [
  'pbgdpl-news-feed',
  'pbgdpl-document-list',
  'pbgdpl-legal-qa',
  'pbgdpl-materials',
] as const;

/** Scrolls to each widget (nothing loads far from the viewport) until it lists its items. */
async function untilListed(tags: readonly string[]): Promise<void> {
  for (const tag of tags) {
    const widget = page.locator(tag).first();
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[part=item]').first().waitFor();
  }
}

describe('the bundle pasted twice, from two addresses', () => {
  /** The chunks this page needs, from one tree. */
  const chunks = (tree: string) =>
    ['core', 'legal-qa', 'materials', 'news-feed', 'provider', 'search'].map(
      (name) => `/widgets/${tree}/chunks/${name}.js`,
    );

  it.each([
    ['leaves every tag to the first copy, so nothing loads twice', false],
    // Copies that cannot see each other's claims: releases before they shared them.
    ['copes with copies that each load everything', true],
  ])('never throws and renders each widget once; %s', async (_, apart) => {
    await open(
      '/hai-ban.html',
      `<script type="module" src="${server.origin}/widgets/${pkg.version}/pbgdpl.js"></script>
<pbgdpl-provider unit="ninh-binh">
  <pbgdpl-news-feed page-size="3"></pbgdpl-news-feed>
  <pbgdpl-legal-qa page-size="3"></pbgdpl-legal-qa>
</pbgdpl-provider>`,
    );
    if (apart) {
      // The shared claims can no longer be stored: each copy keeps its own set (see cdn.ts).
      await page.addInitScript(() =>
        Object.defineProperty(window, Symbol.for('pbgdpl.requested'), { set() {} }),
      );
    }
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const api = watchRequests('api');
    const scripts = watchRequests('script');
    await page.goto(`${host.origin}/hai-ban.html`);
    await untilListed(['pbgdpl-news-feed', 'pbgdpl-legal-qa']);

    // A widget the page adds later is seen by both copies, and still made once.
    await page.evaluate(() => {
      const materials = document.createElement('pbgdpl-materials');
      materials.setAttribute('unit', 'ninh-binh');
      materials.setAttribute('page-size', '3');
      document.body.append(materials);
    });
    await untilListed(['pbgdpl-materials']);

    // Both copies ran. Apart, the second defines nothing and says so; together, it loads nothing.
    const entries = ['/widgets/v1/pbgdpl.js', `/widgets/${pkg.version}/pbgdpl.js`];
    // After the first answers, the code that keeps them for an outage: from the copy whose core
    // made the request (either, when the copies cannot see each other's claims).
    const isLastGood = (path: string) => path.endsWith('/chunks/last-good.js');
    await expect.poll(() => scripts.some(isLastGood)).toBe(true);
    if (!apart) expect(scripts.filter(isLastGood)).toEqual(['/widgets/v1/chunks/last-good.js']);
    expect(scripts.filter((path) => !isLastGood(path)).sort()).toEqual(
      [...entries, ...chunks('v1'), ...(apart ? chunks(pkg.version) : [])].sort(),
    );
    expect(
      warnings.filter((text) => text.includes('already defined by another copy')),
    ).toHaveLength(apart ? 4 : 0);
    const shown = await page.evaluate(() =>
      ['pbgdpl-news-feed', 'pbgdpl-legal-qa', 'pbgdpl-materials'].map((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return [
          tag,
          root?.querySelectorAll('[part=heading]').length,
          root?.querySelectorAll('[part=item]').length,
        ];
      }),
    );
    expect(shown).toEqual([
      ['pbgdpl-news-feed', 1, 3],
      ['pbgdpl-legal-qa', 1, 3],
      ['pbgdpl-materials', 1, 3],
    ]);
    // One request per list: one element, one set of controllers, whichever copy defined it.
    expect(api.sort()).toEqual(['/api/v1/materials', '/api/v1/news', '/api/v1/questions']);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('careless global CSS on the host page', () => {
  /**
   * What such a page does: everything red, every div a flex row, its own buttons bare, and the
   * 62.5% root with the body set back to 16 px in rem; inherited text styles on the body.
   */
  const CARELESS = `<style>
* { color: red !important }
div { display: flex }
button { all: unset }
html { font-size: 62.5% }
body { font-size: 1.6rem; line-height: 1; text-align: center; text-transform: uppercase;
  letter-spacing: 0.3em; white-space: nowrap; font-style: italic }
a { color: red !important; text-decoration: none }
p, ul, li, section, nav, h2, h3, img { all: unset }
</style>`;
  const RED = 'rgb(255, 0, 0)';

  it('reaches no widget past its host element', async () => {
    await open('/cau-tha.html', EVERY_WIDGET, CARELESS);
    await page.goto(`${host.origin}/cau-tha.html`);
    await untilListed(LIST_WIDGETS);
    await page.locator('pbgdpl-sections').scrollIntoViewIfNeeded();
    await page.locator('pbgdpl-sections pbgdpl-news-feed [part=item]').first().waitFor();
    await page.screenshot({ path: 'test-results/host-careless-css.png', fullPage: true });

    const tags = [...LIST_WIDGETS, 'pbgdpl-sections'];
    const styles = await page.evaluate((tags) => {
      const pick = (element: Element | null | undefined, ...names: string[]) => {
        const style = element && getComputedStyle(element);
        return Object.fromEntries(names.map((name) => [name, style?.getPropertyValue(name)]));
      };
      return tags.map((tag) => {
        const widget = document.querySelector(tag);
        const root = widget?.shadowRoot;
        return {
          tag,
          host: pick(widget, 'color'),
          base: pick(
            root?.querySelector('[part=base]'),
            'text-transform',
            'letter-spacing',
            'white-space',
            'text-align',
            'font-style',
          ),
          heading: pick(root?.querySelector('[part=heading]'), 'display', 'font-size'),
          link: pick(root?.querySelector('a'), 'color', 'font-size'),
          button: pick(
            root?.querySelector('button:not([aria-disabled=true])'),
            'display',
            'cursor',
            'padding-left',
            'height',
            'font-size',
          ),
        };
      });
    }, tags);

    for (const { tag, host, base, heading, link, button } of styles) {
      // `*` styles the host element itself: the widget's plain text takes the page's colour,
      // as any element of the page would. Its own colours (links, buttons) stay its own.
      expect(host.color, tag).toBe(RED);
      // Inherited text styles stop at the widget's edge.
      expect(base, tag).toEqual({
        'text-transform': 'none',
        'letter-spacing': 'normal',
        'white-space': 'normal',
        'text-align': 'start',
        'font-style': 'normal',
      });
      // `div { display: flex }` lays out the page's divs, not ours.
      expect(heading.display, tag).toBe('block');
      // Readable: the widgets size text in em, from the body's 16 px, not the 10 px root.
      expect(parseFloat(heading['font-size'] ?? ''), tag).toBeGreaterThanOrEqual(20);
      if (tag !== 'pbgdpl-sections') {
        expect(link.color, tag).not.toBe(RED);
        expect(parseFloat(link['font-size'] ?? ''), tag).toBeGreaterThanOrEqual(14);
      }
      // Buttons keep their look and a target a finger can hit (WCAG 2.5.8: 24 px at least).
      expect(button.cursor, tag).toBe('pointer');
      expect(parseFloat(button['padding-left'] ?? ''), tag).toBeGreaterThan(0);
      expect(parseFloat(button.height ?? ''), tag).toBeGreaterThanOrEqual(24);
      expect(parseFloat(button['font-size'] ?? ''), tag).toBeGreaterThanOrEqual(14);
    }
    expect(errors).toEqual([]);
  });
});

describe('the page switching its language', () => {
  it('switches every widget between Vietnamese and English at once, without a reload', async () => {
    await open('/ngon-ngu.html', EVERY_WIDGET);
    await page.goto(`${host.origin}/ngon-ngu.html`);
    await untilListed(LIST_WIDGETS);
    // A reload would lose this.
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    const vi = [
      'Tin tức hoạt động PBGDPL',
      'Văn bản pháp luật',
      'Hỏi đáp pháp luật',
      'Tài liệu PBGDPL',
      'Phổ biến, giáo dục pháp luật',
    ];
    const en = [
      'PBGDPL news',
      'Legal documents',
      'Legal questions and answers',
      'PBGDPL materials',
      'Legal dissemination and education',
    ];
    /** The section headings, the tabs and the Q&A's buttons on screen. */
    const strings = () =>
      page.evaluate(() => {
        const texts = (tag: string, selector: string) => [
          ...[
            ...(document.querySelector(`body > ${tag}`)?.shadowRoot?.querySelectorAll(selector) ??
              []),
          ].map((element) => element.textContent?.trim()),
        ];
        return {
          headings: [
            'pbgdpl-news-feed',
            'pbgdpl-document-list',
            'pbgdpl-legal-qa',
            'pbgdpl-materials',
            'pbgdpl-sections',
          ].flatMap((tag) => texts(tag, '[part=heading]')),
          tabs: texts('pbgdpl-sections', '[part=tab]'),
          views: texts('pbgdpl-legal-qa', '[part=views] button'),
        };
      });

    expect(await strings()).toEqual({
      headings: vi,
      tabs: ['Tin tức', 'Văn bản pháp luật', 'Hỏi đáp pháp luật', 'Tài liệu PBGDPL'],
      views: ['Câu hỏi đã trả lời', 'Đặt câu hỏi', 'Tra cứu câu hỏi'],
    });

    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(strings).toEqual({
      headings: en,
      tabs: ['News', 'Legal documents', 'Legal Q&A', 'Materials'],
      views: ['Answered questions', 'Ask a question', 'Look up a question'],
    });

    await page.evaluate(() => (document.documentElement.lang = 'vi'));
    await expect.poll(async () => (await strings()).headings).toEqual(vi);
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a page with a single widget', () => {
  it.each([
    ['pbgdpl-materials', ['chunks/core.js', 'chunks/materials.js', 'chunks/search.js']],
    ['pbgdpl-document-list', ['chunks/core.js', 'chunks/document-list.js', 'chunks/search.js']],
  ])('with <%s> downloads that widget’s code and nothing else', async (tag, chunks) => {
    await open(`/${tag}.html`, `<${tag} unit="ninh-binh"></${tag}>`);
    const scripts = watchRequests('script');
    await page.goto(`${host.origin}/${tag}.html`);
    await untilListed([tag]);
    // With the code that keeps the first good answer for an outage.
    await expect
      .poll(() => [...scripts].sort())
      .toEqual(
        [...chunks, 'chunks/last-good.js']
          .map((chunk) => `/widgets/v1/${chunk}`)
          .concat('/widgets/v1/pbgdpl.js')
          .sort(),
      );
    expect(errors).toEqual([]);
  });
});
