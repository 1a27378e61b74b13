import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { newsItems, scenarios, toSummary } from '../mocks/handlers.js';
import { ApiClient } from '../src/api/client.js';
import { lastGood } from '../src/api/last-good.js';
import '../src/index.js';
import type { PbgdplTheme } from '../src/index.js';
import { expectDark, expectPortal, themeArgType, withPortalTokens } from './theming.js';

interface NewsFeedArgs {
  unit: string;
  category?: string;
  layout: 'list' | 'cards' | 'compact';
  pageSize: number;
  heading?: string;
  headingLevel: number;
  noHeading: boolean;
  /** Absent: the toolbar's language. */
  lang?: 'vi' | 'en';
  theme?: PbgdplTheme;
  api?: string;
}

/** The shadow root of the story's feed, where everything a citizen sees is rendered. */
function feedRoot(canvas: HTMLElement): ShadowRoot {
  const root = canvas.querySelector('pbgdpl-news-feed')?.shadowRoot;
  if (!root) throw new Error('pbgdpl-news-feed did not render');
  return root;
}

async function textOf(canvas: HTMLElement, selector: string): Promise<string> {
  return waitFor(() => {
    const element = feedRoot(canvas).querySelector(selector);
    if (!element) throw new Error(`${selector} not rendered yet`);
    return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });
}

const firstTitle = newsItems[0]?.title ?? '';

const meta = {
  title: 'Sections/News feed',
  component: 'pbgdpl-news-feed',
  args: {
    unit: 'ninh-binh',
    layout: 'list',
    pageSize: 5,
    headingLevel: 2,
    noHeading: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: themeArgType,
    category: {
      control: 'select',
      options: [
        undefined,
        'hoat-dong',
        'chinh-sach-moi',
        'hoa-giai',
        'ngay-phap-luat',
        'tiep-can-phap-luat',
        'cuoc-thi',
      ],
    },
  },
  parameters: { msw: { handlers: scenarios.default } },
  render: (args) =>
    html`<pbgdpl-news-feed
      unit=${args.unit}
      category=${ifDefined(args.category)}
      layout=${args.layout}
      page-size=${args.pageSize}
      heading=${ifDefined(args.heading)}
      heading-level=${args.headingLevel}
      ?no-heading=${args.noHeading}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      api=${args.api ?? nothing}
    ></pbgdpl-news-feed>`,
} satisfies Meta<NewsFeedArgs>;

export default meta;
type Story = StoryObj<NewsFeedArgs>;

/** A province's page: its own news with the national level's, newest first. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link]')).toBe(firstTitle);
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Tin tức hoạt động PBGDPL');
  },
};

/** Skeleton placeholders while the first page is on its way. */
export const Loading: Story = {
  // A base URL of its own, so that only this story's client waits forever instead of timing out.
  args: { api: `${location.origin}/loading-story` },
  loaders: [
    () => {
      ApiClient.for(`${location.origin}/loading-story`).timeout = Number.POSITIVE_INFINITY;
      return {};
    },
  ],
  parameters: { msw: { handlers: scenarios.loading } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(feedRoot(canvasElement).querySelector('[part=skeleton]')).toBeTruthy(),
    );
  },
};

/** A unit whose parents have published nothing yet either. */
export const Empty: Story = {
  parameters: { msw: { handlers: scenarios.empty } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=empty]')).toContain('Chưa có tin');
  },
};

/**
 * The service failed and this browser kept nothing: a message, the unit's page on the central
 * service, a retry button, and nothing thrown into the host page.
 */
export const Failure: Story = {
  name: 'Error',
  parameters: { msw: { handlers: scenarios.error } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=retry]')).toBe('Thử lại');
    await expect(await textOf(canvasElement, '[part=unit-page]')).toBe(
      'Xem trên trang PBGDPL của đơn vị',
    );
  },
};

/** The service is down, but this browser kept the last answer: it stays, with its time. */
export const Outage: Story = {
  name: 'Outage, last answer kept',
  parameters: { msw: { handlers: scenarios.error } },
  // After the preview's own beforeEach, which starts every story with nothing kept.
  beforeEach: () => {
    const body = { items: newsItems.slice(0, 5).map(toSummary), page: 1, pageSize: 5, total: 5 };
    // Kept at 15:30 on 27 November 2026, Vietnam's time.
    const time = Date.parse('2026-11-27T15:30:00+07:00');
    lastGood.store = {
      get: async () => ({ body: structuredClone(body), time }),
      put: async () => undefined,
    };
  },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=stale]')).toMatch(
      /^Cập nhật lúc 15:30 27\/11\/2026\./,
    );
    await expect(await textOf(canvasElement, '[part=link]')).toBe(firstTitle);
  },
};

/** Every string and date in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    // English loads on first use, after the Vietnamese first paint.
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=heading]')).toBe('PBGDPL news'),
    );
    await expect(await textOf(canvasElement, '[part=next]')).toContain('Next');
  },
};

/** Cards in a responsive grid. */
export const Cards: Story = {
  args: { layout: 'cards', pageSize: 6 },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link]')).toBe(firstTitle);
  },
};

/** Titles and dates only, for a sidebar. */
export const Compact: Story = {
  args: { layout: 'compact', pageSize: 8, heading: 'Tin mới', headingLevel: 3 },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Tin mới');
    await waitFor(() =>
      expect(feedRoot(canvasElement).querySelectorAll('[part=item]').length).toBe(8),
    );
  },
};

/** `theme="dark"`: its own dark panel, light text, a lighter blue; contrast AA throughout. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'cards', pageSize: 3 },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link]')).toBe(firstTitle);
    await expectDark(canvasElement, 'pbgdpl-news-feed');
  },
};

/** A host site's look through tokens set on a wrapper: colours, font, corners, spacing. */
export const Themed: Story = {
  decorators: [withPortalTokens],
  args: { layout: 'cards', pageSize: 3 },
  play: async ({ canvasElement }) => {
    await expectPortal(canvasElement, 'pbgdpl-news-feed', '[part=link]');
  },
};
