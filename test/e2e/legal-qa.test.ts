/**
 * Legal Q&A end to end: a citizen asks on the demo host page, the unit's legal officer answers
 * through the admin API, the citizen reads the answer by tracking code. And the promise that
 * nothing is lost: the server dies as the question is sent, comes back, and exactly one
 * question is stored. Real server, real bundle, real proof of work, Chromium.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdminQuestion } from '../../server/src/schemas/index.js';
import { PRIVACY_NOTICE_VERSION } from '../../server/src/privacy-notice.js';
import {
  axeViolations,
  admin,
  launchBrowser,
  startServer,
  watchForErrors,
  type RunningServer,
} from './support.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let token: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  token =
    (await admin(server.dataDir, 'token', 'create', '--unit', 'ninh-binh'))
      .trim()
      .split('\n')
      .at(-1) ?? '';
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchForErrors(page);
});
afterEach(async () => {
  await page.close();
});

async function adminGet(path: string): Promise<{ items: AdminQuestion[] }> {
  const response = await fetch(`${server.origin}/api/v1/admin/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { items: AdminQuestion[] };
}

async function storedWithTitle(title: string): Promise<AdminQuestion[]> {
  const { items } = await adminGet('questions?status=pending&pageSize=50');
  return items.filter((item) => item.title === title);
}

/** Opens the ask form and fills it in as a citizen would, consent included. */
async function fillQuestion(qa: Locator, title: string): Promise<void> {
  await qa.getByRole('button', { name: 'Đặt câu hỏi' }).click();
  await qa.getByLabel(/^Tiêu đề/).fill(title);
  await qa
    .getByLabel(/^Nội dung câu hỏi/)
    .fill(
      'Gia đình tôi được cấp giấy chứng nhận năm 2005. Nay muốn tách thửa cho con thì cần điều kiện gì?',
    );
  await qa.getByLabel(/^Lĩnh vực/).selectOption('dat-dai');
  await qa.getByLabel(/^Họ và tên/).fill('Người hỏi thử nghiệm');
  await qa.getByLabel('Thư điện tử').fill('nguoi.hoi@example.com');
  await qa.getByLabel(/Tôi đồng ý/).check();
}

describe('legal Q&A on the demo host page', () => {
  it('asks, gets answered through the admin API, and reads the answer by tracking code', async () => {
    await page.goto(`${server.origin}/demo/hoi-dap.html`);
    const qa = page.locator('pbgdpl-legal-qa');
    const title = 'Điều kiện tách thửa đất ở (câu hỏi thử nghiệm)';
    await fillQuestion(qa, title);
    await qa.getByRole('button', { name: 'Gửi câu hỏi' }).click();

    const code = (
      await qa.locator('[part=tracking-code]').textContent({ timeout: 30_000 })
    )?.trim();
    expect(code).toMatch(/^PB-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await page.screenshot({ path: 'test-results/demo-qa-submitted.png', fullPage: true });

    // The legal officer sees it with the asker's contact and the consent receipt.
    const [stored] = await storedWithTitle(title);
    if (!stored) throw new Error('the question was not stored');
    expect(stored.asker?.email).toBe('nguoi.hoi@example.com');
    expect(stored.consent?.noticeVersion).toBe(PRIVACY_NOTICE_VERSION);

    const answered = await fetch(`${server.origin}/api/v1/admin/questions/${stored.id}/answer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        answerHtml:
          '<p>Việc tách thửa thực hiện theo Luật Đất đai năm 2024.</p><script>alert(1)</script>',
        citations: ['luat-31-2024-qh15'],
      }),
    });
    expect(answered.status).toBe(200);

    await qa.getByRole('button', { name: 'Tra cứu câu hỏi' }).first().click();
    const input = qa.getByLabel(/^Mã tra cứu/);
    await input.fill(code ?? '');
    await input.press('Enter');
    await qa.getByText('Việc tách thửa thực hiện theo Luật Đất đai năm 2024.').waitFor();
    await expect(qa.locator('script').count()).resolves.toBe(0);
    await page.screenshot({ path: 'test-results/demo-qa-answer.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('keeps a question sent while the server is down, and stores it exactly once', async () => {
    await page.goto(`${server.origin}/demo/hoi-dap.html`);
    const qa = page.locator('pbgdpl-legal-qa');
    const title = 'Câu hỏi gửi lúc máy chủ dừng (thử nghiệm)';
    await fillQuestion(qa, title);

    await server.stop({ keepData: true });
    console.info('server stopped; the citizen presses "Gửi câu hỏi"');
    await qa.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await qa.getByText(/sẽ tự động gửi khi có kết nối/).waitFor({ timeout: 30_000 });
    console.info('the widget says the question is saved and will be sent automatically');

    server = await startServer({ dataDir: server.dataDir, port: server.port });
    console.info('server restarted on the same port and database');
    const code = (
      await qa.locator('[part=tracking-code]').textContent({ timeout: 90_000 })
    )?.trim();
    console.info(`the widget retried on its own and shows tracking code ${code}`);

    const stored = await storedWithTitle(title);
    console.info(`questions stored with that title: ${stored.length}`);
    expect(stored).toHaveLength(1);
    // Failed requests while the server was down are expected; nothing else may go wrong.
    expect(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to fetch/.test(e))).toEqual([]);
  }, 180_000);

  it('has no accessibility violations in the form, including its error state', async () => {
    await page.goto(`${server.origin}/demo/hoi-dap.html`);
    const qa = page.locator('pbgdpl-legal-qa');
    await qa.getByRole('button', { name: 'Đặt câu hỏi' }).click();
    await qa.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await qa.getByText('Đánh dấu ô đồng ý để gửi câu hỏi.').first().waitFor();
    expect(await axeViolations(page, 'pbgdpl-legal-qa')).toEqual([]);
    await page.screenshot({ path: 'test-results/demo-qa-errors.png', fullPage: true });
  });
});
