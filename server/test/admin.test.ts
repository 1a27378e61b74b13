/**
 * The admin API: bearer tokens scoped to a unit and its descendants (or national), answering
 * and rejecting, and the CLI that mints tokens.
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

let ctx: InboxContext;
/** Tracking code → question id, by addressed unit. */
const asked: Record<string, { code: string; id: string }> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createInboxApp();
  for (const unit of ['ninh-binh', 'gia-vien', 'ha-noi', 'bo-tu-phap']) {
    const { trackingCode } = (
      await submit(ctx.app, { unit, title: `Câu hỏi gửi ${unit}`, phone: '0987654321' })
    ).json();
    asked[unit] = {
      code: trackingCode,
      id: questionRow(ctx.store, trackingCode)?.['id'] as string,
    };
  }
  for (const unit of ['ninh-binh', 'ha-noi', 'trung-uong'])
    tokens[unit] = await tokenFor(ctx.store, unit);
});
afterAll(async () => closeInboxApp(ctx));

function admin(
  method: 'GET' | 'POST',
  url: string,
  token: string | undefined,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return ctx.app.inject({
    method,
    url: `/api/v1/admin${url}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

function expectProblem(res: Awaited<ReturnType<typeof admin>>, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(res.json().status).toBe(status);
}

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate without a token or with a wrong one', async () => {
    const none = await admin('GET', '/questions', undefined);
    expectProblem(none, 401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="pbgdpl-admin"');

    const wrong = await admin('GET', '/questions', 'pbgdpl_not-a-real-token');
    expectProblem(wrong, 401);
    expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');

    const basic = await admin('GET', '/questions', undefined, undefined, {
      authorization: 'Basic YWRtaW46YWRtaW4=',
    });
    expectProblem(basic, 401);
  });

  it('stores only a hash of each token', () => {
    const rows = ctx.store.db.prepare('SELECT token_hash FROM admin_tokens').all() as {
      token_hash: string;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      for (const token of Object.values(tokens)) expect(row.token_hash).not.toContain(token);
    }
  });

  it('has no CORS and is never cached', async () => {
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/admin/questions',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    const res = await admin('GET', '/questions', tokens['ninh-binh'], undefined, {
      origin: 'https://evil.example',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('listing', () => {
  it("lists pending questions of the token's unit and its descendants, with contact data", async () => {
    const res = await admin('GET', '/questions?status=pending', tokens['ninh-binh']);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((q: { unitId: string }) => q.unitId).sort()).toEqual([
      'gia-vien',
      'ninh-binh',
    ]);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    expect(body.items[0]).toMatchObject({
      status: 'pending',
      trackingCode: expect.stringMatching(/^PB-/),
      asker: {
        name: 'Nguyễn Văn An',
        email: 'an.nguyen@example.vn',
        phone: '0987654321',
        purgedAt: null,
      },
      consent: { noticeVersion: '2026-01', consentedAt: expect.any(String), origin: null },
      answerHtml: null,
    });
  });

  it('narrows to a unit inside the scope and refuses one outside it', async () => {
    const own = await admin('GET', '/questions?unit=gia-vien', tokens['ninh-binh']);
    expect(own.json().items.map((q: { id: string }) => q.id)).toEqual([asked['gia-vien']?.id]);
    expectProblem(await admin('GET', '/questions?unit=ha-noi', tokens['ninh-binh']), 403);
  });

  it('lets a national token see every unit', async () => {
    const res = await admin('GET', '/questions', tokens['trung-uong']);
    expect(res.json().total).toBe(4);
  });
});

describe('answering', () => {
  it("refuses another unit's question with 403 and changes nothing", async () => {
    const id = asked['bo-tu-phap']?.id;
    const answer = await admin('POST', `/questions/${id}/answer`, tokens['ninh-binh'], {
      answerHtml: '<p>Trả lời</p>',
      citations: [],
    });
    expectProblem(answer, 403);
    expect(answer.json().type).toBe('/problems/forbidden');
    const reject = await admin('POST', `/questions/${id}/reject`, tokens['ha-noi'], {
      reason: 'Không thuộc thẩm quyền',
    });
    expectProblem(reject, 403);
    expectProblem(await admin('GET', `/questions/${id}`, tokens['ha-noi']), 403);
    expect(questionRow(ctx.store, asked['bo-tu-phap']?.code ?? '')).toMatchObject({
      status: 'pending',
      answer_html: null,
      rejection_reason: null,
    });
  });

  it('publishes a sanitized answer with resolved citations', async () => {
    const { id, code } = asked['gia-vien'] ?? { id: '', code: '' };
    const res = await admin('POST', `/questions/${id}/answer`, tokens['ninh-binh'], {
      answerHtml:
        '<p onclick="x()">Theo <a href="https://vbpl.vn/" target="_blank">Luật Đất đai</a>' +
        '<script>alert(1)</script></p><iframe src="https://evil.example"></iframe>',
      citations: ['vb-luat-dat-dai'],
    });
    expect(res.statusCode).toBe(200);
    const answered = res.json();
    expect(answered).toMatchObject({
      status: 'answered',
      answerUnitId: 'ninh-binh',
      answeredAt: expect.stringMatching(/\+07:00$/),
      citations: [{ id: 'vb-luat-dat-dai', number: '31/2024/QH15', title: expect.any(String) }],
    });
    expect(answered.answerHtml).toBe(
      '<p>Theo <a href="https://vbpl.vn/" rel="noopener noreferrer">Luật Đất đai</a></p>',
    );

    const detail = await ctx.app.inject(`/api/v1/questions/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id, answerHtml: answered.answerHtml });
    const list = await ctx.app.inject('/api/v1/questions?unit=gia-vien&scope=own');
    expect(list.json().items.map((q: { id: string }) => q.id)).toContain(id);

    const track = (await ctx.app.inject(`/api/v1/questions/track/${code}`)).json();
    expect(track).toMatchObject({
      status: 'answered',
      answer: {
        questionId: id,
        answerHtml: answered.answerHtml,
        unitId: 'ninh-binh',
        unitName: 'Tỉnh Ninh Bình',
        answeredAt: answered.answeredAt,
      },
      rejection: null,
    });

    const again = await admin('POST', `/questions/${id}/answer`, tokens['ninh-binh'], {
      answerHtml: '<p>Lần hai</p>',
      citations: [],
    });
    expectProblem(again, 409);
    expect(again.json().type).toBe('/problems/question-closed');
  });

  it('refuses unknown citations, empty answers and unknown questions', async () => {
    const id = asked['ninh-binh']?.id;
    const unknownDoc = await admin('POST', `/questions/${id}/answer`, tokens['ninh-binh'], {
      answerHtml: '<p>Trả lời</p>',
      citations: ['khong-co-van-ban'],
    });
    expectProblem(unknownDoc, 400);
    expect(unknownDoc.json().errors[0].name).toBe('citations.0');
    const empty = await admin('POST', `/questions/${id}/answer`, tokens['ninh-binh'], {
      answerHtml: '<script>alert(1)</script>',
      citations: [],
    });
    expectProblem(empty, 400);
    expect(questionRow(ctx.store, asked['ninh-binh']?.code ?? '')?.['status']).toBe('pending');
    expectProblem(
      await admin('POST', '/questions/khong-co/answer', tokens['ninh-binh'], {
        answerHtml: '<p>x</p>',
        citations: [],
      }),
      404,
    );
  });

  it('rejects with a reason the asker sees, and never publishes it', async () => {
    const { id, code } = asked['ha-noi'] ?? { id: '', code: '' };
    const res = await admin('POST', `/questions/${id}/reject`, tokens['ha-noi'], {
      reason: 'Câu hỏi trùng với câu hỏi đã được trả lời.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', closedAt: expect.any(String) });
    const track = (await ctx.app.inject(`/api/v1/questions/track/${code}`)).json();
    expect(track).toMatchObject({
      status: 'rejected',
      answer: null,
      rejection: { reason: 'Câu hỏi trùng với câu hỏi đã được trả lời.' },
    });
    expect((await ctx.app.inject(`/api/v1/questions/${id}`)).statusCode).toBe(404);
  });

  it('lets a national token answer a ministry question', async () => {
    const { id } = asked['bo-tu-phap'] ?? { id: '' };
    const res = await admin('POST', `/questions/${id}/answer`, tokens['trung-uong'], {
      answerHtml: '<p>Trả lời của cấp trung ương.</p>',
      citations: [],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered', answerUnitId: 'trung-uong' });
  });
});

describe('npm run admin -- token …', () => {
  async function run(...args: string[]) {
    const lines: string[] = [];
    const code = await runCommand(args, {
      store: ctx.store,
      retentionDays: 365,
      now: new Date(),
      out: (line) => lines.push(line),
    });
    return { code, lines };
  }

  it('mints a token printed once, lists it without the secret, and revokes it', async () => {
    const created = await run('token', 'create', '--unit', 'ha-noi', '--label', 'Sở Tư pháp');
    expect(created.code).toBe(0);
    const token = created.lines.find((l) => l.startsWith('pbgdpl_')) ?? '';
    expect(token).toMatch(/^pbgdpl_[A-Za-z0-9_-]{43}$/);
    expect((await admin('GET', '/questions', token)).statusCode).toBe(200);

    const listed = await run('token', 'list');
    expect(listed.lines.join('\n')).toContain('Sở Tư pháp');
    expect(listed.lines.join('\n')).not.toContain(token);

    const id = /#(\d+)/.exec(created.lines[0] ?? '')?.[1] ?? '';
    expect((await run('token', 'revoke', id)).code).toBe(0);
    expectProblem(await admin('GET', '/questions', token), 401);
  });

  it('refuses an unknown unit and a missing --unit', async () => {
    expect((await run('token', 'create', '--unit', 'khong-co')).code).toBe(1);
    expect((await run('token', 'create')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});
