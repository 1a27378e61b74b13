/**
 * What a webmaster can embed: each section's widget, its name and the attributes it accepts,
 * with their allowed values. One list for both the iframe pages (which copy only these
 * attributes from their query, after checking them) and the configurator (which offers them).
 */
import { MAX_PAGE_SIZE, type Label } from '../../../src/api/codes.js';
import {
  DOCUMENT_TYPE_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../../src/api/labels.js';

export type Lang = keyof Label;
export const LANGS = ['vi', 'en'] as const satisfies readonly Lang[];

/** A code list: each allowed value with its labels. */
export type Codes = Readonly<Record<string, Label>>;

const NAMES = {
  'news-feed': { vi: 'Tin tức PBGDPL', en: 'PBGDPL news' },
  'document-list': { vi: 'Văn bản pháp luật', en: 'Legal documents' },
  'legal-qa': { vi: 'Hỏi đáp pháp luật', en: 'Legal Q&A' },
  materials: { vi: 'Tài liệu PBGDPL', en: 'PBGDPL materials' },
  sections: { vi: 'Tất cả chuyên mục PBGDPL', en: 'All PBGDPL sections' },
} as const satisfies Record<string, Label>;

/** What `<pbgdpl-sections>` can show, in its default order. */
const SECTIONS = {
  news: NAMES['news-feed'],
  documents: NAMES['document-list'],
  qa: NAMES['legal-qa'],
  materials: NAMES.materials,
} satisfies Codes;

export const WIDGETS = {
  'news-feed': {
    name: NAMES['news-feed'],
    options: {
      category: NEWS_CATEGORY_LABELS,
      layout: {
        list: { vi: 'Danh sách', en: 'List' },
        cards: { vi: 'Thẻ có ảnh', en: 'Cards with pictures' },
        compact: { vi: 'Gọn (chỉ tiêu đề)', en: 'Compact (titles only)' },
      },
    },
  },
  'document-list': {
    name: NAMES['document-list'],
    options: {
      type: DOCUMENT_TYPE_LABELS,
      field: LEGAL_FIELD_LABELS,
      view: {
        new: { vi: 'Văn bản mới ban hành', en: 'Newly issued' },
        upcoming: { vi: 'Sắp có hiệu lực', en: 'Taking effect soon' },
      },
    },
  },
  'legal-qa': { name: NAMES['legal-qa'], options: { field: LEGAL_FIELD_LABELS } },
  materials: {
    name: NAMES.materials,
    options: {
      kind: MATERIAL_KIND_LABELS,
      field: LEGAL_FIELD_LABELS,
      layout: {
        grid: { vi: 'Lưới thẻ có ảnh', en: 'Grid of cards' },
        list: { vi: 'Danh sách', en: 'List' },
      },
    },
  },
  sections: { name: NAMES.sections, options: { sections: SECTIONS } },
} as const satisfies Record<string, { name: Label; options: Record<string, Codes> }>;

export type WidgetName = keyof typeof WIDGETS;

export function isWidgetName(name: string): name is WidgetName {
  return Object.hasOwn(WIDGETS, name);
}

export const tagOf = (widget: WidgetName) => `pbgdpl-${widget}`;

/** Options with a code list that every widget has (src/elements/base.ts). */
export const COMMON_OPTIONS = {
  lang: { vi: { vi: 'Tiếng Việt', en: 'Vietnamese' }, en: { vi: 'Tiếng Anh', en: 'English' } },
  theme: {
    light: { vi: 'Sáng', en: 'Light' },
    dark: { vi: 'Tối', en: 'Dark' },
    auto: { vi: 'Theo thiết bị của người xem', en: "Follow the reader's device" },
  },
} as const satisfies Record<string, Codes>;

/** Options whose value is several codes, comma-separated, rather than one. */
export const MULTIPLE = new Set(['sections']);

/** A checked attribute value, or why it was refused (Vietnamese, for the webmaster). */
export type Checked = { value: string } | { reason: string };
type Check = (value: string) => Checked;

function integerIn(min: number, max: number): Check {
  return (value) =>
    /^\d{1,3}$/.test(value) && Number(value) >= min && Number(value) <= max
      ? { value: String(Number(value)) }
      : { reason: `phải là số nguyên từ ${min} đến ${max}` };
}

function oneOf(codes: Codes): Check {
  return (value) =>
    Object.hasOwn(codes, value)
      ? { value }
      : { reason: `phải là một trong: ${Object.keys(codes).join(', ')}` };
}

function severalOf(codes: Codes): Check {
  return (value) => {
    const picked = value.split(/[\s,]+/).filter(Boolean);
    return picked.length > 0 && picked.every((code) => Object.hasOwn(codes, code))
      ? { value: [...new Set(picked)].join(',') }
      : { reason: `là danh sách, cách nhau bởi dấu phẩy, của: ${Object.keys(codes).join(', ')}` };
  };
}

const MAX_HEADING = 120;

/** The common attributes that are not a code. */
const FORMATS: Record<string, Check> = {
  'page-size': integerIn(1, MAX_PAGE_SIZE),
  heading: (value) =>
    value.trim() && value.length <= MAX_HEADING
      ? { value: value.trim() }
      : { reason: `phải có từ 1 đến ${MAX_HEADING} ký tự` },
  'heading-level': integerIn(1, 6),
  // A boolean attribute: present or absent, never "false".
  'no-heading': (value) =>
    value === '' || value === 'true'
      ? { value: '' }
      : { reason: 'chỉ nhận giá trị rỗng hoặc true' },
};

/** Each attribute `widget` accepts besides `unit`, with the check its value must pass. */
export function attributeChecks(widget: WidgetName): [name: string, check: Check][] {
  const options: Record<string, Codes> = { ...WIDGETS[widget].options, ...COMMON_OPTIONS };
  return [
    ...Object.entries(options).map(([name, codes]): [string, Check] => [
      name,
      MULTIPLE.has(name) ? severalOf(codes) : oneOf(codes),
    ]),
    ...Object.entries(FORMATS),
  ];
}

/** The widgets' primary colour (`--pbgdpl-primary`), as the iframe pages accept it. */
export function checkColour(value: string): Checked {
  return /^#[0-9a-f]{6}$/i.test(value)
    ? { value: value.toLowerCase() }
    : { reason: 'phải là mã màu dạng #rrggbb' };
}
