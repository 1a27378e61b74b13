import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { defined } from './defined.js';
import { handlers, newsItems } from '../../mocks/handlers.js';

const server = setupServer(...handlers);
/** Every request the mock server saw, in order. */
let requests: Request[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());
server.events.on('request:start', ({ request }) => {
  requests.push(request.clone());
});

/** A fresh client (own cache) on the test page's origin. */
const client = () => new ApiClient(location.origin);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('ApiClient', () => {
  it('asks for news with the query, leaving out empty values', async () => {
    const page = await client().news({
      unit: 'ninh-binh',
      category: undefined,
      page: 2,
      pageSize: 3,
    });
    const url = new URL(defined(requests[0]).url);
    expect(url.pathname).toBe('/api/v1/news');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      unit: 'ninh-binh',
      page: '2',
      pageSize: '3',
    });
    expect(page.page).toBe(2);
    expect(page.items).toHaveLength(3);
    expect(page.items.every((item) => ['ninh-binh', 'trung-uong'].includes(item.unitId))).toBe(
      true,
    );
  });

  it('gets one news item by id', async () => {
    const item = await client().newsItem(defined(newsItems[0]).id);
    expect(item.title).toBe(defined(newsItems[0]).title);
    expect(item.bodyHtml).toContain('<p>');
  });

  it('sends one request for identical GETs in flight at the same time', async () => {
    const api = client();
    const [a, b] = await Promise.all([api.news({ page: 1 }), api.news({ page: 1 })]);
    expect(requests).toHaveLength(1);
    expect(a).toBe(b);
  });

  it('revalidates with If-None-Match and serves the cached body on 304', async () => {
    let served304 = false;
    server.events.on('response:mocked', ({ response }) => {
      if (response.status === 304) served304 = true;
    });
    const api = client();
    const first = await api.news({ page: 1, pageSize: 2 });
    const second = await api.news({ page: 1, pageSize: 2 });
    expect(requests).toHaveLength(2);
    expect(defined(requests[0]).headers.get('if-none-match')).toBeNull();
    expect(defined(requests[1]).headers.get('if-none-match')).toMatch(/^".+"$/);
    expect(served304).toBe(true);
    expect(second).toEqual(first);
    server.events.removeAllListeners('response:mocked');
  });

  it('fails with kind "timeout" when the server does not answer in time', async () => {
    server.use(http.get('*/api/v1/news', () => delay('infinite')));
    const api = client();
    api.timeout = 50;
    const error = await rejection(api.news());
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('timeout');
  });

  it('fails with kind "http", the status and the parsed problem', async () => {
    const error = await rejection(client().newsItem('khong-co-tin-nay'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect((error as ApiError).problem).toMatchObject({ status: 404, title: 'Không tìm thấy tin' });
  });

  it('fails with kind "http" and no problem for a non-JSON error page', async () => {
    server.use(
      http.get('*/api/v1/news', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })),
    );
    const error = await rejection(client().news());
    expect(error).toMatchObject({ kind: 'http', status: 502, problem: undefined });
  });

  it('carries how long a throttling server asked to wait, and 0 when it did not say', async () => {
    server.use(
      http.post('*/api/v1/questions', () =>
        HttpResponse.json(
          { type: '/problems/too-many-requests', title: 'Quá nhiều yêu cầu', status: 429 },
          { status: 429, headers: { 'retry-after': '30' } },
        ),
      ),
    );
    const c = client();
    const throttled = await rejection(c.send(c.url('questions'), { method: 'POST' }));
    expect(throttled).toMatchObject({ kind: 'http', status: 429, retryAfter: 30 });
    const missing = await rejection(c.newsItem('khong-co-tin-nay'));
    expect(missing).toMatchObject({ status: 404, retryAfter: 0 });
  });

  it('fails with kind "network" when the connection fails', async () => {
    server.use(http.get('*/api/v1/news', () => HttpResponse.error()));
    const error = await rejection(client().news());
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('network');
  });

  it('fails with kind "parse" for a 200 that is not JSON', async () => {
    server.use(http.get('*/api/v1/news', () => new HttpResponse('{"items": [', { status: 200 })));
    const error = await rejection(client().news());
    expect(error).toMatchObject({ kind: 'parse', status: 200 });
  });

  it('lets one caller abort without cancelling the request another caller waits for', async () => {
    server.use(
      http.get('*/api/v1/news', async () => {
        await delay(30);
        return HttpResponse.json({ items: [], page: 1, pageSize: 5, total: 0 });
      }),
    );
    const api = client();
    const controller = new AbortController();
    const aborted = rejection(api.news({}, { signal: controller.signal }));
    const kept = api.news({});
    controller.abort();
    expect(await aborted).toMatchObject({ name: 'AbortError' });
    await expect(kept).resolves.toMatchObject({ total: 0 });
    expect(requests).toHaveLength(1);
  });

  it('resolves service-relative URLs against the service, not the page', () => {
    const api = new ApiClient('https://pbgdpl.example/');
    expect(api.base).toBe('https://pbgdpl.example');
    expect(api.resolve('/media/x.svg')).toBe('https://pbgdpl.example/media/x.svg');
    expect(api.resolve('https://cdn.example/y.png')).toBe('https://cdn.example/y.png');
    expect(new ApiClient('https://tinh.example/pbgdpl').resolve('/media/x.svg')).toBe(
      'https://tinh.example/pbgdpl/media/x.svg',
    );
  });

  it('shares one instance per service root', () => {
    expect(ApiClient.for('https://a.example')).toBe(ApiClient.for('https://a.example/'));
    expect(ApiClient.for('https://a.example')).not.toBe(ApiClient.for('https://b.example'));
  });
});
