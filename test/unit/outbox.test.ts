import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src/api/client.js';
import '../../src/api/questions.js';
import type { QuestionReceipt } from '../../src/api/types.js';
import {
  isRetryable,
  loadDraft,
  Outbox,
  type OutboxEvent,
  type QuestionDraft,
  saveDraft,
} from '../../src/elements/legal-qa/outbox.js';
import { ApiError } from '../../src/api/errors.js';

const BASE = 'https://pbgdpl.test';
const received: { key: string | null; body: unknown }[] = [];
let failures: (() => Response)[] = [];

const server = setupServer(
  http.post(`${BASE}/api/v1/questions`, async ({ request }) => {
    const failure = failures.shift();
    if (failure) return failure();
    const key = request.headers.get('idempotency-key');
    received.push({ key, body: await request.json() });
    const receipt: QuestionReceipt = {
      trackingCode: 'PB-AAAAA-BBBBB',
      status: 'pending',
      askedAt: '2026-11-20T08:00:00+07:00',
    };
    return HttpResponse.json(receipt, { status: 202 });
  }),
);

const body: QuestionDraft = {
  unit: 'ninh-binh',
  title: 'Tiêu đề câu hỏi',
  question: 'Nội dung câu hỏi đủ dài',
  field: 'dat-dai',
  name: 'Nguyễn Văn A',
  email: 'a@example.vn',
  consent: true,
  noticeVersion: 'qa-2026.1',
  website: '',
};

function outbox(events: OutboxEvent[] = []) {
  const client = new ApiClient(BASE);
  return new Outbox({
    namespace: `${BASE}|ninh-binh`,
    random: () => 0.5,
    send: (entry, signal) =>
      client.post<QuestionReceipt>(
        'questions',
        { ...entry.body, altcha: 'proof' },
        { signal, headers: { 'idempotency-key': entry.key } },
      ),
    onEvent: (event) => events.push(event),
  });
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  localStorage.clear();
  received.length = 0;
  failures = [];
});
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('Outbox', () => {
  it('sends once with an Idempotency-Key and leaves nothing stored', async () => {
    const events: OutboxEvent[] = [];
    await outbox(events).submit(body);
    expect(received).toHaveLength(1);
    expect(received[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.map((e) => e.kind)).toEqual(['sent']);
    expect(localStorage.length).toBe(0);
  });

  it('keeps a submission through a network error and a 500, retrying with the same key', async () => {
    vi.useFakeTimers();
    failures = [
      () => HttpResponse.error(),
      () => HttpResponse.json({ title: 'Lỗi', status: 500 }, { status: 500 }),
    ];
    const events: OutboxEvent[] = [];
    const box = outbox(events);
    await box.submit(body);
    expect(events.at(-1)).toMatchObject({ kind: 'queued', retryIn: 1500 });
    expect(box.queue).toHaveLength(1);
    const key = box.queue[0]?.key;

    await vi.advanceTimersByTimeAsync(1500);
    expect(events.at(-1)).toMatchObject({ kind: 'queued', retryIn: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(events.at(-1)?.kind).toBe('sent');
    expect(received).toEqual([{ key, body: { ...body, altcha: 'proof' } }]);
    expect(box.queue).toEqual([]);
  });

  it('sends what an earlier visit queued when started, and on `online`', async () => {
    failures = [() => HttpResponse.error()];
    const first = outbox();
    await first.submit(body);
    first.stop();
    expect(received).toHaveLength(0);

    const events: OutboxEvent[] = [];
    const second = outbox(events);
    second.start();
    await vi.waitFor(() => expect(events.map((e) => e.kind)).toEqual(['sent']));
    second.stop();
    expect(received).toHaveLength(1);
  });

  it('waits Retry-After on a 429', async () => {
    failures = [
      () =>
        HttpResponse.json(
          { title: 'Quá nhiều yêu cầu', status: 429 },
          { status: 429, headers: { 'retry-after': '7' } },
        ),
    ];
    const events: OutboxEvent[] = [];
    const box = outbox(events);
    await box.submit(body);
    expect(events.at(-1)).toMatchObject({ kind: 'queued', retryIn: 7000 });
    box.stop();
  });

  it('drops a 400 from the queue and reports it, without retrying', async () => {
    failures = [
      () =>
        HttpResponse.json(
          {
            type: 'https://pbgdpl.example/problems/validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            errors: [{ name: 'title', reason: 'quá ngắn' }],
          },
          { status: 400 },
        ),
    ];
    const events: OutboxEvent[] = [];
    const box = outbox(events);
    await box.submit(body);
    expect(events.map((e) => e.kind)).toEqual(['failed']);
    expect(box.queue).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it('classifies failures', () => {
    const http = (status: number, type = '') =>
      new ApiError('http', '', status, { type, title: '', status });
    expect(isRetryable(new ApiError('network', ''))).toBe(true);
    expect(isRetryable(http(503))).toBe(true);
    expect(isRetryable(http(409))).toBe(true);
    expect(isRetryable(http(422))).toBe(false);
    expect(isRetryable(http(400, 'https://x/problems/altcha-expired'))).toBe(true);
    expect(isRetryable(http(400, 'https://x/problems/validation'))).toBe(false);
  });

  it('keeps a draft per namespace and removes it when empty', () => {
    saveDraft('a', { title: 'Xin hỏi' });
    expect(loadDraft('a')).toEqual({ title: 'Xin hỏi' });
    expect(loadDraft('b')).toBeUndefined();
    saveDraft('a', { title: '' });
    expect(loadDraft('a')).toBeUndefined();
  });
});
