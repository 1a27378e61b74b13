/**
 * Bad input is always a 4xx problem, never a 5xx: each class of mistake a client (or an
 * attacker) can make, with the status and body shape it must get.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { name: string; reason: string }[];
}

async function problem(url: string, method: 'GET' | 'POST' | 'DELETE' = 'GET') {
  const res = await ctx.app.inject({ method, url });
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json() as ProblemBody;
  expect(body.status).toBe(res.statusCode);
  expect(body.type).toMatch(/^\/problems\/[a-z-]+$/);
  expect(body.title.length).toBeGreaterThan(0);
  return { res, body };
}

describe('validation errors → 400 with errors[]', () => {
  const cases: [string, string][] = [
    ['/api/v1/news?pageSize=abc', 'pageSize'],
    ['/api/v1/news?pageSize=51', 'pageSize'],
    ['/api/v1/news?pageSize=0', 'pageSize'],
    ['/api/v1/news?page=0', 'page'],
    ['/api/v1/news?page=-1', 'page'],
    ['/api/v1/news?page=1.5', 'page'],
    ['/api/v1/news?page=99999999999999999999', 'page'],
    ['/api/v1/documents?page=10001', 'page'],
    ['/api/v1/news?page=1&page=2', 'page'],
    ['/api/v1/news?category=khong-co', 'category'],
    ['/api/v1/news?scope=all', 'scope'],
    ['/api/v1/documents?type=sac-lenh', 'type'],
    ['/api/v1/documents?status=maybe', 'status'],
    ['/api/v1/documents?issuer=UBND', 'issuer'],
    ['/api/v1/documents?view=old', 'view'],
    ['/api/v1/documents?sort=random', 'sort'],
    ['/api/v1/documents?from=2024-02-30', 'from'],
    ['/api/v1/documents?to=15/03/2026', 'to'],
    ['/api/v1/documents?from=2026-01-01&to=2025-01-01', 'from'],
    [`/api/v1/documents?q=${'a'.repeat(201)}`, 'q'],
    ['/api/v1/news?q=', 'q'],
    ['/api/v1/questions?field=toan-hoc', 'field'],
    ['/api/v1/materials?kind=podcast', 'kind'],
    ['/api/v1/units?kind=district', 'kind'],
    ['/api/v1/news?unit=../../etc', 'unit'],
    ['/api/v1/news?unit=%00', 'unit'],
    ['/api/v1/news?unit=Ninh-Binh', 'unit'],
    ['/api/v1/news?unit=a&unit=b', 'unit'],
    ['/api/v1/news/UPPER', 'id'],
    ['/api/v1/documents/..%2F..%2Fetc%2Fpasswd', 'id'],
  ];
  it.each(cases)('%s → 400 naming %s', async (url, name) => {
    const { res, body } = await problem(url);
    expect(res.statusCode).toBe(400);
    expect(body.type).toBe('/problems/validation');
    expect(body.title).toBe('Tham số không hợp lệ');
    expect(body.errors?.map((e) => e.name)).toContain(name);
    for (const e of body.errors ?? []) expect(e.reason.length).toBeGreaterThan(0);
  });

  it('explains in Vietnamese what is wrong', async () => {
    const { body } = await problem('/api/v1/news?pageSize=51');
    expect(body.errors).toEqual([{ name: 'pageSize', reason: 'phải nhỏ hơn hoặc bằng 50' }]);
    const enumProblem = (await problem('/api/v1/news?scope=all')).body;
    expect(enumProblem.errors).toEqual([
      { name: 'scope', reason: 'phải là một trong: inherited, own' },
    ]);
  });
});

describe('not found → 404', () => {
  it.each([
    ['/api/v1/news/khong-co', 'Không tìm thấy tin tức'],
    ['/api/v1/documents/khong-co', 'Không tìm thấy văn bản'],
    ['/api/v1/questions/khong-co', 'Không tìm thấy câu hỏi'],
    ['/api/v1/materials/khong-co', 'Không tìm thấy tài liệu'],
    ['/api/v1/units/khong-co', 'Không tìm thấy đơn vị'],
  ])('%s', async (url, title) => {
    const { res, body } = await problem(url);
    expect(res.statusCode).toBe(404);
    expect(body).toMatchObject({ type: '/problems/not-found', title, status: 404 });
    expect(body.detail).toContain('khong-co');
  });

  it.each(['news', 'documents', 'questions', 'materials'])(
    '%s?unit=<unknown> is a 404 problem',
    async (resource) => {
      const { res, body } = await problem(`/api/v1/${resource}?unit=xa-khong-co`);
      expect(res.statusCode).toBe(404);
      expect(body).toMatchObject({
        type: '/problems/unknown-unit',
        title: 'Không tìm thấy đơn vị',
      });
    },
  );

  it('units?parent=<unknown> is a 404 problem', async () => {
    const { res } = await problem('/api/v1/units?parent=khong-co');
    expect(res.statusCode).toBe(404);
  });

  it('an unanswered question is as invisible as a missing one', async () => {
    ctx.store.db
      .prepare(
        `INSERT INTO questions (id, unit_id, status, title, field, question, asked_at, asked_ms, search_text)
         VALUES ('hd-cho', 'gia-vien', 'pending', 'Câu hỏi chờ trả lời', 'dat-dai', 'Nội dung', '2026-03-14T08:00:00+07:00', 0, 'cau hoi cho tra loi')`,
      )
      .run();
    try {
      const { res } = await problem('/api/v1/questions/hd-cho');
      expect(res.statusCode).toBe(404);
      const list = await ctx.app.inject('/api/v1/questions?q=cho%20tra%20loi');
      expect(list.json()).toMatchObject({ items: [], total: 0 });
    } finally {
      ctx.store.db.prepare("DELETE FROM questions WHERE id = 'hd-cho'").run();
    }
  });

  it.each(['/api/v1/nothing', '/api/v2/news', '/khong-co', '/api/v1/news/a/b'])(
    'unknown route %s',
    async (url) => {
      const { res, body } = await problem(url);
      expect(res.statusCode).toBe(404);
      expect(body.type).toBe('/problems/not-found');
    },
  );

  it('an unknown API route still carries CORS so another origin can read it', async () => {
    const res = await ctx.app.inject({
      url: '/api/v1/nothing',
      headers: { origin: 'https://ubnd.example.vn' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('a write to a read-only resource is a 4xx problem', async () => {
    const { res } = await problem('/api/v1/news', 'POST');
    expect(res.statusCode).toBe(404);
    await problem('/api/v1/documents/vb-nd-13', 'DELETE');
  });

  it('an over-long id is a 4xx, not a 5xx', async () => {
    await problem(`/api/v1/news/${'a'.repeat(500)}`);
  });
});

describe('robustness', () => {
  it('a huge but valid page is an empty page, not an error', async () => {
    const res = await ctx.app.inject('/api/v1/documents?page=10000&pageSize=50');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], page: 10000, pageSize: 50, total: 9 });
  });

  it('a q of only wildcards or quotes matches nothing (they are neither wildcards nor words)', async () => {
    for (const q of ['%', '_', '\\', "'", '"', '%_%']) {
      const res = await ctx.app.inject(`/api/v1/documents?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ items: [], total: 0 });
    }
  });

  it('SQL-looking input is just text', async () => {
    const res = await ctx.app.inject(`/api/v1/news?q=${encodeURIComponent("x' OR 1=1 --")}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0 });
  });

  it('a query with many words stays a 200', async () => {
    const q = Array.from({ length: 40 }, (_, i) => `w${i}`).join('+'); // 40 words, under 200 chars
    const res = await ctx.app.inject(`/api/v1/documents?q=${q}`);
    expect(res.statusCode).toBe(200);
  });

  it('unknown query parameters are ignored (cache busters must not break widgets)', async () => {
    const res = await ctx.app.inject('/api/v1/news?_=12345&utm_source=x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 6 });
  });

  it('malformed percent-encoding is a 400 problem', async () => {
    const { res } = await problem('/api/v1/news/%E0%A4%A');
    expect(res.statusCode).toBe(400);
  });

  it('an unexpected failure is a 500 problem without internals', async () => {
    const broken = await createTestApp();
    await broken.store.close(); // every query now throws inside better-sqlite3
    try {
      const res = await broken.app.inject('/api/v1/news');
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      const body = res.json() as ProblemBody;
      expect(body).toEqual({
        type: '/problems/internal',
        title: 'Lỗi máy chủ',
        status: 500,
        detail: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.',
      });
      expect(res.body).not.toMatch(/sqlite|database|stack|at /i);
      const health = await broken.app.inject('/healthz');
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ type: '/problems/unavailable', status: 503 });
    } finally {
      await broken.app.close();
    }
  });
});
