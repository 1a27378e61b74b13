import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { documents, scenarios } from '../mocks/handlers.js';
import '../src/index.js';
import type { PbgdplTheme } from '../src/index.js';
import { expectDark, expectPortal, themeArgType, withPortalTokens } from './theming.js';

interface DocumentListArgs {
  unit?: string;
  type?: string;
  issuer?: string;
  field?: string;
  status?: string;
  q?: string;
  view?: 'new' | 'upcoming';
  pageSize: number;
  heading?: string;
  headingLevel: number;
  noHeading: boolean;
  noSearch: boolean;
  noFilters: boolean;
  /** Absent: the toolbar's language. */
  lang?: 'vi' | 'en';
  theme?: PbgdplTheme;
}

/** The shadow root of the story's list, where everything a citizen sees is rendered. */
function listRoot(canvas: HTMLElement): ShadowRoot {
  const root = canvas.querySelector('pbgdpl-document-list')?.shadowRoot;
  if (!root) throw new Error('pbgdpl-document-list did not render');
  return root;
}

async function textOf(canvas: HTMLElement, selector: string): Promise<string> {
  return waitFor(() => {
    const element = listRoot(canvas).querySelector(selector);
    if (!element) throw new Error(`${selector} not rendered yet`);
    return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });
}

const byNumber = (number: string) => documents.find((d) => d.number === number);
const landLaw = byNumber('31/2024/QH15');

const meta = {
  title: 'Sections/Document list',
  component: 'pbgdpl-document-list',
  args: {
    unit: 'ninh-binh',
    pageSize: 5,
    headingLevel: 2,
    noHeading: false,
    noSearch: false,
    noFilters: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: themeArgType,
    view: { control: 'inline-radio', options: [undefined, 'new', 'upcoming'] },
    status: {
      control: 'select',
      options: [
        undefined,
        'in-force',
        'not-yet-in-force',
        'partly-expired',
        'expired',
        'suspended',
      ],
    },
  },
  parameters: { msw: { handlers: scenarios.default } },
  render: (args) =>
    html`<pbgdpl-document-list
      unit=${ifDefined(args.unit)}
      type=${ifDefined(args.type)}
      issuer=${ifDefined(args.issuer)}
      field=${ifDefined(args.field)}
      status=${ifDefined(args.status)}
      q=${ifDefined(args.q)}
      view=${ifDefined(args.view)}
      page-size=${args.pageSize}
      heading=${args.heading ?? nothing}
      heading-level=${args.headingLevel}
      ?no-heading=${args.noHeading}
      ?no-search=${args.noSearch}
      ?no-filters=${args.noFilters}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    ></pbgdpl-document-list>`,
} satisfies Meta<DocumentListArgs>;

export default meta;
type Story = StoryObj<DocumentListArgs>;

/** A province's page: its own documents with the national ones, newest issued first. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Văn bản pháp luật');
    await expect(await textOf(canvasElement, '[part=link]')).toBe(documents[0]?.title);
    await expect(await textOf(canvasElement, '[part=badge]')).toBe('Chưa có hiệu lực');
    await expect(await textOf(canvasElement, 'select[name=type]')).toContain('Luật (10)');
  },
};

/** A citizen typed "luat dat dai", without diacritics: the Land Law comes first, marked. */
export const SearchResults: Story = {
  name: 'Search results',
  play: async ({ canvasElement }) => {
    const input = await waitFor(() => {
      const found = listRoot(canvasElement).querySelector<HTMLInputElement>('[part=search-input]');
      if (!found) throw new Error('no search box yet');
      return found;
    });
    await userEvent.type(input, 'luat dat dai{enter}');
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=count]')).toBe('3 văn bản'),
    );
    await expect(await textOf(canvasElement, '[part=link]')).toBe(landLaw?.title);
    await expect(await textOf(canvasElement, '[part=link] mark')).toBe('Luật');
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[role=status]')).toBe('Tìm thấy 3 văn bản.'),
    );
  },
};

/** Pinned by the webmaster to land law still in force: `field="dat-dai" status="in-force"`. */
export const FiltersApplied: Story = {
  name: 'Filters applied',
  args: { field: 'dat-dai', status: 'in-force', heading: 'Văn bản về đất đai' },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Văn bản về đất đai');
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=count]')).toBe('2 văn bản'),
    );
    await expect(await textOf(canvasElement, '[part=badge]')).toBe('Còn hiệu lực');
    await expect(await textOf(canvasElement, '[part=clear]')).toBe('Xóa bộ lọc');
  },
};

/** `view="upcoming"`: what takes effect in the next 30 days, soonest first. */
export const Upcoming: Story = {
  args: { view: 'upcoming', noFilters: true, noSearch: true },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Văn bản sắp có hiệu lực');
    await expect(await textOf(canvasElement, '[part=link]')).toBe(documents[0]?.title);
    await expect(await textOf(canvasElement, '[part=meta]')).toContain('01/12/2026');
  },
};

/** The Land Law opened from the list: every field, files, related documents, official record. */
export const Detail: Story = {
  args: { type: 'luat' },
  play: async ({ canvasElement }) => {
    const link = await waitFor(() => {
      const found = listRoot(canvasElement).querySelector<HTMLAnchorElement>(
        `[data-id="${landLaw?.id ?? ''}"]`,
      );
      if (!found) throw new Error('the Land Law is not listed yet');
      return found;
    });
    await userEvent.click(link);
    await expect(await textOf(canvasElement, '#detail-heading')).toBe('Luật Đất đai');
    await expect(await textOf(canvasElement, '[part=fields]')).toContain(
      'Ngày có hiệu lực 01/08/2024',
    );
    await expect(await textOf(canvasElement, '[part=attachments]')).toContain('(PDF, 2,6 MB)');
    await expect(await textOf(canvasElement, '[part=related]')).toContain('Văn bản bị thay thế');
    await expect(await textOf(canvasElement, '[part=source]')).toContain('Xem văn bản gốc');
    // Leave the page's fragment as it was for the next story.
    history.replaceState(null, '', location.href.replace(/#.*$/, ''));
  },
};

/** A unit with no documents at all yet. */
export const Empty: Story = {
  parameters: { msw: { handlers: scenarios.empty } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=empty]')).toBe('Chưa có văn bản nào.');
  },
};

/** The service failed: a message and a retry button, and nothing thrown into the host page. */
export const Failure: Story = {
  name: 'Error',
  parameters: { msw: { handlers: scenarios.error } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[role=alert]')).toContain('Không tải được dữ liệu');
    await expect(await textOf(canvasElement, '[part=retry]')).toBe('Thử lại');
  },
};

/** Every string, label and date in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    // English loads on first use, after the Vietnamese first paint.
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=heading]')).toBe('Legal documents'),
    );
    await expect(await textOf(canvasElement, '[part=badge]')).toBe('Not yet in force');
    await expect(await textOf(canvasElement, 'label[for=q]')).toBe('Search documents');
    await expect(await textOf(canvasElement, '[part=next]')).toContain('Next');
  },
};

/** `theme="dark"` while searching: marks and validity badges stay readable on the dark panel. */
export const Dark: Story = {
  args: { theme: 'dark', q: 'luật đất đai' },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link] mark')).toBe('Luật');
    await expectDark(canvasElement, 'pbgdpl-document-list');
  },
};

/** A host site's look through tokens set on a wrapper: colours, font, corners, spacing. */
export const Themed: Story = {
  decorators: [withPortalTokens],
  play: async ({ canvasElement }) => {
    await expectPortal(canvasElement, 'pbgdpl-document-list', '[part=link]');
  },
};
