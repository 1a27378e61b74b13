/**
 * A tab's code loads when the tab first opens. This file imports only <pbgdpl-sections> (not
 * helpers.ts, which registers every element), so the registry shows what has been loaded.
 */
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/elements/sections/sections.js';

const worker = setupWorker(...handlers);
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

it("downloads a section's code only when its tab is first opened", async () => {
  document.body.innerHTML = '<pbgdpl-sections sections="news,qa,materials"></pbgdpl-sections>';
  const el = document.querySelector('pbgdpl-sections');
  await vi.waitFor(() => expect(customElements.get('pbgdpl-news-feed')).toBeDefined(), {
    timeout: 5000,
  });
  expect(customElements.get('pbgdpl-legal-qa')).toBeUndefined();
  expect(customElements.get('pbgdpl-materials')).toBeUndefined();
  // Not even a section left out of `sections`.
  expect(customElements.get('pbgdpl-document-list')).toBeUndefined();

  const qaTab = el?.shadowRoot?.querySelector<HTMLElement>('#tab-qa');
  qaTab?.click();
  await vi.waitFor(() => expect(customElements.get('pbgdpl-legal-qa')).toBeDefined(), {
    timeout: 5000,
  });
  expect(customElements.get('pbgdpl-materials')).toBeUndefined();
  expect(customElements.get('pbgdpl-document-list')).toBeUndefined();
});
