/**
 * MSW handlers that answer like API v1 from the sample fixtures, for Storybook, element tests
 * and the demo. URLs start with `*` because the page origin differs between those.
 *
 *   import { scenarios } from '../mocks/handlers.js';
 *   worker.use(...scenarios.error);                      // tests
 *   parameters: { msw: { handlers: scenarios.empty } }   // Storybook (msw-storybook-addon)
 */
import { delay, http, HttpResponse } from 'msw';
import type { ListResponse, NewsSummary } from '../src/api/types.js';
import { NEWS_CATEGORY_LABELS } from '../src/api/labels.js';
import { documentHandlers } from './documents.js';
import { materialHandlers } from './materials.js';
import { questionHandlers } from './questions.js';
import { newsItems, toSummary, unsafeNewsItem } from './fixtures/news.js';
import { unitLineage, units } from './fixtures/units.js';
import { paging, problem, withEtag } from './respond.js';

export { newsItems, toSummary, unsafeNewsItem } from './fixtures/news.js';
export { units } from './fixtures/units.js';
export { documents, SAMPLE_TODAY, toDocumentSummary } from './fixtures/documents.js';
export { materials } from './fixtures/materials.js';
export { brokenMaterialFiles } from './materials.js';
export { problem } from './respond.js';
export {
  ANSWERED_CODE,
  questions,
  resetQuestionStore,
  submissions,
  toQuestionSummary,
} from './questions.js';

const API = '*/api/v1';

/** Working API: news with unit scope, category filter and pages; documents; materials; units. */
const working = [
  ...documentHandlers,
  ...questionHandlers,
  ...materialHandlers,
  http.get(`${API}/news`, ({ request }) => {
    const url = new URL(request.url);
    const pages = paging(url);
    if (pages instanceof HttpResponse) return pages;
    const unit = url.searchParams.get('unit');
    const scope = url.searchParams.get('scope') ?? 'inherited';
    const category = url.searchParams.get('category');
    if (category && !(category in NEWS_CATEGORY_LABELS)) {
      return problem(400, 'Chuyên mục không hợp lệ', `Không có chuyên mục "${category}".`);
    }
    const visible = unit ? (scope === 'own' ? [unit] : unitLineage(unit)) : undefined;
    const matching = newsItems.filter(
      (item) =>
        (!visible || visible.includes(item.unitId)) && (!category || item.category === category),
    );
    const { page, pageSize } = pages;
    const body: ListResponse<NewsSummary> = {
      items: matching.slice((page - 1) * pageSize, page * pageSize).map(toSummary),
      page,
      pageSize,
      total: matching.length,
    };
    return withEtag(request, body);
  }),
  http.get(`${API}/news/:id`, ({ request, params }) => {
    const item = [...newsItems, unsafeNewsItem].find((news) => news.id === params['id']);
    return item
      ? withEtag(request, item)
      : problem(404, 'Không tìm thấy tin', `Không có tin "${String(params['id'])}".`);
  }),
  http.get(`${API}/units`, ({ request }) => {
    const pages = paging(new URL(request.url));
    if (pages instanceof HttpResponse) return pages;
    const { page, pageSize } = pages;
    const items = units.slice((page - 1) * pageSize, page * pageSize);
    return withEtag(request, { items, page, pageSize, total: units.length });
  }),
  http.get(`${API}/units/:id`, ({ request, params }) => {
    const unit = units.find((u) => u.id === params['id']);
    if (!unit) return problem(404, 'Không tìm thấy đơn vị');
    const ancestors = unitLineage(unit.id)
      .slice(1)
      .map((id) => units.find((u) => u.id === id))
      .filter((u) => u !== undefined)
      .map(({ id, name, kind }) => ({ id, name, kind }));
    const childCount = units.filter((u) => u.parentId === unit.id).length;
    return withEtag(request, { ...unit, ancestors, childCount });
  }),
];

/** Placeholder artwork for the fixtures' service-relative images (`/media/…`). */
const media = [
  http.get('*/media/*', ({ request }) => {
    const name = new URL(request.url).pathname.split('/').pop() ?? '';
    const hue = [...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="hsl(${hue} 45% 85%)"/><path d="M0 150 80 90l60 40 70-70 110 90v20H0Z" fill="hsl(${hue} 40% 60%)"/></svg>`;
    return new HttpResponse(svg, { headers: { 'content-type': 'image/svg+xml' } });
  }),
];

/**
 * Handler sets by scenario. Each set is complete (news, documents, materials, units, media), so
 * a story or test passes exactly one:
 * - `default`: the sample data;
 * - `loading`: news, document and material requests never answer (the client gives up after
 *   its 8 s timeout);
 * - `empty`: a unit with no news, no documents and no materials yet;
 * - `error`: the news, document and material services fail with a 500 problem.
 */
export const scenarios = {
  default: [...working, ...media],
  loading: [
    http.get(`${API}/news`, () => delay('infinite')),
    http.get(`${API}/news/:id`, () => delay('infinite')),
    http.get(`${API}/documents`, () => delay('infinite')),
    http.get(`${API}/documents/:id`, () => delay('infinite')),
    http.get(`${API}/materials`, () => delay('infinite')),
    http.get(`${API}/materials/:id`, () => delay('infinite')),
    ...working,
    ...media,
  ],
  empty: [
    http.get(`${API}/news`, ({ request }) => {
      const pages = paging(new URL(request.url));
      if (pages instanceof HttpResponse) return pages;
      return HttpResponse.json({ items: [], page: pages.page, pageSize: pages.pageSize, total: 0 });
    }),
    http.get(`${API}/documents`, ({ request }) => {
      const pages = paging(new URL(request.url));
      if (pages instanceof HttpResponse) return pages;
      const facets = { type: [], issuer: [], field: [], status: [] };
      return HttpResponse.json({ items: [], ...pages, total: 0, facets });
    }),
    http.get(`${API}/materials`, ({ request }) => {
      const pages = paging(new URL(request.url));
      if (pages instanceof HttpResponse) return pages;
      return HttpResponse.json({ items: [], ...pages, total: 0, facets: { kind: [], field: [] } });
    }),
    ...working,
    ...media,
  ],
  error: [
    http.get(`${API}/news`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    http.get(`${API}/news/:id`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    http.get(`${API}/documents`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    http.get(`${API}/documents/:id`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    http.get(`${API}/materials`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    http.get(`${API}/materials/:id`, () =>
      problem(500, 'Lỗi máy chủ', 'Máy chủ gặp sự cố, vui lòng thử lại sau.'),
    ),
    ...working,
    ...media,
  ],
};

/** The default handlers (the sample data), as `setupWorker(...handlers)` expects them. */
export const handlers = scenarios.default;
