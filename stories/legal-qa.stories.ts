import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { ANSWERED_CODE, questions, resetQuestionStore, scenarios } from '../mocks/handlers.js';
import '../src/index.js';
import type { PbgdplTheme } from '../src/index.js';
import { expectDark, expectPortal, themeArgType, withPortalTokens } from './theming.js';

interface LegalQaArgs {
  unit: string;
  /** Absent: the toolbar's language. */
  lang?: 'vi' | 'en';
  theme?: PbgdplTheme;
  noAsk: boolean;
}

/** The element's shadow root, where everything a citizen sees is rendered. */
function qaRoot(canvas: HTMLElement): ShadowRoot {
  const root = canvas.querySelector('pbgdpl-legal-qa')?.shadowRoot;
  if (!root) throw new Error('pbgdpl-legal-qa did not render');
  return root;
}

/** Waits for an element in the shadow root. */
function get<T extends HTMLElement = HTMLElement>(
  canvas: HTMLElement,
  selector: string,
): Promise<T> {
  return waitFor(
    () => {
      const element = qaRoot(canvas).querySelector<T>(selector);
      if (!element) throw new Error(`${selector} not rendered yet`);
      return element;
    },
    { timeout: 8000 },
  );
}

async function textOf(canvas: HTMLElement, selector: string): Promise<string> {
  return ((await get(canvas, selector)).textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function clickButton(canvas: HTMLElement, label: string): Promise<void> {
  const button = await waitFor(() => {
    const found = [...qaRoot(canvas).querySelectorAll('button')].find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
    if (!found) throw new Error(`button ${label} not rendered yet`);
    return found;
  });
  button.click();
}

/** Types into the form as a citizen would (input events bubble to the form's draft keeper). */
async function fill(canvas: HTMLElement): Promise<void> {
  const values: Record<string, string> = {
    title: 'Hỏi về thừa kế đất đai',
    question: 'Bố tôi mất không để lại di chúc, chia đất thế nào?',
    field: 'dat-dai',
    name: 'Nguyễn Văn A',
    email: 'a@example.vn',
  };
  for (const [id, value] of Object.entries(values)) {
    const control = await get<HTMLInputElement>(canvas, `#${id}`);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  (await get(canvas, '#consent')).click();
}

const meta = {
  title: 'Sections/Legal Q&A',
  component: 'pbgdpl-legal-qa',
  args: { unit: 'ninh-binh', noAsk: false },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, theme: themeArgType },
  parameters: { msw: { handlers: scenarios.default } },
  beforeEach: () => {
    // Drafts, queued questions and an opened question of one story must not leak into the next.
    localStorage.clear();
    resetQuestionStore();
    history.replaceState(null, '', location.pathname + location.search);
  },
  render: (args) =>
    html`<pbgdpl-legal-qa
      unit=${args.unit}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      ?no-ask=${args.noAsk}
    ></pbgdpl-legal-qa>`,
} satisfies Meta<LegalQaArgs>;

export default meta;
type Story = StoryObj<LegalQaArgs>;

export const Browse: Story = {
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=list]')).toContain(questions[0]?.title);
    await expect(await textOf(canvasElement, '#field-filter')).toContain('Đất đai (1)');
  },
};

export const Detail: Story = {
  play: async ({ canvasElement }) => {
    (await get(canvasElement, '[part=link]')).click();
    // The answer arrives with the sanitizer's chunk, which can take a while on a busy machine.
    await waitFor(
      async () => expect(await textOf(canvasElement, '[part=detail]')).toContain('Trả lời'),
      { timeout: 8000 },
    );
    await expect(await textOf(canvasElement, '[part=citations]')).toContain('31/2024/QH15');
  },
};

export const AskForm: Story = {
  name: 'Ask form',
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Đặt câu hỏi');
    const consent = await get<HTMLInputElement>(canvasElement, '#consent');
    await expect(consent.checked).toBe(false);
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=notice]')).toContain('Ninh Bình'),
    );
  },
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Đặt câu hỏi');
    (await get(canvasElement, '[part=submit]')).click();
    await expect(await textOf(canvasElement, '#title-error')).toBe(
      'Nhập tiêu đề từ 5 đến 200 ký tự.',
    );
    await expect(await textOf(canvasElement, '#consent-error')).toBe(
      'Đánh dấu ô đồng ý để gửi câu hỏi.',
    );
  },
};

export const QueuedOffline: Story = {
  name: 'Queued offline',
  parameters: {
    msw: {
      handlers: [http.post('*/api/v1/questions', () => HttpResponse.error()), ...scenarios.default],
    },
  },
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Đặt câu hỏi');
    await fill(canvasElement);
    (await get(canvasElement, '[part=submit]')).click();
    await waitFor(
      async () => expect(await textOf(canvasElement, '[part=outcome]')).toContain('tự động gửi'),
      { timeout: 8000 },
    );
  },
};

export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Đặt câu hỏi');
    await fill(canvasElement);
    (await get(canvasElement, '[part=submit]')).click();
    await expect(await textOf(canvasElement, '[part=tracking-code]')).toMatch(/^PB-/);
  },
};

export const TrackingLookup: Story = {
  name: 'Tracking lookup',
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Tra cứu câu hỏi');
    const code = await get<HTMLInputElement>(canvasElement, '#code');
    code.value = ANSWERED_CODE;
    (await get(canvasElement, 'form button[type=submit]')).click();
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=track]')).toContain('Đã trả lời'),
    );
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=heading]')).toBe('Legal questions and answers'),
    );
  },
};

/** `theme="dark"`: its own dark panel, light text, a lighter blue; contrast AA throughout. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=list]')).toContain(questions[0]?.title);
    await expectDark(canvasElement, 'pbgdpl-legal-qa');
  },
};

/** A host site's look through tokens set on a wrapper: colours, font, corners, spacing. */
export const Themed: Story = {
  decorators: [withPortalTokens],
  play: async ({ canvasElement }) => {
    await expectPortal(canvasElement, 'pbgdpl-legal-qa', '[part=link]');
  },
};
