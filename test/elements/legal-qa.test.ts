import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ANSWERED_CODE, questions, resetQuestionStore, submissions } from '../../mocks/handlers.js';
import type { PbgdplLegalQa } from '../../src/index.js';
import {
  $,
  $$,
  apiRequests,
  defined,
  expectAccessible,
  focused,
  mount,
  next,
  text,
  untilItems,
  waitFor,
  worker,
} from './helpers.js';

const qa = async (attributes = 'unit="ninh-binh"') => {
  localStorage.clear();
  resetQuestionStore();
  return mount<PbgdplLegalQa>(`<pbgdpl-legal-qa ${attributes}></pbgdpl-legal-qa>`);
};
const button = (el: Element, label: string) =>
  defined(
    $$(el, 'button').find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label),
    `button ${label}`,
  );
const input = (el: Element, id: string) => $(el, `#${id}`) as HTMLInputElement;

async function fillForm(el: PbgdplLegalQa): Promise<void> {
  // The form's code loads when the form first opens.
  await waitFor(() => input(el, 'title'));
  await userEvent.fill(input(el, 'title'), 'Hỏi về thừa kế đất đai');
  await userEvent.fill(input(el, 'question'), 'Bố tôi mất không để lại di chúc, chia đất thế nào?');
  await userEvent.selectOptions($(el, 'select#field'), 'dat-dai');
  await userEvent.fill(input(el, 'name'), 'Nguyễn Văn A');
  await userEvent.fill(input(el, 'email'), 'a@example.vn');
  await userEvent.click(input(el, 'consent'));
}

describe('<pbgdpl-legal-qa>', () => {
  it('lists answered questions with field counts, filters, searches and opens a detail', async () => {
    const el = await qa();
    const items = await untilItems(el);
    expect(items).toHaveLength(3);
    expect(text(el, '[part=heading]')).toBe('Hỏi đáp pháp luật');
    const options = [...($(el, '#field-filter') as HTMLSelectElement).options].map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toContain('Đất đai (1)');

    await userEvent.selectOptions($(el, '#field-filter'), 'giao-thong');
    await waitFor(() => expect($$(el, '[part=item]')).toHaveLength(1));
    expect(apiRequests.at(-1)?.searchParams.get('field')).toBe('giao-thong');
    await userEvent.selectOptions($(el, '#field-filter'), '');

    await userEvent.fill(input(el, 'q'), 'ket hon');
    await userEvent.click(button(el, 'Tìm'));
    await waitFor(() => expect($$(el, '[part=item]')).toHaveLength(1));
    expect($$(el, '[part=link] mark').map((m) => m.textContent)).toEqual(['kết', 'hôn']);

    await userEvent.click($(el, '[part=link]'));
    await waitFor(() => expect(text(el, '[part=detail]')).toContain('Ủy ban nhân dân cấp xã'));
    expect(location.hash).toBe('#pbgdpl-qa=hoi-dap-ket-hon');
    expect(focused(el)?.id).toBe('detail-heading');
    // Sanitized: the fixture's script never reaches the page.
    expect($(el, '[part=detail]').querySelector('script')).toBeNull();
    expect(text(el, '[part=citations]')).toContain('52/2014/QH13');

    await userEvent.click($(el, '[part=back]'));
    await waitFor(() => expect(focused(el)?.getAttribute('data-id')).toBe('hoi-dap-ket-hon'));
  });

  it('opens a deep-linked question', async () => {
    history.replaceState(null, '', `#pbgdpl-qa=${defined(questions[2]).id}`);
    const el = await qa();
    await waitFor(() => expect(text(el, '[part=detail]')).toContain('18 đến 20 triệu'));
  });

  it('validates the form in Vietnamese, ties errors to fields and focuses the first', async () => {
    const el = await qa();
    await userEvent.click(button(el, 'Đặt câu hỏi'));
    expect(focused(el)?.id).toBe('view-heading');
    // The form's code loads on first open. The consent box starts unticked; the notice names
    // the unit once known.
    expect((await waitFor(() => input(el, 'consent'))).checked).toBe(false);
    await waitFor(() => expect(text(el, '[part=notice]')).toContain('Ninh Bình'));
    expect($(el, '#website').getAttribute('tabindex')).toBe('-1');

    await userEvent.fill(input(el, 'title'), 'Hỏi');
    await userEvent.click($(el, '[part=submit]'));
    await waitFor(() => expect(focused(el)?.id).toBe('title'));
    expect(input(el, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(input(el, 'title').getAttribute('aria-describedby')).toContain('title-error');
    expect(text(el, '#title-error')).toBe('Nhập tiêu đề từ 5 đến 200 ký tự.');
    expect(text(el, '#consent-error')).toBe('Đánh dấu ô đồng ý để gửi câu hỏi.');
    expect(text(el, '[role=alert]')).toContain('Có 6 lỗi cần sửa');
    expect(submissions.size).toBe(0);
    await expectAccessible(el);
  });

  it('sends a question, shows its tracking code and clears the draft', async () => {
    const el = await qa();
    await userEvent.click(button(el, 'Đặt câu hỏi'));
    // The proof of work starts as the form opens, while the citizen types.
    await waitFor(() =>
      expect(apiRequests.some((url) => url.pathname === '/api/v1/altcha/challenge')).toBe(true),
    );
    const submitted = next(el, 'pbgdpl-question-submit');
    await fillForm(el);
    expect(localStorage.length).toBeGreaterThan(0);
    await userEvent.click($(el, '[part=submit]'));
    await waitFor(() => expect(find(el)).toMatch(/^PB-/), 8000);
    expect(submissions.size).toBe(1);
    const stored = defined([...submissions.values()][0]);
    expect(stored.body).toMatchObject({ unit: 'ninh-binh', consent: true, website: '' });
    expect(text(el, '[part=outcome]')).toContain('Tra cứu câu hỏi');
    // The host page hears of it, with the code and nothing of the question or the asker.
    expect((await submitted).detail).toEqual({ trackingCode: find(el) });
    expect(Object.keys(localStorage).filter((k) => k.includes('draft'))).toEqual([]);
    await expectAccessible(el);
  });

  it('queues on a network error and a 500, then sends exactly once', async () => {
    const el = await qa();
    let attempts = 0;
    worker.use(
      http.post('*/api/v1/questions', () => (attempts++, HttpResponse.error()), { once: true }),
    );
    await userEvent.click(button(el, 'Đặt câu hỏi'));
    await fillForm(el);
    await userEvent.click($(el, '[part=submit]'));
    await waitFor(() => expect(text(el, '[part=outcome]')).toContain('tự động gửi'), 8000);
    expect(Object.keys(localStorage).some((k) => k.includes('outbox'))).toBe(true);
    await expectAccessible(el);

    worker.use(
      http.post(
        '*/api/v1/questions',
        () => (attempts++, HttpResponse.json({ title: 'Lỗi', status: 500 }, { status: 500 })),
        { once: true },
      ),
    );
    await userEvent.click(button(el, 'Thử gửi ngay'));
    await waitFor(() => expect(attempts).toBe(2), 8000);
    expect(text(el, '[part=outcome]')).toContain('tự động gửi');
    expect(submissions.size).toBe(0);

    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(find(el)).toMatch(/^PB-/), 8000);
    expect(submissions.size).toBe(1);
    expect(Object.keys(localStorage).some((k) => k.includes('outbox'))).toBe(false);
  });

  it('waits as the server asks when it is rate limited, then sends by itself', async () => {
    const el = await qa();
    worker.use(
      http.post(
        '*/api/v1/questions',
        () =>
          HttpResponse.json(
            { type: '/problems/too-many-requests', title: 'Quá nhiều yêu cầu', status: 429 },
            { status: 429, headers: { 'retry-after': '1' } },
          ),
        { once: true },
      ),
    );
    await userEvent.click(button(el, 'Đặt câu hỏi'));
    await fillForm(el);
    await userEvent.click($(el, '[part=submit]'));
    await waitFor(() => expect(text(el, '[part=outcome]')).toContain('quá nhiều yêu cầu'), 8000);
    await waitFor(() => expect(find(el)).toMatch(/^PB-/), 8000);
    expect(submissions.size).toBe(1);
  });

  it('opens a cited document in place when the page has no document list', async () => {
    history.replaceState(null, '', '#pbgdpl-qa=hoi-dap-tach-thua-dat');
    const el = await qa();
    const citation = await waitFor(() => $(el, '[part=citations] a'));
    expect(citation.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(citation);
    await waitFor(() => expect(text(el, '[part=cited]')).toContain('chế độ sở hữu đất đai'));
    expect(citation.getAttribute('aria-expanded')).toBe('true');
    const source = $(el, '[part=cited] a');
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('href')).toMatch(/^https:\/\//);
    // The question stays open: the host's fragment and ours are untouched.
    expect(location.hash).toBe('#pbgdpl-qa=hoi-dap-tach-thua-dat');
    await expectAccessible(el);
  });

  it('looks a question up by tracking code', async () => {
    const el = await qa();
    await userEvent.click(button(el, 'Tra cứu câu hỏi'));
    await userEvent.fill(input(el, 'code'), 'sai-ma');
    await userEvent.click(button(el, 'Tra cứu'));
    await waitFor(() => expect(focused(el)?.id).toBe('code'));
    expect(text(el, '#code-error')).toContain('PB-XXXXX-XXXXX');
    await userEvent.fill(input(el, 'code'), ANSWERED_CODE.toLowerCase());
    await userEvent.click(button(el, 'Tra cứu'));
    await waitFor(() => expect(text(el, '[part=track]')).toContain('Đã trả lời'));
    expect(text(el, '[part=track]')).toContain('Điều 220');
    await expectAccessible(el);
  });

  it('speaks English once its dictionary loads', async () => {
    const el = await qa('unit="ninh-binh" lang="en"');
    await waitFor(() => expect(text(el, '[part=heading]')).toBe('Legal questions and answers'));
    await userEvent.click(button(el, 'Ask a question'));
    await userEvent.click(await waitFor(() => $(el, '[part=submit]')));
    await waitFor(() =>
      expect(text(el, '#consent-error')).toBe('Tick the consent box to send your question.'),
    );
  });
});

/** The tracking code shown after sending, or ''. */
function find(el: Element): string {
  return el.shadowRoot?.querySelector('[part=tracking-code]')?.textContent?.trim() ?? '';
}
