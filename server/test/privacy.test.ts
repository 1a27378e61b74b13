/**
 * Privacy (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): an asker's contact data, IP and consent
 * receipt never reach a public response, the receipt is stored, and contact data is deleted
 * once the retention period has passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/admin/commands.js';
import {
  closeInboxApp,
  createInboxApp,
  questionRow,
  submit,
  tokenFor,
  type InboxContext,
} from './inbox-helpers.js';

const SECRET = {
  name: 'Trần Thị Bí Mật',
  email: 'bimat.tran.7731@example.vn',
  phone: '+84 912 773 104',
  ip: '203.0.113.77',
  origin: 'https://xa-rieng-tu-7731.example.vn',
  noticeVersion: 'thong-bao-7731',
};

let ctx: InboxContext;
let answered: { code: string; id: string };
let pending: { code: string; id: string };

async function ask(title: string) {
  const res = await submit(
    ctx.app,
    {
      unit: 'gia-vien',
      title,
      name: SECRET.name,
      email: SECRET.email,
      phone: SECRET.phone,
      noticeVersion: SECRET.noticeVersion,
    },
    { origin: SECRET.origin, remoteAddress: SECRET.ip },
  );
  expect(res.statusCode).toBe(202);
  const code = res.json().trackingCode as string;
  return { code, id: questionRow(ctx.store, code)?.['id'] as string };
}

beforeAll(async () => {
  ctx = await createInboxApp();
  answered = await ask('Thời hạn chia di sản thừa kế');
  pending = await ask('Hồ sơ đăng ký khai sinh cho con');
  const token = await tokenFor(ctx.store, 'ninh-binh');
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/admin/questions/${answered.id}/answer`,
    headers: { authorization: `Bearer ${token}` },
    payload: { answerHtml: '<p>Thời hiệu yêu cầu chia di sản là 30 năm.</p>', citations: [] },
  });
  expect(res.statusCode).toBe(200);
});
afterAll(async () => closeInboxApp(ctx));

describe('what the store keeps', () => {
  it('stores the contact data and the consent receipt with the question', () => {
    expect(questionRow(ctx.store, pending.code)).toMatchObject({
      name: SECRET.name,
      email: SECRET.email,
      phone: SECRET.phone,
      ip: SECRET.ip,
      notice_version: SECRET.noticeVersion,
      origin: SECRET.origin,
      consented_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/),
      purged_at: null,
    });
  });
});

describe('no public response carries contact data, IP or consent data', () => {
  /** Fills a path template's parameters from what the public lists return. */
  async function idsFor(path: string): Promise<string[]> {
    const list = async (url: string) =>
      (
        (await ctx.app.inject(`${url}?pageSize=50`)).json() as { items: { id: string }[] }
      ).items.map((i) => i.id);
    if (path === '/api/v1/questions/track/{code}') return [answered.code, pending.code];
    const resource = /^\/api\/v1\/([a-z]+)\/\{id\}$/.exec(path)?.[1];
    if (!resource) throw new Error(`privacy walk: teach me the parameters of ${path}`);
    return list(`/api/v1/${resource}`);
  }

  it('walks every public GET endpoint of the OpenAPI document', async () => {
    const openapi = (await ctx.app.inject('/api/v1/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const templates = Object.entries(openapi.paths)
      .filter(([path, ops]) => 'get' in ops && !path.startsWith('/api/v1/admin'))
      .map(([path]) => path);
    expect(templates).toEqual(
      expect.arrayContaining([
        '/api/v1/questions',
        '/api/v1/questions/{id}',
        '/api/v1/questions/track/{code}',
        '/api/v1/units',
        '/api/v1/altcha/challenge',
      ]),
    );

    const urls = ['/api/v1/openapi.json'];
    for (const template of templates) {
      if (!template.includes('{')) {
        urls.push(template);
        continue;
      }
      for (const id of await idsFor(template)) {
        urls.push(template.replace(/\{[a-z]+\}/, encodeURIComponent(id)));
      }
    }
    // The answered question is public now; searches must not match contact data either.
    urls.push(
      `/api/v1/questions?q=${encodeURIComponent(SECRET.email)}`,
      '/api/v1/questions?unit=gia-vien&pageSize=50',
      `/api/v1/questions/${answered.id}`,
    );

    const needles = Object.values(SECRET);
    for (const url of urls) {
      const res = await ctx.app.inject({ url, remoteAddress: SECRET.ip });
      expect(res.statusCode, url).toBeLessThan(400);
      const text = `${JSON.stringify(res.headers)}\n${res.body}`;
      expect(
        needles.filter((needle) => text.includes(needle)),
        `${url} leaks`,
      ).toEqual([]);
      // The OpenAPI document describes the (admin) fields; no data response may carry them.
      if (url !== '/api/v1/openapi.json') {
        expect(/"(email|phone|ip|asker|consent)"/.test(res.body), url).toBe(false);
      }
    }
    expect(urls).toContain(`/api/v1/questions/track/${pending.code}`);
    expect(urls.length).toBeGreaterThan(20);
  });

  it('also keeps them out of the submission receipt and its replay', async () => {
    const res = await submit(ctx.app, { email: SECRET.email }, { remoteAddress: SECRET.ip });
    for (const needle of Object.values(SECRET)) expect(res.body).not.toContain(needle);
  });
});

describe('retention: npm run admin -- purge', () => {
  it('deletes contact data of questions closed longer ago than RETENTION_DAYS, keeps the rest', async () => {
    const run = async (now: Date) =>
      runCommand(['purge'], { store: ctx.store, retentionDays: 30, now, out: () => {} });

    // Within the period: nothing is purged.
    await run(new Date(Date.now() + 29 * 24 * 3600 * 1000));
    expect(questionRow(ctx.store, answered.code)?.['email']).toBe(SECRET.email);

    // 31 days after it was answered, the answered question loses its contact data…
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    ctx.store.db
      .prepare('UPDATE questions SET asked_ms = ? WHERE id = ?')
      .run(later.getTime() - 1000, pending.id); // …while the pending one was asked just now.
    await run(later);
    expect(questionRow(ctx.store, answered.code)).toMatchObject({
      name: null,
      email: null,
      phone: null,
      ip: null,
      purged_at: expect.any(String),
      // The question, the answer and the consent receipt stay.
      status: 'answered',
      title: 'Thời hạn chia di sản thừa kế',
      answer_html: '<p>Thời hiệu yêu cầu chia di sản là 30 năm.</p>',
      notice_version: SECRET.noticeVersion,
      origin: SECRET.origin,
    });
    expect(questionRow(ctx.store, pending.code)).toMatchObject({
      email: SECRET.email,
      purged_at: null,
    });
    const detail = await ctx.app.inject(`/api/v1/questions/${answered.id}`);
    expect(detail.statusCode).toBe(200);

    // A question never closed is purged once it was asked longer ago than the period.
    await run(new Date(later.getTime() + 31 * 24 * 3600 * 1000));
    expect(questionRow(ctx.store, pending.code)).toMatchObject({ email: null, ip: null });
  });

  it('shows admins that the data was purged', async () => {
    const token = await tokenFor(ctx.store, 'gia-vien');
    const res = await ctx.app.inject({
      url: `/api/v1/admin/questions/${answered.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.json().asker).toEqual({
      name: null,
      email: null,
      phone: null,
      purgedAt: expect.any(String),
    });
  });
});
