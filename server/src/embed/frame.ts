/**
 * The iframe fallback, for CMSs that strip `<script>`: /embed/frame/<widget>?unit=…&… is a page
 * holding nothing but that widget, with the attributes copied from the query after checking
 * each against the catalog. Parameters the widget does not have are ignored (a CMS or a
 * campaign may add its own); a bad value of one it has refuses the page, saying why.
 */
import { html, type Html } from '../pages/html.js';
import type { UnitDetail } from '../schemas/index.js';
import type { Store } from '../store/store.js';
import {
  attributeChecks,
  checkColour,
  type Lang,
  tagOf,
  WIDGETS,
  type WidgetName,
} from './catalog.js';

export interface Frame {
  widget: WidgetName;
  unit: UnitDetail;
  lang: Lang;
  /** Checked attributes, in the catalog's order; `''` is a boolean attribute. */
  attributes: [string, string][];
  /** `--pbgdpl-primary`, from `?primary=#rrggbb`. */
  primary?: string;
}

export interface Refusal {
  name: string;
  reason: string;
}

export type FrameQuery = Record<string, string | string[] | undefined>;

export async function readFrame(
  widget: WidgetName,
  query: FrameQuery,
  store: Store,
): Promise<Frame | Refusal[]> {
  const refusals: Refusal[] = [];
  const attributes: [string, string][] = [];
  let primary: string | undefined;
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (!Array.isArray(value)) return value;
    refusals.push({ name, reason: 'chỉ được có một giá trị' });
    return undefined;
  };

  for (const [name, check] of attributeChecks(widget)) {
    const value = single(name);
    if (value === undefined) continue;
    const checked = check(value);
    if ('reason' in checked) refusals.push({ name, reason: checked.reason });
    else attributes.push([name, checked.value]);
  }
  const colour = single('primary');
  if (colour !== undefined) {
    const checked = checkColour(colour);
    if ('reason' in checked) refusals.push({ name: 'primary', reason: checked.reason });
    else primary = checked.value;
  }

  const unitId = single('unit');
  const unit = unitId ? await store.getUnit(unitId) : undefined;
  if (!unit && !refusals.some((r) => r.name === 'unit')) {
    refusals.push({
      name: 'unit',
      reason: unitId ? `không có đơn vị với mã "${unitId.slice(0, 80)}"` : 'bắt buộc: mã đơn vị',
    });
  }
  if (!unit || refusals.length > 0) return refusals;

  const lang = attributes.find(([name]) => name === 'lang')?.[1] === 'en' ? 'en' : 'vi';
  return { widget, unit, lang, attributes, primary };
}

/** The page's title, also the iframe's `title` the configurator writes: section — unit. */
export function frameTitle({ widget, unit, lang }: Frame): string {
  return `${WIDGETS[widget].name[lang]} — ${lang === 'en' ? unit.nameEn : unit.name}`;
}

const COLOR_SCHEMES: Record<string, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

export function framePage(frame: Frame): string {
  const { widget, unit, lang, attributes, primary } = frame;
  const theme = attributes.find(([name]) => name === 'theme')?.[1];
  // The widget is this document's main content, so its heading is the document's first.
  const headingLevel = attributes.some(([name]) => name === 'heading-level')
    ? []
    : [['heading-level', '1'] as const];
  const tag = tagOf(widget);
  const attributeList: Html[] = [['unit', unit.id] as const, ...attributes, ...headingLevel].map(
    ([name, value]) => (value === '' ? html` ${name}` : html` ${name}="${value}"`),
  );
  const style = primary ? html` style="--pbgdpl-primary: ${primary}"` : '';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${theme ? html`<meta name="color-scheme" content="${COLOR_SCHEMES[theme]}" />` : ''}
<title>${frameTitle(frame)}</title>
<style>body { margin: 0; padding: 4px; font: 1rem/1.5 system-ui, sans-serif; }</style>
<script type="module" src="/embed/resizer.js"></script>
<script type="module" src="/widgets/v1/pbgdpl.js"></script>
</head>
<body>
<main><${tag}${attributeList}${style}></${tag}></main>
</body>
</html>
`.toString();
}

/** What a webmaster sees in the frame when the address is wrong: what to fix, in Vietnamese. */
export function frameErrorPage(title: string, refusals: Refusal[]): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          body {
            margin: 0;
            padding: 1rem;
            font:
              1rem/1.5 system-ui,
              sans-serif;
          }
        </style>
      </head>
      <body>
        <main>
          <h1>${title}</h1>
          <ul>
            ${refusals.map((r) => html`<li><code>${r.name}</code>: ${r.reason}</li>`)}
          </ul>
          <p>Lấy lại mã nhúng đúng tại <a href="/embed/" target="_blank">trang lấy mã nhúng</a>.</p>
        </main>
      </body>
    </html> `.toString();
}
