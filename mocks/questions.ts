/**
 * SAMPLE DATA (dữ liệu mẫu) and MSW handlers for the legal Q&A: answered questions, the ALTCHA
 * challenge (a real one, signed and verified here with `altcha/lib` at a tiny cost, so the
 * element solves a genuine proof), submissions with Idempotency-Key replay, and tracking.
 * `submissions` is what the mock "server" stored: tests assert on it.
 */
import { createChallenge, pbkdf2, verifySolution } from 'altcha/lib';
import { http, HttpResponse } from 'msw';
import { fold } from '../src/text/fold.js';
import type {
  ListResponse,
  QuestionDetail,
  QuestionReceipt,
  QuestionSubmission,
  QuestionSummary,
  QuestionTracking,
} from '../src/api/types.js';
import { problem, withEtag } from './respond.js';
import { unitLineage, units } from './fixtures/units.js';

const API = '*/api/v1';
const NOTE = ' (Dữ liệu mẫu, chỉ dùng để minh họa.)';
const SECRET = 'sample-only-altcha-secret';

export const questions: QuestionDetail[] = [
  {
    id: 'hoi-dap-tach-thua-dat',
    unitId: 'ninh-binh',
    unitName: 'Sở Tư pháp tỉnh Ninh Bình',
    title: 'Điều kiện tách thửa đất ở theo Luật Đất đai 2024',
    field: 'dat-dai',
    askedAt: '2026-10-02T08:15:00+07:00',
    answeredAt: '2026-10-09T10:00:00+07:00',
    question: `Gia đình tôi có thửa đất ở 200 m² và muốn tách cho con. Cần điều kiện gì?${NOTE}`,
    answerHtml: `<p>Theo Điều 220 Luật Đất đai 31/2024/QH15, việc tách thửa phải bảo đảm thửa đất đã được cấp giấy chứng nhận, còn thời hạn sử dụng đất và diện tích tối thiểu theo quy định của Ủy ban nhân dân cấp tỉnh.${NOTE}</p>`,
    citations: [{ id: 'luat-dat-dai-31-2024-qh15', number: '31/2024/QH15', title: 'Luật Đất đai' }],
  },
  {
    id: 'hoi-dap-ket-hon',
    unitId: 'trung-uong',
    unitName: 'Bộ Tư pháp',
    title: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
    field: 'hon-nhan-gia-dinh',
    askedAt: '2026-09-12T09:00:00+07:00',
    answeredAt: '2026-09-20T14:30:00+07:00',
    question: `Tôi muốn kết hôn với người nước ngoài thì đăng ký ở đâu?${NOTE}`,
    answerHtml: `<p>Theo Luật Hôn nhân và gia đình 52/2014/QH13, việc đăng ký kết hôn có yếu tố nước ngoài thực hiện tại Ủy ban nhân dân cấp xã nơi cư trú.${NOTE}</p><script>alert(1)</script>`,
    citations: [{ id: null, number: '52/2014/QH13', title: 'Luật Hôn nhân và gia đình' }],
  },
  {
    id: 'hoi-dap-muc-phat-den-do',
    unitId: 'ninh-binh',
    unitName: 'Sở Tư pháp tỉnh Ninh Bình',
    title: 'Mức phạt khi ô tô vượt đèn đỏ',
    field: 'giao-thong',
    askedAt: '2026-08-01T07:00:00+07:00',
    answeredAt: '2026-08-05T16:00:00+07:00',
    question: `Ô tô vượt đèn đỏ bị phạt bao nhiêu tiền?${NOTE}`,
    answerHtml: `<p>Theo Nghị định 168/2024/NĐ-CP, người điều khiển ô tô không chấp hành hiệu lệnh của đèn tín hiệu giao thông bị phạt tiền từ 18 đến 20 triệu đồng.${NOTE}</p>`,
    citations: [
      {
        id: null,
        number: '168/2024/NĐ-CP',
        title: 'Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông',
      },
    ],
  },
];

export const toQuestionSummary = ({
  question: _q,
  answerHtml: _a,
  citations: _c,
  ...summary
}: QuestionDetail): QuestionSummary => summary;

/** A question asked earlier and answered: look it up with this code. */
export const ANSWERED_CODE = 'PB-ABCDE-23456';

/** What the mock stored, by Idempotency-Key; reset with `resetQuestionStore()`. */
export const submissions = new Map<
  string,
  { body: QuestionSubmission; receipt: QuestionReceipt }
>();

export function resetQuestionStore(): void {
  submissions.clear();
}

function canonical(code: string): string {
  const raw = code.replace(/[\s-]/g, '').toUpperCase();
  return raw.length === 12 ? `${raw.slice(0, 2)}-${raw.slice(2, 7)}-${raw.slice(7)}` : raw;
}

function tracking(code: string): QuestionTracking | undefined {
  if (code === ANSWERED_CODE) {
    const q = questions[0] as QuestionDetail;
    return {
      trackingCode: code,
      status: 'answered',
      title: q.title,
      field: q.field,
      unitId: q.unitId,
      unitName: q.unitName,
      askedAt: q.askedAt,
      answer: {
        questionId: q.id,
        answerHtml: q.answerHtml,
        citations: q.citations,
        unitId: q.unitId,
        unitName: q.unitName,
        answeredAt: q.answeredAt,
      },
      rejection: null,
    };
  }
  for (const { body, receipt } of submissions.values()) {
    if (receipt.trackingCode !== code) continue;
    const unit = units.find((u) => u.id === body.unit);
    return {
      trackingCode: code,
      status: 'pending',
      title: body.title,
      field: body.field,
      unitId: body.unit,
      unitName: unit?.name ?? body.unit,
      askedAt: receipt.askedAt,
      answer: null,
      rejection: null,
    };
  }
  return undefined;
}

const validation = (errors: { name: string; reason: string }[]) =>
  HttpResponse.json(
    {
      type: 'https://pbgdpl.example/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors,
    },
    { status: 400, headers: { 'content-type': 'application/problem+json' } },
  );

/** Without the proof: what the server fingerprints to recognise a replay. */
const fingerprint = ({ altcha: _a, ...rest }: QuestionSubmission) => JSON.stringify(rest);

export const questionHandlers = [
  http.get(`${API}/questions`, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const page = Number(params.get('page') ?? 1);
    const pageSize = Number(params.get('pageSize') ?? 10);
    const unit = params.get('unit');
    const field = params.get('field');
    const words = fold(params.get('q') ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const visible = unit ? unitLineage(unit) : undefined;
    const scoped = questions.filter(
      (q) =>
        (!visible || visible.includes(q.unitId)) &&
        words.every((w) => fold(`${q.title} ${q.question}`).includes(w)),
    );
    const counts = new Map<string, number>();
    for (const q of scoped) counts.set(q.field, (counts.get(q.field) ?? 0) + 1);
    const matching = scoped.filter((q) => !field || q.field === field);
    const body: ListResponse<QuestionSummary> = {
      items: matching.slice((page - 1) * pageSize, page * pageSize).map(toQuestionSummary),
      page,
      pageSize,
      total: matching.length,
      facets: { field: [...counts].map(([value, count]) => ({ value, count })) },
    };
    return withEtag(request, body);
  }),
  http.get(`${API}/questions/track/:code`, ({ params }) => {
    const found = tracking(canonical(String(params['code'])));
    return found
      ? HttpResponse.json(found, { headers: { 'cache-control': 'no-store' } })
      : problem(404, 'Không tìm thấy câu hỏi');
  }),
  http.get(`${API}/questions/:id`, ({ request, params }) => {
    const item = questions.find((q) => q.id === params['id']);
    return item ? withEtag(request, item) : problem(404, 'Không tìm thấy câu hỏi');
  }),
  http.get(`${API}/altcha/challenge`, async () =>
    HttpResponse.json(
      await createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: 1,
        counter: 5,
        deriveKey: pbkdf2.deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
        hmacSignatureSecret: SECRET,
        hmacKeySignatureSecret: SECRET,
      }),
      { headers: { 'cache-control': 'no-store' } },
    ),
  ),
  http.post(`${API}/questions`, async ({ request }) => {
    const key = request.headers.get('idempotency-key');
    if (!key) return validation([{ name: 'Idempotency-Key', reason: 'bắt buộc' }]);
    const body = (await request.json()) as QuestionSubmission;
    const stored = submissions.get(key);
    if (stored) {
      if (fingerprint(stored.body) !== fingerprint(body)) {
        return problem(422, 'Mã Idempotency-Key đã được dùng cho câu hỏi khác');
      }
      return HttpResponse.json(stored.receipt, {
        status: 202,
        headers: { 'idempotent-replayed': 'true' },
      });
    }
    if (body.consent !== true) return validation([{ name: 'consent', reason: 'cần đồng ý' }]);
    try {
      const payload = JSON.parse(atob(body.altcha)) as Parameters<typeof verifySolution>[0];
      const result = await verifySolution({
        challenge: payload.challenge,
        solution: payload.solution,
        deriveKey: pbkdf2.deriveKey,
        hmacSignatureSecret: SECRET,
        hmacKeySignatureSecret: SECRET,
      });
      if (!result.verified) throw new Error('invalid');
    } catch {
      return problem(400, 'Mã xác minh chống thư rác không hợp lệ');
    }
    const n = submissions.size + 1;
    const receipt: QuestionReceipt = {
      trackingCode: `PB-MOCK${n}-2026${n}`.slice(0, 14),
      status: 'pending',
      askedAt: new Date().toISOString(),
    };
    if (!body.website) submissions.set(key, { body, receipt });
    return HttpResponse.json(receipt, { status: 202 });
  }),
];
