import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../src/privacy-notice.js';
import { createTestApp, type TestContext } from './helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

describe('GET /privacy, the full notice behind the question form', () => {
  it('names the controller, purpose, retention and rights, with its version', async () => {
    const response = await ctx.app.inject({ url: '/privacy' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = response.body;
    expect(page).toContain(`Phiên bản ${PRIVACY_NOTICE_VERSION}`);
    expect(page).toContain('Bên kiểm soát dữ liệu');
    expect(page).toContain('Mục đích');
    expect(page).toContain('365 ngày');
    expect(page).toContain('91/2025/QH15');
    expect(page).toContain('356/2025/NĐ-CP');
  });
});
