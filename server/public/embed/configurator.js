// @ts-check
/**
 * The configurator's behaviour; its form is rendered by server/src/embed/configurator.ts from
 * the same catalog the iframe pages check against. Finds units, keeps the live preview and both
 * snippets in step with the form, and copies a snippet to the clipboard.
 *
 * Units are found by the API's search, which folds diacritics ("hoa lu" finds "Hoa Lư"), and
 * offered as radio buttons: a datalist would filter our results again, without folding.
 */

/**
 * @typedef {{ id: string, name: string, nameEn: string, kind: string, parentId: string | null }} Unit
 * @typedef {Unit & { ancestors: { id: string, name: string, kind: string }[] }} UnitDetail
 * @typedef {{ name: string, tag: string, title: Record<'vi' | 'en', string> }} Widget
 * @typedef {[name: string, value: string]} Attribute
 */

const service = location.origin;
const FRAME_HEIGHT = 800;
const MAX_RESULTS = 20;

const TEXT = {
  vi: {
    /** @param {number} shown @param {number} total */
    found: (shown, total) =>
      total > shown
        ? `Tìm thấy ${total} đơn vị, dưới đây là ${shown} đơn vị đầu tiên; gõ cụ thể hơn để thu hẹp.`
        : `Tìm thấy ${total} đơn vị.`,
    none: 'Không tìm thấy đơn vị nào.',
    failed: 'Không tải được danh sách đơn vị. Vui lòng thử lại.',
    /** @param {string} path @param {string} id */
    chosen: (path, id) => `Đã chọn: ${path} (mã ${id})`,
    needUnit: 'Hãy chọn đơn vị trước.',
    copied: 'Đã sao chép',
    copyFailed:
      'Không sao chép tự động được. Mã đã được chọn sẵn: nhấn Ctrl+C (trên điện thoại: chạm giữ rồi chọn Sao chép).',
  },
  en: {
    /** @param {number} shown @param {number} total */
    found: (shown, total) =>
      total > shown
        ? `${total} units found; the first ${shown} are below. Type more to narrow them down.`
        : `${total} ${total === 1 ? 'unit' : 'units'} found.`,
    none: 'No unit found.',
    failed: 'The list of units could not be loaded. Please try again.',
    /** @param {string} path @param {string} id */
    chosen: (path, id) => `Chosen: ${path} (id ${id})`,
    needUnit: 'Choose a unit first.',
    copied: 'Copied',
    copyFailed:
      'Could not copy automatically. The code is selected: press Ctrl+C (on a phone: touch and hold, then Copy).',
  },
};
const t = TEXT[document.documentElement.lang === 'en' ? 'en' : 'vi'];

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing`);
  return element;
}

const form = byId('config', HTMLFormElement);
const search = byId('unit-search', HTMLInputElement);
const unitStatus = byId('unit-status', HTMLElement);
const unitResults = byId('unit-results', HTMLFieldSetElement);
const unitList = byId('unit-list', HTMLElement);
const unitChosen = byId('unit-chosen', HTMLElement);
const preview = byId('preview', HTMLElement);
const tagSnippet = byId('snippet-tag', HTMLTextAreaElement);
const frameSnippet = byId('snippet-frame', HTMLTextAreaElement);
const withParent = byId('with-parent', HTMLInputElement);
const colourInput = byId('primary', HTMLInputElement);

/**
 * Every unit met so far, to write each result's path ("Tỉnh Ninh Bình › Phường Hoa Lư").
 * @type {Map<string, Pick<Unit, 'name' | 'kind' | 'parentId'>>}
 */
const known = new Map();
/** @type {Map<string, Unit>} */
let results = new Map();
/** @type {Unit | undefined} */
let chosen;
let searching = new AbortController();
let previewKey = '';

/**
 * @param {() => unknown} run
 * @param {number} ms
 */
function debounce(run, ms) {
  let timer = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

/**
 * @param {string} path
 * @param {AbortSignal} signal
 * @returns {Promise<any>}
 */
async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** @param {Pick<Unit, 'id' | 'name' | 'kind' | 'parentId'>[]} units */
function remember(units) {
  for (const { id, name, kind, parentId } of units) known.set(id, { name, kind, parentId });
}

/** The unit's place in the tree, below the national level. */
function pathOf(/** @type {string} */ id) {
  const names = [];
  for (
    let unit = known.get(id);
    unit;
    unit = unit.parentId ? known.get(unit.parentId) : undefined
  ) {
    if (unit.kind !== 'national' || names.length === 0) names.unshift(unit.name);
  }
  return names.join(' › ');
}

/**
 * Fetches the parents not met yet; each one's detail names all its ancestors.
 * @param {Unit[]} units
 * @param {AbortSignal} signal
 */
async function learnParents(units, signal) {
  const missing = new Set(
    units.flatMap((u) => (u.parentId && !known.has(u.parentId) ? [u.parentId] : [])),
  );
  await Promise.all(
    [...missing].map(async (id) => {
      /** @type {UnitDetail} */
      const parent = await getJson(`/api/v1/units/${encodeURIComponent(id)}`, signal);
      const ancestors = parent.ancestors.map((a, i, all) => ({
        ...a,
        parentId: all[i - 1]?.id ?? null,
      }));
      remember([parent, ...ancestors]);
    }),
  );
}

async function findUnits() {
  searching.abort();
  searching = new AbortController();
  const { signal } = searching;
  const q = search.value.trim();
  if (!q) {
    showResults([]);
    unitStatus.textContent = '';
    return;
  }
  try {
    const query = new URLSearchParams({ q, pageSize: String(MAX_RESULTS) });
    /** @type {{ items: Unit[], total: number }} */
    const page = await getJson(`/api/v1/units?${query}`, signal);
    remember(page.items);
    await learnParents(page.items, signal);
    showResults(page.items);
    unitStatus.textContent =
      page.items.length > 0 ? t.found(page.items.length, page.total) : t.none;
  } catch {
    if (!signal.aborted) unitStatus.textContent = t.failed;
  }
}

/** @param {Unit[]} units */
function showResults(units) {
  results = new Map(units.map((unit) => [unit.id, unit]));
  unitList.replaceChildren(
    ...units.map((unit) => {
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'unit';
      radio.value = unit.id;
      radio.checked = unit.id === chosen?.id;
      const label = document.createElement('label');
      label.className = 'check';
      label.append(radio, ` ${pathOf(unit.id)}`);
      return label;
    }),
  );
  unitResults.hidden = units.length === 0;
}

/** @returns {Widget} */
function chosenWidget() {
  const radio = form.querySelector('input[name="widget"]:checked');
  if (!(radio instanceof HTMLInputElement)) throw new Error('no section chosen');
  const { nameVi = '', nameEn = '' } = radio.dataset;
  return { name: radio.value, tag: `pbgdpl-${radio.value}`, title: { vi: nameVi, en: nameEn } };
}

/**
 * An option's value, or '' when it is the widget's default (the field's first choice, the
 * checkboxes as the page set them) or not valid (a page size of 99).
 * @param {Element} field
 */
function valueOf(field) {
  const boxes = [...field.querySelectorAll('input[type="checkbox"]')].filter(
    (box) => box instanceof HTMLInputElement,
  );
  if (boxes.length > 0) {
    const picked = boxes.filter((box) => box.checked);
    const changed = boxes.some((box) => box.checked !== box.defaultChecked);
    return changed && picked.length > 0 ? picked.map((box) => box.value).join(',') : '';
  }
  const control = field.querySelector('select, input');
  if (control instanceof HTMLSelectElement) {
    return control.selectedIndex > 0 ? control.value : '';
  }
  return control instanceof HTMLInputElement && control.validity.valid ? control.value.trim() : '';
}

/**
 * Every option field shown for the chosen widget that differs from the widget's default.
 * @param {Unit} unit
 * @returns {Attribute[]}
 */
function attributesOf(unit) {
  /** @type {Attribute[]} */
  const attributes = [['unit', unit.id]];
  for (const field of form.querySelectorAll('[data-option]')) {
    if (!(field instanceof HTMLElement) || field.hidden) continue;
    const value = valueOf(field);
    if (value) attributes.push([field.dataset['option'] ?? '', value]);
  }
  return attributes;
}

/** The primary colour, unless it is the widgets' own. */
function primaryColour() {
  return colourInput.value !== colourInput.defaultValue ? colourInput.value : '';
}

function escapeAttribute(/** @type {string} */ value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * @param {Widget} widget
 * @param {Attribute[]} attributes
 * @param {string} primary
 */
function tagCode(widget, attributes, primary) {
  const list = attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const style = primary ? ` style="--pbgdpl-primary: ${primary}"` : '';
  return (
    `<script type="module" src="${service}/widgets/v1/pbgdpl.js"></script>\n` +
    `<${widget.tag}${list}${style}></${widget.tag}>`
  );
}

/**
 * The title matches the frame page's own <title> (server/src/embed/frame.ts).
 * @param {Widget} widget
 * @param {Unit} unit
 * @param {Attribute[]} attributes
 * @param {string} primary
 */
function frameCode(widget, unit, attributes, primary) {
  const query = new URLSearchParams(attributes);
  if (primary) query.set('primary', primary);
  const src = `${service}/embed/frame/${widget.name}?${query}`;
  const english = attributes.some(([name, value]) => name === 'lang' && value === 'en');
  const title = english
    ? `${widget.title.en} — ${unit.nameEn}`
    : `${widget.title.vi} — ${unit.name}`;
  const frame =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${FRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
  return withParent.checked
    ? `${frame}\n<script type="module" src="${service}/embed/parent.js"></script>`
    : frame;
}

/**
 * @param {Widget} widget
 * @param {Attribute[]} attributes
 * @param {string} primary
 */
function showPreview(widget, attributes, primary) {
  // A new element for new settings: nothing of the previous one's state lingers.
  const key = JSON.stringify([widget.tag, attributes, primary]);
  if (key === previewKey) return;
  previewKey = key;
  const element = document.createElement(widget.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (primary) element.style.setProperty('--pbgdpl-primary', primary);
  preview.replaceChildren(element);
}

/** Offers the options of the chosen widget alone. */
function showOptions() {
  const widget = chosenWidget();
  for (const field of form.querySelectorAll('[data-widgets]')) {
    if (field instanceof HTMLElement) {
      field.hidden = !(field.dataset['widgets'] ?? '').split(' ').includes(widget.name);
    }
  }
}

function update() {
  if (!chosen) return;
  const widget = chosenWidget();
  const attributes = attributesOf(chosen);
  const colour = primaryColour();
  showPreview(widget, attributes, colour);
  showCode(tagSnippet, tagCode(widget, attributes, colour));
  showCode(frameSnippet, frameCode(widget, chosen, attributes, colour));
}

/**
 * @param {HTMLTextAreaElement} snippet
 * @param {string} code
 */
function showCode(snippet, code) {
  if (snippet.value === code) return;
  snippet.value = code;
  // "Copied" was about the previous code.
  byId(`${snippet.id}-status`, HTMLElement).textContent = '';
}

// Settles first: arrowing through the units or typing a page size must not reload the preview
// at every step.
const scheduleUpdate = debounce(update, 300);

function choose(/** @type {Unit} */ unit) {
  chosen = unit;
  unitChosen.textContent = t.chosen(pathOf(unit.id), unit.id);
  scheduleUpdate();
}

/**
 * Says `message` in a live region; emptied first, so that saying it again is heard again.
 * @param {HTMLElement} region
 * @param {string} message
 */
function say(region, message) {
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 100);
}

/** @param {HTMLButtonElement} button */
async function copy(button) {
  update(); // a change may still be settling: copy what the form says now
  const snippet = byId(button.dataset['copy'] ?? '', HTMLTextAreaElement);
  const status = byId(`${snippet.id}-status`, HTMLElement);
  if (!snippet.value) return say(status, t.needUnit);
  try {
    await navigator.clipboard.writeText(snippet.value);
    say(status, t.copied);
  } catch {
    // No clipboard (permission denied, an old browser, plain http): select it for Ctrl+C.
    snippet.focus();
    snippet.select();
    say(status, t.copyFailed);
  }
}

for (const span of document.querySelectorAll('[data-origin]')) span.textContent = service;
for (const button of document.querySelectorAll('button[data-copy]')) {
  if (button instanceof HTMLButtonElement)
    button.addEventListener('click', () => void copy(button));
}
form.addEventListener('submit', (event) => event.preventDefault());
search.addEventListener('input', debounce(findUnits, 250));
form.addEventListener('input', (event) => {
  const target = event.target;
  if (target === search) return;
  if (target instanceof HTMLInputElement && target.name === 'unit') {
    const unit = results.get(target.value);
    if (unit) choose(unit);
    return;
  }
  if (target instanceof HTMLInputElement && target.name === 'widget') showOptions();
  scheduleUpdate();
});
withParent.addEventListener('input', update);
// The browser may have restored another section's choice (Back, reload).
showOptions();
