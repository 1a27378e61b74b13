import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { scenarios } from '../mocks/handlers.js';
import '../src/index.js';
import type { PbgdplTheme } from '../src/index.js';
import { expectDark, expectPortal, themeArgType, withPortalTokens } from './theming.js';

interface SectionsArgs {
  unit: string;
  sections: string;
  /** Absent: the toolbar's language. */
  lang?: 'vi' | 'en';
  theme?: PbgdplTheme;
  /** Width of the column the element sits in, to see the tabs stack on narrow screens. */
  width: string;
}

function root(canvas: HTMLElement): ShadowRoot {
  const found = canvas.querySelector('pbgdpl-sections')?.shadowRoot;
  if (!found) throw new Error('pbgdpl-sections did not render');
  return found;
}

/** The tab labels in order, once rendered. */
const tabLabels = (canvas: HTMLElement) =>
  [...root(canvas).querySelectorAll('[role=tab]')].map((tab) => tab.textContent?.trim());

/** The section element in the open panel, once its code has loaded. */
function openSection(canvas: HTMLElement): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = root(canvas).querySelector<HTMLElement>(
        '[role=tabpanel]:not([hidden]) > :not(div)',
      );
      if (!found) throw new Error('section not loaded yet');
      return found;
    },
    { timeout: 8000 },
  );
}

/** Waits until the open section shows `selector` in its own shadow root. */
async function sectionShows(canvas: HTMLElement, selector: string): Promise<void> {
  const section = await openSection(canvas);
  await waitFor(() => expect(section.shadowRoot?.querySelector(selector)).toBeTruthy(), {
    timeout: 8000,
  });
}

const meta = {
  title: 'Sections/All sections',
  component: 'pbgdpl-sections',
  args: { unit: 'ninh-binh', sections: 'news,documents,qa,materials', width: '60rem' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: themeArgType,
    width: { control: 'inline-radio', options: ['60rem', '22rem'] },
  },
  parameters: { msw: { handlers: scenarios.default } },
  beforeEach: () => {
    // Each story starts on its first tab, not on the previous story's.
    history.replaceState(null, '', location.pathname + location.search);
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <pbgdpl-sections
        unit=${args.unit}
        sections=${args.sections}
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
      ></pbgdpl-sections>
    </div>`,
} satisfies Meta<SectionsArgs>;

export default meta;
type Story = StoryObj<SectionsArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(tabLabels(canvasElement)).toEqual([
        'Tin tức',
        'Văn bản pháp luật',
        'Hỏi đáp pháp luật',
        'Tài liệu PBGDPL',
      ]),
    );
    await sectionShows(canvasElement, '[part=item]');
  },
};

export const DocumentsTab: Story = {
  name: 'Documents tab opened',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('#tab-documents')).toBeTruthy());
    root(canvasElement).querySelector<HTMLElement>('#tab-documents')?.click();
    await sectionShows(canvasElement, '[part=item]');
    await expect((await openSection(canvasElement)).localName).toBe('pbgdpl-document-list');
  },
};

export const ChosenSections: Story = {
  name: 'Chosen sections (Q&A first)',
  args: { sections: 'qa,documents' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(tabLabels(canvasElement)).toEqual(['Hỏi đáp pháp luật', 'Văn bản pháp luật']),
    );
    await expect((await openSection(canvasElement)).localName).toBe('pbgdpl-legal-qa');
  },
};

export const Narrow: Story = {
  name: 'Narrow (tabs stacked)',
  args: { width: '22rem' },
  play: async ({ canvasElement }) => {
    const tablist = await waitFor(() => {
      const found = root(canvasElement).querySelector<HTMLElement>('[role=tablist]');
      if (!found) throw new Error('no tabs yet');
      return found;
    });
    await expect(getComputedStyle(tablist).flexDirection).toBe('column');
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(tabLabels(canvasElement)).toEqual([
        'News',
        'Legal documents',
        'Legal Q&A',
        'Materials',
      ]),
    );
    await sectionShows(canvasElement, '[part=item]');
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: scenarios.loading } },
  play: async ({ canvasElement }) => {
    await sectionShows(canvasElement, '[part=skeleton]');
  },
};

export const Empty: Story = {
  args: { unit: 'xa-moi' },
  parameters: { msw: { handlers: scenarios.empty } },
  play: async ({ canvasElement }) => {
    await sectionShows(canvasElement, '[part=empty]');
  },
};

export const Failure: Story = {
  name: 'Error',
  parameters: { msw: { handlers: scenarios.error } },
  play: async ({ canvasElement }) => {
    await sectionShows(canvasElement, '[part=error]');
  },
};

/** `theme="dark"`, passed on to the open section: one dark panel, not one inside another. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await sectionShows(canvasElement, '[part=item]');
    await expectDark(canvasElement, 'pbgdpl-sections');
    const section = await openSection(canvasElement);
    await expect(section.getAttribute('theme')).toBe('dark');
    const base = section.shadowRoot?.querySelector('.base');
    await expect(base && getComputedStyle(base).paddingTop).toBe('0px');
  },
};

/** A host site's look through tokens set on a wrapper: the open tab in the page's colours. */
export const Themed: Story = {
  decorators: [withPortalTokens],
  play: async ({ canvasElement }) => {
    await expectPortal(canvasElement, 'pbgdpl-sections', '[aria-selected=true]');
  },
};
