import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { MATERIAL_KIND_LABELS } from '../src/api/labels.js';
import { brokenMaterialFiles, materials, scenarios } from '../mocks/handlers.js';
import { ApiClient } from '../src/api/client.js';
import '../src/index.js';
import type { PbgdplTheme } from '../src/index.js';
import { expectDark, expectPortal, themeArgType, withPortalTokens } from './theming.js';

interface MaterialsArgs {
  unit?: string;
  kind?: string;
  field?: string;
  layout: 'grid' | 'list';
  pageSize: number;
  heading?: string;
  headingLevel: number;
  noHeading: boolean;
  /** Absent: the toolbar's language. */
  lang?: 'vi' | 'en';
  theme?: PbgdplTheme;
  api?: string;
}

/** The shadow root of the story's section, where everything a citizen sees is rendered. */
function root(canvas: HTMLElement): ShadowRoot {
  const shadow = canvas.querySelector('pbgdpl-materials')?.shadowRoot;
  if (!shadow) throw new Error('pbgdpl-materials did not render');
  return shadow;
}

/** Waits for an element in the shadow root. */
function get<T extends HTMLElement = HTMLElement>(
  canvas: HTMLElement,
  selector: string,
): Promise<T> {
  return waitFor(() => {
    const element = root(canvas).querySelector<T>(selector);
    if (!element) throw new Error(`${selector} not rendered yet`);
    return element;
  });
}

async function textOf(canvas: HTMLElement, selector: string): Promise<string> {
  return ((await get(canvas, selector)).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens a material from the list, as a citizen does. */
async function open(canvas: HTMLElement, id: string): Promise<void> {
  (await get(canvas, `[data-id="${id}"]`)).click();
  await get(canvas, '#detail-heading');
}

const byId = (id: string) => materials.find((m) => m.id === id);
const video = byId('video-luat-trat-tu-an-toan-giao-thong');

const meta = {
  title: 'Sections/Materials',
  component: 'pbgdpl-materials',
  args: {
    unit: 'ninh-binh',
    layout: 'grid',
    pageSize: 12,
    headingLevel: 2,
    noHeading: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: themeArgType,
    kind: { control: 'select', options: [undefined, ...Object.keys(MATERIAL_KIND_LABELS)] },
  },
  parameters: { msw: { handlers: scenarios.default } },
  // A detail opened by one story must not open in the next: its fragment goes.
  beforeEach: () => {
    const clear = () => history.replaceState(null, '', location.pathname + location.search);
    clear();
    return clear;
  },
  render: (args) =>
    html`<pbgdpl-materials
      unit=${ifDefined(args.unit)}
      kind=${ifDefined(args.kind)}
      field=${ifDefined(args.field)}
      layout=${args.layout}
      page-size=${args.pageSize}
      heading=${ifDefined(args.heading)}
      heading-level=${args.headingLevel}
      ?no-heading=${args.noHeading}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      api=${args.api ?? nothing}
    ></pbgdpl-materials>`,
} satisfies Meta<MaterialsArgs>;

export default meta;
type Story = StoryObj<MaterialsArgs>;

/** A province's page: its own materials with the national level's, as a gallery of cards. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link]')).toBe(video?.title);
    await expect(await textOf(canvasElement, '[part=heading]')).toBe('Tài liệu PBGDPL');
    await expect(await textOf(canvasElement, 'select[name=kind]')).toContain('Video (3)');
  },
};

/** Thumbnail beside the text, one material per row; stacked when the widget is narrow. */
export const ListLayout: Story = {
  name: 'List layout',
  args: { layout: 'list', pageSize: 5 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=item]').length).toBe(5));
  },
};

/** A videos-only section: the kind filter is hidden, the field filter stays. */
export const FilteredByKind: Story = {
  name: 'Filtered by kind',
  args: { kind: 'video', heading: 'Video pháp luật' },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=count]')).toBe('3 tài liệu');
    await expect(root(canvasElement).querySelector('select[name=kind]')).toBeNull();
  },
};

/** A handbook: cover, format and size, and the download link. */
export const FileDetail: Story = {
  name: 'Detail: file',
  args: { kind: 'handbook', unit: undefined },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'so-tay-hoi-dap-luat-dat-dai-2024');
    await expect(await textOf(canvasElement, '[part=download]')).toContain('(PDF, 2,4 MB)');
  },
};

/** An infographic: the image, described by the summary, and a link to see it at full size. */
export const InfographicDetail: Story = {
  name: 'Detail: infographic',
  args: { kind: 'infographic', unit: undefined },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'infographic-luat-bao-hiem-xa-hoi-2024');
    const image = await get<HTMLImageElement>(canvasElement, '[part=viewer] img');
    await expect(image.alt).not.toBe('');
    await expect(await textOf(canvasElement, '[part=viewer] a')).toContain('kích thước đầy đủ');
  },
};

/** A video with Vietnamese captions and a transcript; it never starts by itself. */
export const VideoWithCaptions: Story = {
  name: 'Detail: video with captions',
  args: { kind: 'video' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'video-luat-trat-tu-an-toan-giao-thong');
    const player = await get<HTMLVideoElement>(canvasElement, 'video');
    await expect(player.autoplay).toBe(false);
    await expect(player.querySelector('track[kind=captions]')).not.toBeNull();
    await expect(await textOf(canvasElement, '[part=transcript] summary')).toBe('Xem lời thoại');
  },
};

/** A radio programme with its transcript opened. */
export const AudioWithTranscript: Story = {
  name: 'Detail: audio with transcript',
  args: { kind: 'audio', unit: 'xa-gia-vien' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'phat-thanh-ky-nang-hoa-giai-o-co-so');
    await get(canvasElement, 'audio');
    await userEvent.click(await get(canvasElement, '[part=transcript] summary'));
    await expect(await textOf(canvasElement, '[part=transcript]')).toContain('hòa giải');
  },
};

/** The media does not load (missing, blocked, unsupported): a message and a download link. */
export const MediaFailure: Story = {
  name: 'Detail: media load failure',
  args: { kind: 'video' },
  parameters: { msw: { handlers: [...brokenMaterialFiles, ...scenarios.default] } },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'video-luat-trat-tu-an-toan-giao-thong');
    await expect(await textOf(canvasElement, '[part=media-error]')).toContain('Tải tệp về máy');
  },
};

/** Card-shaped placeholders while the first page is on its way. */
export const Loading: Story = {
  // A base URL of its own, so that only this story's client waits forever instead of timing out.
  args: { api: `${location.origin}/loading-materials-story` },
  loaders: [
    () => {
      ApiClient.for(`${location.origin}/loading-materials-story`).timeout =
        Number.POSITIVE_INFINITY;
      return {};
    },
  ],
  parameters: { msw: { handlers: scenarios.loading } },
  play: async ({ canvasElement }) => {
    await get(canvasElement, '[part=skeleton]');
  },
};

/** A unit whose parents have published no materials either. */
export const Empty: Story = {
  parameters: { msw: { handlers: scenarios.empty } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=empty]')).toBe('Chưa có tài liệu nào.');
  },
};

/** A search that finds nothing, typed without diacritics. */
export const NoMatch: Story = {
  name: 'No match',
  play: async ({ canvasElement }) => {
    await userEvent.type(await get(canvasElement, '#q'), 'khong co tai lieu nay{Enter}');
    await expect(await textOf(canvasElement, '[part=empty]')).toContain(
      'Không tìm thấy tài liệu phù hợp',
    );
  },
};

/** The service failed: a message and a retry button, and nothing thrown into the host page. */
export const Failure: Story = {
  name: 'Error',
  parameters: { msw: { handlers: scenarios.error } },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=retry]')).toBe('Thử lại');
  },
};

/** Every string, number and date in English, in the list and in a video's detail. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    // English loads on first use, after the Vietnamese first paint.
    await waitFor(async () =>
      expect(await textOf(canvasElement, '[part=heading]')).toBe('PBGDPL materials'),
    );
    await expect(await textOf(canvasElement, 'select[name=kind]')).toContain('All kinds');
    await open(canvasElement, 'video-luat-trat-tu-an-toan-giao-thong');
    await expect(await textOf(canvasElement, '[part=transcript] summary')).toBe(
      'Read the transcript',
    );
  },
};

/** `theme="dark"`: its own dark panel, light text, a lighter blue; contrast AA throughout. */
export const Dark: Story = {
  args: { theme: 'dark', pageSize: 4 },
  play: async ({ canvasElement }) => {
    await expect(await textOf(canvasElement, '[part=link]')).toBe(video?.title);
    await expectDark(canvasElement, 'pbgdpl-materials');
  },
};

/** A host site's look through tokens set on a wrapper: colours, font, corners, spacing. */
export const Themed: Story = {
  decorators: [withPortalTokens],
  args: { pageSize: 4 },
  play: async ({ canvasElement }) => {
    await expectPortal(canvasElement, 'pbgdpl-materials', '[part=link]');
  },
};
