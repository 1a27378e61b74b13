/**
 * Every widget fed malformed API answers drawn by fast-check: missing fields, nulls, wrong
 * types, huge arrays, markup in text, bodies that are not JSON. Whatever arrives, the widget
 * throws nothing into the host page, renders text as text, and shows content, an empty state
 * or its error state.
 */
import fc from 'fast-check';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { defined, find, mount, waitFor, worker } from './helpers.js';

const SEED = 20261128;
const RUNS = 20;

const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><iframe src="javascript:window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">x</a>',
];

/** Any JSON value a careless or broken service might put where a field belongs. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.constantFrom(null, true, 0, -1, 1e308, '', 'x'.repeat(5000), '2026-13-45', 'not-a-date'),
  fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constant({}),
);

const FIELDS = [
  'id',
  'unitId',
  'unitName',
  'title',
  'summary',
  'category',
  'image',
  'publishedAt',
  'number',
  'type',
  'issuers',
  'fields',
  'status',
  'issuedDate',
  'effectiveDate',
  'question',
  'answerHtml',
  'bodyHtml',
  'answeredAt',
  'field',
  'kind',
  'file',
  'media',
  'thumbnail',
  'code',
  'name',
];

/** An item with some fields present, each holding anything. */
const item = fc.dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 8 });

/** A list envelope whose parts may be missing or of the wrong type. */
const list = fc.record(
  {
    items: fc.oneof(fc.array(item, { maxLength: 8 }), junk),
    page: fc.oneof(fc.constant(1), junk),
    pageSize: fc.oneof(fc.constant(10), junk),
    total: fc.oneof(fc.nat(100), junk),
    facets: fc.oneof(fc.constant({ type: [{ value: MARKUP[0], count: 'x' }] }), junk),
  },
  { requiredKeys: [] },
);

/** Text a hostile or careless editor might publish: markup, huge, bidi, combining marks. */
const hostileText = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.constantFrom('Đất đai'.normalize('NFD'), '\u202eabc', 'a\u0301\u0302\u0303', 'x'.repeat(5000)),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/** An item of the right types for every resource at once, its text hostile. */
const wellTypedItem = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
  unitId: fc.constant('ninh-binh'),
  unitName: hostileText,
  title: hostileText,
  summary: hostileText,
  category: hostileText,
  image: fc.option(fc.record({ url: fc.constant('/media/x.svg'), alt: hostileText })),
  publishedAt: fc.constant('2026-11-09T08:00:00+07:00'),
  number: hostileText,
  type: hostileText,
  issuers: fc.array(hostileText, { maxLength: 2 }),
  fields: fc.array(hostileText, { maxLength: 2 }),
  status: hostileText,
  issuedDate: fc.constant('2026-01-01'),
  effectiveDate: fc.constant(null),
  field: hostileText,
  askedAt: fc.constant('2026-11-01T08:00:00+07:00'),
  answeredAt: fc.constant('2026-11-02T08:00:00+07:00'),
  kind: hostileText,
  thumbnail: fc.constant(null),
  file: fc.constant(null),
  media: fc.constant(null),
});

const wellTypedList = fc.array(wellTypedItem, { minLength: 1, maxLength: 6 }).map((items) => ({
  items,
  page: 1,
  pageSize: 10,
  total: items.length,
}));

/** What the service answers, as a function that builds the response. */
type Answer = () => Response;

const answer: fc.Arbitrary<Answer> = fc.oneof(
  list.map((body) => () => HttpResponse.json(body)),
  wellTypedList.map((body) => () => HttpResponse.json(body)),
  item.map((body) => () => HttpResponse.json(body)),
  junk.map((body) => () => HttpResponse.json(body as JsonBodyType)),
  fc.constantFrom<Answer>(
    // 5000 items whose titles are markup.
    () =>
      HttpResponse.json({
        items: Array.from({ length: 5000 }, (_, i) => ({
          id: `x${i}`,
          unitId: 'ninh-binh',
          unitName: MARKUP[(i + 1) % 5],
          title: MARKUP[i % 5],
          summary: MARKUP[(i + 2) % 5],
          category: 'hoat-dong',
          image: null,
          publishedAt: '2026-11-09T08:00:00+07:00',
        })),
        page: 1,
        pageSize: 10,
        total: 5000,
      }),
    () =>
      new HttpResponse('<html><body>Bad gateway</body></html>', {
        headers: { 'content-type': 'application/json' },
      }),
    () => new HttpResponse('{"items": [', { headers: { 'content-type': 'application/json' } }),
    () => new HttpResponse('', { headers: { 'content-type': 'application/json' } }),
    () => HttpResponse.text('OK'),
    () => HttpResponse.html('<h1>Maintenance</h1>'),
  ),
);

const WIDGETS = [
  'pbgdpl-news-feed',
  'pbgdpl-document-list',
  'pbgdpl-legal-qa',
  'pbgdpl-materials',
  'pbgdpl-sections',
] as const;

/** Every element inside `root`, through nested shadow roots (sections holds other widgets). */
function deepElements(root: ShadowRoot | Element): Element[] {
  const all: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    all.push(el);
    if (el.shadowRoot) all.push(...deepElements(el.shadowRoot));
  }
  return all;
}

/** Content, an empty state or an error state, in the widget or a nested one. */
function settled(host: Element): boolean {
  const shown = deepElements(defined(host.shadowRoot));
  return shown.some((el) =>
    ['item', 'empty', 'error', 'detail'].includes(el.getAttribute('part') ?? ''),
  );
}

let run = 0;

describe('widgets fed malformed API answers', () => {
  it.each(WIDGETS)(
    '<%s> throws nothing, injects nothing and shows a state',
    async (tag) => {
      await fc.assert(
        fc.asyncProperty(answer, async (respond) => {
          worker.use(http.get('*/api/v1/*', () => respond()));
          const thrown: unknown[] = [];
          const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
          const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onRejection);
          try {
            // A service root of its own per run: no cached or last-good body from a prior run.
            run += 1;
            const el = await mount(
              `<${tag} api="${location.origin}/fuzz-${run}" unit="ninh-binh"></${tag}>`,
            );
            await waitFor(() =>
              expect(
                settled(el),
                deepElements(defined(el.shadowRoot))
                  .map((e) => e.tagName + ':' + (e.getAttribute('part') ?? ''))
                  .join(' '),
              ).toBe(true),
            );
            const elements = deepElements(defined(el.shadowRoot));
            const injected = elements.filter(
              (e) =>
                ['SCRIPT', 'IFRAME'].includes(e.tagName) ||
                [...e.attributes].some((a) => a.name.startsWith('on')) ||
                (e.getAttribute('href') ?? '').startsWith('javascript:'),
            );
            expect(injected.map((e) => e.outerHTML)).toEqual([]);
            expect((window as { __pwned?: number }).__pwned).toBeUndefined();
            expect(thrown).toEqual([]);
          } finally {
            window.removeEventListener('error', onError);
            window.removeEventListener('unhandledrejection', onRejection);
            document.body.replaceChildren();
            worker.resetHandlers();
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    120_000,
  );

  it('shows markup in a title or summary as the text it is', async () => {
    const title = defined(MARKUP[0]);
    const summary = defined(MARKUP[1]);
    worker.use(
      http.get('*/api/v1/news', () =>
        HttpResponse.json({
          items: [
            {
              id: 'x',
              unitId: 'ninh-binh',
              unitName: 'UBND',
              title,
              summary,
              category: 'hoat-dong',
              image: null,
              publishedAt: '2026-11-09T08:00:00+07:00',
            },
          ],
          page: 1,
          pageSize: 5,
          total: 1,
        }),
      ),
    );
    const el = await mount(
      `<pbgdpl-news-feed api="${location.origin}/fuzz-title"></pbgdpl-news-feed>`,
    );
    await waitFor(() => expect(find(el, '[part=item]')).not.toBeNull());
    expect(find(el, '[part=link]')?.textContent).toBe(title);
    expect(find(el, '[part=summary]')?.textContent).toBe(summary);
    expect(find(el, '[part=item] img')).toBeNull();
    expect(find(el, 'script')).toBeNull();
  });

  // Regression: a list without `items` threw "Cannot read properties of undefined (reading
  // 'length')" into the host page on render, and the widget stayed on its skeleton for good.
  it.each(WIDGETS)('<%s> shows its error state for `{}` as a list', async (tag) => {
    worker.use(http.get('*/api/v1/*', () => HttpResponse.json({})));
    const el = await mount(`<${tag} api="${location.origin}/fuzz-empty-object"></${tag}>`);
    await waitFor(() =>
      expect(
        deepElements(defined(el.shadowRoot)).some((e) => e.getAttribute('part') === 'error'),
      ).toBe(true),
    );
  });
});
