/**
 * The configurator at /embed/: a webmaster picks a unit, a section and its options, sees the
 * real widget, and copies the code to paste. The form is rendered here from the catalog, so it
 * offers exactly what the iframe pages accept; server/public/embed/configurator.js does the rest
 * in the browser (unit search, preview, snippets, copy).
 */
import { html, type Html } from '../pages/html.js';
import {
  type Codes,
  COMMON_OPTIONS,
  type Lang,
  MULTIPLE,
  WIDGETS,
  type WidgetName,
} from './catalog.js';

/** The widgets' own default `--pbgdpl-primary` (src/styles/host.ts): not written into the code. */
const DEFAULT_PRIMARY = '#0b5cad';
const DEFAULT_WIDGET: WidgetName = 'news-feed';

const TEXT = {
  vi: {
    title: 'Lấy mã nhúng chuyên mục PBGDPL',
    home: 'Dịch vụ PBGDPL dùng chung',
    otherLanguage: html`<a href="?lang=en" hreflang="en" lang="en">English</a>`,
    lead: 'Chọn đơn vị và chuyên mục, xem trước, rồi sao chép mã và dán vào trang web của đơn vị. Nội dung luôn được cập nhật từ dịch vụ trung tâm và từ các cấp trên của đơn vị.',
    noScript: 'Trang này cần JavaScript để tìm đơn vị, xem trước và tạo mã nhúng.',
    unit: '1. Đơn vị',
    unitSearch: 'Tìm đơn vị theo tên hoặc mã',
    unitHint: 'Ví dụ: Ninh Bình, Hoa Lư, Bộ Tư pháp. Gõ có dấu hay không dấu đều được.',
    unitResults: 'Chọn một đơn vị',
    noUnit: 'Chưa chọn đơn vị.',
    widget: '2. Chuyên mục',
    options: '3. Tùy chọn',
    any: 'Tất cả',
    byDefault: 'Mặc định',
    labels: {
      category: 'Chủ đề tin',
      layout: 'Cách trình bày',
      type: 'Loại văn bản',
      field: 'Lĩnh vực',
      view: 'Nhóm văn bản',
      kind: 'Loại tài liệu',
      sections: 'Các chuyên mục hiển thị',
      'page-size': 'Số mục mỗi trang (1–50)',
      theme: 'Nền sáng hay tối',
      primary: 'Màu chủ đạo',
      lang: 'Ngôn ngữ của chuyên mục',
    },
    pageSizeHint: 'Để trống để dùng số mặc định.',
    preview: 'Xem trước',
    previewEmpty: 'Chọn đơn vị để xem trước chuyên mục.',
    code: 'Mã nhúng',
    tagWay: 'Cách 1: thẻ chuyên mục (nên dùng)',
    tagHelp:
      'Mở trình soạn thảo của trang web, chuyển sang chế độ soạn mã HTML rồi dán mã vào vị trí muốn hiển thị. Dòng <script> chỉ cần có một lần trên mỗi trang.',
    tagCode: 'Mã thẻ chuyên mục',
    frameWay: 'Cách 2: khung iframe (khi trình soạn thảo xóa thẻ <script>)',
    frameHelp:
      'Chuyên mục hiện trong một khung. Nếu được dán thêm một dòng script, khung tự cao vừa nội dung; nếu không, khung cao 800 điểm ảnh và có thanh cuộn.',
    withParent: 'Kèm dòng script tự điều chỉnh chiều cao khung',
    frameCode: 'Mã khung iframe',
    copy: 'Sao chép mã',
    csp: 'Nếu trang web có chính sách bảo mật nội dung (CSP)',
    cspTag: 'Cách 1 cần cho phép địa chỉ của dịch vụ trong các chỉ thị:',
    cspFrame: 'Cách 2 cần chỉ thị dưới đây (và script-src như trên nếu kèm dòng script):',
  },
  en: {
    title: 'Get the embed code of a PBGDPL section',
    home: 'Shared PBGDPL service',
    otherLanguage: html`<a href="./" hreflang="vi" lang="vi">Tiếng Việt</a>`,
    lead: "Choose a unit and a section, preview it, then copy the code and paste it into the unit's website. The content stays up to date from the central service and from the unit's parents.",
    noScript: 'This page needs JavaScript to find units, preview and write the code.',
    unit: '1. Unit',
    unitSearch: 'Find a unit by name or id',
    unitHint: 'For example: Ninh Bình, Hoa Lư, Bộ Tư pháp. With or without diacritics.',
    unitResults: 'Choose a unit',
    noUnit: 'No unit chosen yet.',
    widget: '2. Section',
    options: '3. Options',
    any: 'All',
    byDefault: 'Default',
    labels: {
      category: 'News topic',
      layout: 'Layout',
      type: 'Document type',
      field: 'Field of law',
      view: 'Which documents',
      kind: 'Material kind',
      sections: 'Sections shown',
      'page-size': 'Items per page (1–50)',
      theme: 'Light or dark',
      primary: 'Primary colour',
      lang: 'Language of the section',
    },
    pageSizeHint: 'Leave empty for the default.',
    preview: 'Preview',
    previewEmpty: 'Choose a unit to preview the section.',
    code: 'Embed code',
    tagWay: 'Option 1: the section tag (recommended)',
    tagHelp:
      "Open the website's editor, switch to HTML source mode and paste the code where the section should appear. The <script> line is needed only once per page.",
    tagCode: 'Section tag code',
    frameWay: 'Option 2: an iframe (when the editor removes <script> tags)',
    frameHelp:
      'The section shows in a frame. If one script line may be pasted too, the frame fits its content; otherwise it is 800 pixels high and scrolls.',
    withParent: 'Include the script line that fits the frame to its content',
    frameCode: 'Iframe code',
    copy: 'Copy code',
    csp: 'If the website has a Content Security Policy (CSP)',
    cspTag: "Option 1 needs the service's address allowed in these directives:",
    cspFrame: 'Option 2 needs the directive below (and script-src as above with the script line):',
  },
} as const;

type Text = (typeof TEXT)[Lang];
type OptionName = keyof Text['labels'];

/** One field per option and code list: `field` is one field for the three widgets with it. */
interface OptionField {
  name: OptionName;
  codes: Codes;
  widgets: WidgetName[];
}

function widgetFields(): OptionField[] {
  const fields: OptionField[] = [];
  for (const [widget, { options }] of Object.entries(WIDGETS) as [
    WidgetName,
    (typeof WIDGETS)[WidgetName],
  ][]) {
    for (const [name, codes] of Object.entries(options) as [OptionName, Codes][]) {
      const same = fields.find((field) => field.name === name && field.codes === codes);
      if (same) same.widgets.push(widget);
      else fields.push({ name, codes, widgets: [widget] });
    }
  }
  return fields;
}

export function configuratorPage(lang: Lang): string {
  const t = TEXT[lang];
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/embed/configurator.css" />
        <script type="module" src="/widgets/v1/pbgdpl.js"></script>
        <script type="module" src="/embed/configurator.js"></script>
      </head>
      <body>
        <header class="bar">
          <a href="/">${t.home}</a>
          ${t.otherLanguage}
        </header>
        <main>
          <h1>${t.title}</h1>
          <p class="lead">${t.lead}</p>
          <noscript><p class="warning">${t.noScript}</p></noscript>
          <div class="columns">
            <form id="config" class="config">
              <fieldset>
                <legend>${t.unit}</legend>
                <label for="unit-search">${t.unitSearch}</label>
                <input
                  id="unit-search"
                  type="search"
                  maxlength="200"
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby="unit-hint"
                />
                <p id="unit-hint" class="hint">${t.unitHint}</p>
                <p id="unit-status" class="hint" role="status"></p>
                <fieldset id="unit-results" class="choices" hidden>
                  <legend>${t.unitResults}</legend>
                  <div id="unit-list"></div>
                </fieldset>
                <p id="unit-chosen" class="chosen">${t.noUnit}</p>
              </fieldset>
              <fieldset class="choices">
                <legend>${t.widget}</legend>
                ${(Object.keys(WIDGETS) as WidgetName[]).map((widget) => widgetChoice(widget, lang))}
              </fieldset>
              <fieldset>
                <legend>${t.options}</legend>
                ${widgetFields().map((field) => optionField(field, lang))}
                <div class="field" data-option="page-size">
                  <label for="page-size">${t.labels['page-size']}</label>
                  <input
                    id="page-size"
                    type="number"
                    min="1"
                    max="50"
                    inputmode="numeric"
                    aria-describedby="page-size-hint"
                  />
                  <p id="page-size-hint" class="hint">${t.pageSizeHint}</p>
                </div>
                ${optionField({ name: 'theme', codes: COMMON_OPTIONS.theme, widgets: [] }, lang)}
                <div class="field">
                  <label for="primary">${t.labels.primary}</label>
                  <input id="primary" type="color" value="${DEFAULT_PRIMARY}" />
                </div>
                ${optionField({ name: 'lang', codes: COMMON_OPTIONS.lang, widgets: [] }, lang)}
              </fieldset>
            </form>
            <div class="results">
              <section aria-labelledby="preview-heading">
                <h2 id="preview-heading">${t.preview}</h2>
                <div id="preview" class="preview"><p class="hint">${t.previewEmpty}</p></div>
              </section>
              <section aria-labelledby="code-heading">
                <h2 id="code-heading">${t.code}</h2>
                <h3>${t.tagWay}</h3>
                <p>${t.tagHelp}</p>
                ${snippet('tag', t.tagCode, lang)}
                <h3>${t.frameWay}</h3>
                <p>${t.frameHelp}</p>
                <p>
                  <label class="check"
                    ><input id="with-parent" type="checkbox" checked /> ${t.withParent}</label
                  >
                </p>
                ${snippet('frame', t.frameCode, lang)}
                <h3>${t.csp}</h3>
                <p>${t.cspTag}</p>
                <pre><code>script-src <span data-origin></span>
connect-src <span data-origin></span>
img-src <span data-origin></span>
media-src <span data-origin></span></code></pre>
                <p>${t.cspFrame}</p>
                <pre><code>frame-src <span data-origin></span></code></pre>
              </section>
            </div>
          </div>
        </main>
      </body>
    </html> `.toString();
}

function widgetChoice(widget: WidgetName, lang: Lang): Html {
  const { name } = WIDGETS[widget];
  const checked = widget === DEFAULT_WIDGET ? html` checked` : '';
  return html`<label class="check"
    ><input
      type="radio"
      name="widget"
      value="${widget}"
      data-name-vi="${name.vi}"
      data-name-en="${name.en}"
      ${checked}
    />
    ${name[lang]}</label
  >`;
}

/**
 * An option as the attribute it becomes (`data-option`). A widget's own options name their
 * widgets (`data-widgets`): configurator.js shows them for those alone. The first choice is the
 * widget's default, which the code leaves out.
 */
function optionField({ name, codes, widgets }: OptionField, lang: Lang): Html {
  const t = TEXT[lang];
  const id = widgets.length > 0 ? `${name}-${widgets[0]}` : name;
  const scope =
    widgets.length > 0
      ? html` data-widgets="${widgets.join(' ')}"${widgets.includes(DEFAULT_WIDGET) ? '' : html` hidden`}`
      : '';
  const choices = Object.entries(codes);
  if (MULTIPLE.has(name)) {
    return html`<fieldset class="field choices" data-option="${name}" ${scope}>
      <legend>${t.labels[name]}</legend>
      ${choices.map(([code, label]) => html`<label class="check"><input type="checkbox" value="${code}" checked /> ${label[lang]}</label>`)}
    </fieldset>`;
  }
  // A filter's default is no filter; a presentation's is the widget's own.
  const empty =
    name === 'lang'
      ? ''
      : html`<option value="">
          ${name === 'layout' || name === 'theme' ? t.byDefault : t.any}
        </option>`;
  return html`<div class="field" data-option="${name}" ${scope}>
    <label for="${id}">${t.labels[name]}</label>
    <select id="${id}">
      ${empty}
      ${choices.map(([code, label]) => html`<option value="${code}">${label[lang]}</option>`)}
    </select>
  </div>`;
}

function snippet(name: string, label: string, lang: Lang): Html {
  return html`<div class="snippet">
    <label for="snippet-${name}">${label}</label>
    <textarea id="snippet-${name}" rows="4" readonly spellcheck="false"></textarea>
    <button type="button" data-copy="snippet-${name}" aria-describedby="snippet-${name}-status">
      ${TEXT[lang].copy}
    </button>
    <span id="snippet-${name}-status" class="copy-status" role="status"></span>
  </div>`;
}
