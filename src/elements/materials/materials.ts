import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LEGAL_FIELDS } from '../../api/field-codes.js';
import { MATERIAL_KINDS } from '../../api/material-codes.js';
import type { ApiError } from '../../api/errors.js';
import '../../api/materials.js';
import type { Facets, LegalField, ListResponse, Material, MaterialKind } from '../../api/types.js';
import { initialState, ResourceController } from '../../controllers/resource.js';
import { defineElement } from '../../define.js';
import { PbgdplErrorEvent } from '../../events/error.js';
import { PbgdplLoadEvent } from '../../events/load.js';
import { PbgdplSelectEvent } from '../../events/select.js';
import type { MaterialsTranslation } from '../../i18n/translation.js';
import { viMaterials } from '../../i18n/vi-materials.js';
import { hostStyles } from '../../styles/host.js';
import { PbgdplElement } from '../base.js';
import { fileSize } from '../shared/file-size.js';
import { fragmentParam } from '../shared/fragment.js';
import { renderMatches, searchWords } from '../shared/highlight.js';
import { fieldNames, labelOf } from '../shared/labels.js';
import { renderPagination } from '../shared/pagination.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { styles } from './materials.styles.js';

export type MaterialsLayout = 'grid' | 'list';

type FilterName = 'kind' | 'field';
type MaterialFile = NonNullable<Material['file']>;
type MaterialMedia = NonNullable<Material['media']>;

/** The filters and the code lists their values come from. */
const FILTERS: Record<FilterName, readonly string[]> = {
  kind: MATERIAL_KINDS,
  field: LEGAL_FIELDS,
};
const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
const LAYOUTS: readonly string[] = ['grid', 'list'] satisfies MaterialsLayout[];
/** What the server accepts in `q`. */
const MAX_QUERY = 200;
/** Milliseconds of quiet typing before the search runs. */
const DEBOUNCE = 300;

/** The fragment part of an open detail: `#pbgdpl-material=<id>`, beside any of the host's. */
const fragment = fragmentParam('pbgdpl-material');

type FocusTarget = 'detail' | 'list' | { item: string };

/** "MP4" from `…/video.mp4`, for the link that downloads media a browser cannot play. */
function extension(url: string): string {
  return /\.(\w+)$/.exec(new URL(url).pathname)?.[1]?.toUpperCase() ?? '';
}

/**
 * Dissemination materials of a unit, with those of its parent units and the national level:
 * handbooks, leaflets, talk outlines, infographics, videos, radio programmes and lecture slides,
 * as a gallery or a list, with a search that ignores diacritics, filters by kind and field (with
 * counts), pages and an inline detail view: a download link for files, an image viewer for
 * infographics, a player with captions and transcript for video and audio. A detail is
 * deep-linkable through the URL fragment `#pbgdpl-material=<id>`, which leaves the host page's
 * own fragment alone, and the browser's Back button closes it.
 *
 * @tagname pbgdpl-materials
 * @summary Materials section (Tài liệu PBGDPL): gallery, search, filters, players, downloads.
 *
 * @attr lang - Language of the widget: `vi` (default) or `en`. Without it, the provider's, else
 *   the nearest ancestor's `lang`, else the page's.
 *
 * @event pbgdpl-load - A page of materials arrived and is shown. detail: `{ count, total }`
 * @event pbgdpl-select - A citizen opened a material. detail: `{ id }`. Cancelable: call
 *   `preventDefault()` to handle the navigation yourself instead of the inline detail.
 * @event pbgdpl-error - A request failed; the error state with a retry button is shown.
 *   detail: `{ error }` (an `ApiError` with `kind`, `status` and the server's `problem`).
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart filters - The group of filters.
 * @csspart filter - One filter (a select).
 * @csspart count - The number of materials found.
 * @csspart list - The list (or grid) of materials.
 * @csspart item - One material in the list.
 * @csspart thumbnail - A material's thumbnail in the list.
 * @csspart kind - The kind of a material (handbook, video…), above its title.
 * @csspart link - A material's title link.
 * @csspart meta - Format and size or duration, date and unit of a material.
 * @csspart summary - A material's summary.
 * @csspart pagination - The page navigation.
 * @csspart previous - The previous page button.
 * @csspart next - The next page button.
 * @csspart detail - The detail view of one material.
 * @csspart back - The detail view's back button.
 * @csspart image - The cover image or the infographic in the detail view.
 * @csspart viewer - The infographic with its link to the full-size image.
 * @csspart player - The video or audio player.
 * @csspart transcript - The disclosure holding the transcript of a video or programme.
 * @csspart media-error - The message and download link shown when the media cannot play.
 * @csspart download - The link that downloads the file.
 * @csspart skeleton - Placeholder while loading.
 * @csspart empty - The message shown when no material matches.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop --pbgdpl-materials-gap - Space between materials (default 1.5 × the spacing unit).
 * @cssprop --pbgdpl-materials-card-min-width - Narrowest card in the grid layout (default 15em).
 * @cssprop --pbgdpl-materials-thumbnail-width - Thumbnail width in the list layout (default 10em).
 * @cssprop --pbgdpl-materials-mark - Background of search matches in titles (default a
 *   translucent amber, readable in light and dark themes; the text keeps its colour).
 */
export class PbgdplMaterials extends PbgdplElement {
  static override styles = [hostStyles, stateStyles, styles];
  // Fills rows of 2, 3 or 4 cards alike.
  static override defaultPageSize = 12;

  private readonly list = new ResourceController(this, {
    args: () =>
      [
        this.client,
        this.scopeUnit,
        this.kind ?? this.chosen.kind,
        this.field ?? this.chosen.field,
        this.q?.trim() || undefined,
        this.page,
        this.pageSize,
      ] as const,
    load: ([client, unit, kind, field, q, page, pageSize], signal) =>
      client.materials({ unit, kind, field, q, page, pageSize }, { signal }),
    onComplete: (result) =>
      this.dispatchEvent(new PbgdplLoadEvent({ count: result.items.length, total: result.total })),
    onError: (error) => this.handleError(error),
  });

  private readonly detail = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.openId] as const,
    load: async ([client, id], signal): Promise<Material | typeof initialState> => {
      if (!id) return initialState;
      // A list item is the whole material: opened from the list, it needs no request.
      return (
        this.list.value?.items.find((item) => item.id === id) ?? client.material(id, { signal })
      );
    },
    onError: (error) => this.handleError(error),
  });

  /** Where focus goes after the next render that can take it. */
  private focusTarget?: FocusTarget;
  /** Whether the open detail has its own history entry (then closing goes back). */
  private pushedEntry = false;
  /** The search runs when typing pauses. */
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** A citizen changed the search or filters: the status region announces the count. */
  private announce = false;
  /** The query of the shown page, to start again at page 1 when it changes. */
  private queryKey?: string;

  @state() private page = 1;

  /** Id of the material open in the detail view. */
  @state() private openId?: string;

  /** The search text typed by the citizen. */
  @state() private q?: string;

  /** Filters chosen by the citizen (those not pinned by an attribute). */
  @state() private chosen: Partial<{ kind: MaterialKind; field: LegalField }> = {};

  /** URL of media the browser failed to load: the player gives way to a download link. */
  @state() private failedMedia?: string;

  /**
   * Only materials of this kind: handbook, leaflet, outline, infographic, video, audio, slides.
   * The kind filter is then hidden.
   */
  @property() kind?: MaterialKind;

  /**
   * Only materials of this field of law: `dat-dai`, `giao-thong`, `pbgdpl`… The field filter is
   * then hidden.
   */
  @property() field?: LegalField;

  /** How materials are laid out: `grid` (cards with thumbnails) or `list` (thumbnail beside text). */
  @property({ reflect: true }) layout: MaterialsLayout = 'grid';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    // A link to `#pbgdpl-material=<id>` opens that material on page load.
    const id = fragment.current();
    if (id) this.show(id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const name of FILTER_NAMES) {
      if (changed.has(name) && this[name] !== undefined) {
        const codes = FILTERS[name];
        const value = this.valid<string | undefined>(
          name,
          this[name],
          (code) => !!code && codes.includes(code),
          undefined,
          `one of ${codes.join(', ')}`,
        );
        Object.assign(this, { [name]: value });
      }
    }
    if (changed.has('layout')) {
      this.layout = this.valid(
        'layout',
        this.layout,
        (v) => LAYOUTS.includes(v),
        'grid',
        'grid or list',
      );
    }
    const key = [
      this.client.base,
      this.scopeUnit,
      this.kind ?? this.chosen.kind,
      this.field ?? this.chosen.field,
      this.q?.trim(),
      this.pageSize,
    ].join('|');
    if (this.queryKey !== undefined && key !== this.queryKey) this.page = 1;
    this.queryKey = key;
  }

  protected override updated(): void {
    const target = this.focusTarget && this.findFocusTarget(this.focusTarget);
    if (target === undefined) return;
    this.focusTarget = undefined;
    // Never pull focus from something the person moved to in the meantime.
    const root = this.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (target && (!active || active === this || active === document.body)) target.focus();
  }

  private readonly handleLocationChange = (): void => {
    const id = fragment.current();
    // popstate and hashchange both report one change: act on the first.
    if (id === this.openId) return;
    this.pushedEntry = false;
    if (id) this.show(id);
    else this.close();
  };

  private handleError(error: ApiError): void {
    this.dispatchEvent(new PbgdplErrorEvent({ error }));
  }

  private handleInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search(value), DEBOUNCE);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q');
    clearTimeout(this.searchTimer);
    if (input instanceof HTMLInputElement) this.search(input.value);
  }

  private handleFilter(name: FilterName, value: string): void {
    this.chosen = { ...this.chosen, [name]: value || undefined };
    this.announce = true;
  }

  private handleOpen(event: MouseEvent, id: string): void {
    // Let the browser open a new tab or window: the link is a working deep link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    if (!this.dispatchEvent(new PbgdplSelectEvent({ id }))) return;
    history.pushState(history.state, '', fragment.urlWith(id));
    this.pushedEntry = true;
    this.show(id);
  }

  private handleBack(): void {
    if (this.pushedEntry) {
      // Our own entry: going back keeps the history as it was; popstate then closes.
      history.back();
    } else {
      history.replaceState(history.state, '', fragment.urlWith(undefined));
      this.close();
    }
  }

  private handlePage(page: number): void {
    this.page = page;
    this.focusTarget = 'list';
  }

  private handleRetry(resource: 'list' | 'detail'): void {
    this[resource].retry();
    this.focusTarget = resource;
  }

  /** This section's strings in the current language (Vietnamese ones ship with this element). */
  private get strings(): MaterialsTranslation {
    return this.i18n.t.materials ?? viMaterials;
  }

  override render() {
    const s = this.strings;
    const name = this.heading || s.heading;
    const busy = this.openId ? this.detail.pending : this.list.pending;
    return html`<section
      part="base"
      class="base"
      lang=${this.i18n.lang}
      aria-labelledby=${this.noHeading ? nothing : 'heading'}
      aria-label=${this.noHeading ? name : nothing}
    >
      ${this.renderHeading(s.heading)}
      <p class="visually-hidden" role="status">
        ${busy ? this.i18n.t.loading : this.announcement()}
      </p>
      ${this.openId ? this.renderDetail(this.openId) : this.renderList()}
    </section>`;
  }

  private announcement(): string {
    const total = this.list.value?.total;
    if (!this.announce || this.openId || total === undefined) return '';
    return this.strings.found(this.i18n.number(total), total);
  }

  private search(value: string): void {
    this.q = value.slice(0, MAX_QUERY);
    this.announce = true;
  }

  private show(id: string): void {
    this.openId = id;
    this.failedMedia = undefined;
    this.focusTarget = 'detail';
  }

  private close(): void {
    if (!this.openId) return;
    this.focusTarget = { item: this.openId };
    this.openId = undefined;
  }

  /** The element to focus for `target`, `null` to give up, `undefined` to wait for data. */
  private findFocusTarget(target: FocusTarget): HTMLElement | null | undefined {
    const root = this.renderRoot;
    if (target === 'detail') {
      const heading = root.querySelector<HTMLElement>('#detail-heading');
      if (heading) return heading;
      return this.detail.pending ? undefined : root.querySelector<HTMLElement>('[part=retry]');
    }
    if (this.list.pending) return undefined;
    const top = root.querySelector<HTMLElement>('#heading');
    if (target === 'list') {
      return root.querySelector<HTMLElement>('[part=link], [part=retry], [part=empty]') ?? top;
    }
    return root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.item)}"]`) ?? top;
  }

  private renderList(): TemplateResult {
    // The filters keep the last facets while the next result loads, so nothing jumps.
    return html`${this.renderSearch()} ${this.renderFilters(this.list.value?.facets)}
    ${this.list.render({
      pending: (previous) =>
        previous ? this.renderPage(previous, true) : renderSkeleton(this.pageSize),
      complete: (result) => this.renderPage(result, false),
      error: (error) => renderError(error, this.i18n.t, () => this.handleRetry('list')),
    })}`;
  }

  private renderSearch(): TemplateResult {
    const s = this.strings;
    return html`<form part="search" class="search" role="search" @submit=${this.handleSubmit}>
      <label for="q" class="label">${s.search}</label>
      <div class="search-row">
        <input
          part="search-input"
          class="input"
          id="q"
          name="q"
          type="search"
          autocomplete="off"
          maxlength=${MAX_QUERY}
          aria-describedby="q-hint"
          .value=${this.q ?? ''}
          @input=${this.handleInput}
        />
        <button part="search-button" class="button primary" type="submit">${s.searchButton}</button>
      </div>
      <p id="q-hint" class="hint">${s.searchHint}</p>
    </form>`;
  }

  /** A select per filter not pinned by an attribute, its options counted over the others. */
  private renderFilters(facets: Facets | undefined): TemplateResult | typeof nothing {
    const s = this.strings;
    const names = FILTER_NAMES.filter((name) => !this[name]);
    if (!names.length) return nothing;
    const all = { kind: s.allKinds, field: s.allFields };
    return html`<div part="filters" class="filters" role="group" aria-label=${s.filters}>
      ${names.map((name) => {
        const labels = name === 'kind' ? s.kinds : fieldNames(this.i18n);
        const current = this.chosen[name];
        const buckets = facets?.[name];
        const counts = buckets && new Map(buckets.map((b) => [b.value, b.count]));
        const codes = FILTERS[name].filter(
          (code) => !counts || counts.has(code) || code === current,
        );
        return html`<label class="control"
          ><span class="label">${s[name]}</span>
          <select
            part="filter"
            class="input"
            name=${name}
            @change=${(event: Event) => this.handleFilter(name, (event.target as HTMLSelectElement).value)}
          >
            <option value="">${all[name]}</option>
            ${codes.map((code) => {
              const label = labelOf(labels, code);
              const count = counts && this.i18n.number(counts.get(code) ?? 0);
              return html`<option value=${code} ?selected=${code === current}>
                ${count ? s.option(label, count) : label}
              </option>`;
            })}
          </select></label
        >`;
      })}
    </div>`;
  }

  private renderPage(result: ListResponse<Material>, busy: boolean): TemplateResult {
    const s = this.strings;
    const filtered = this.q?.trim() || this.chosen.kind || this.chosen.field;
    if (!result.items.length) return renderEmpty(filtered ? s.noMatch : s.empty);
    const words = searchWords(this.q);
    return html`<p part="count" class="count">
        ${s.total(this.i18n.number(result.total), result.total)}
      </p>
      <ul part="list" class="list" aria-busy=${busy}>
        ${result.items.map((item) => this.renderItem(item, words))}
      </ul>
      ${renderPagination(result, this.i18n, (page) => this.handlePage(page))}`;
  }

  /** Text first, so a screen reader meets the title before the picture; CSS puts it on top. */
  private renderItem(item: Material, words: string[]): TemplateResult {
    return html`<li part="item" class="item">
      <div class="text">
        ${this.renderKind(item)}
        <div class="title" role="heading" aria-level=${this.itemLevel}>
          <a
            part="link"
            href=${fragment.urlWith(item.id)}
            data-id=${item.id}
            @click=${(event: MouseEvent) => this.handleOpen(event, item.id)}
            >${renderMatches(item.title, words)}</a
          >
        </div>
        ${this.renderMeta(item)}
        <p part="summary" class="summary">${item.summary}</p>
      </div>
      ${
        item.thumbnail
          ? html`<img
              part="thumbnail"
              class="thumbnail"
              src=${this.client.resolve(item.thumbnail.url)}
              alt=${item.thumbnail.alt}
              width="320"
              height="180"
              loading="lazy"
              decoding="async"
            />`
          : html`<span class="thumbnail" aria-hidden="true"></span>`
      }
    </li>`;
  }

  private renderKind(item: Material): TemplateResult {
    return html`<p part="kind" class="kind">${labelOf(this.strings.kinds, item.kind)}</p>`;
  }

  /** Duration or format and size, date and unit; in the detail also the fields of law. */
  private renderMeta(item: Material, long = false): TemplateResult {
    const { t } = this.i18n;
    const date = this.i18n.date(item.publishedAt);
    const fields = item.fields.map((code) => labelOf(fieldNames(this.i18n), code));
    return html`<p part="meta" class="meta">
      ${
        item.media
          ? html`<span>${this.renderDuration(item.media.duration)}</span>`
          : item.file
            ? html`<span>${this.fileInfo(item.file)}</span>`
            : nothing
      }
      <span><time datetime=${item.publishedAt}>${long ? t.publishedOn(date) : date}</time></span>
      <span>${item.unitName}</span>
      ${long && fields.length ? html`<span>${this.strings.field}: ${fields.join(', ')}</span>` : nothing}
    </p>`;
  }

  /** "PDF · 2,4 MB". */
  private fileInfo(file: MaterialFile): string {
    return `${file.format.toUpperCase()} · ${fileSize(this.i18n, file.size)}`;
  }

  /** "12:05" to the eye, "12 phút 5 giây" to a screen reader. */
  private renderDuration(seconds: number): TemplateResult {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor(seconds / 60) % 60;
    const sec = seconds % 60;
    const pad = (n: number) => String(n).padStart(2, '0');
    const clock = h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
    const units = (
      [
        [h, 'hour'],
        [m, 'minute'],
        [sec, 'second'],
      ] as const
    ).filter(([n]) => n);
    const spoken = (units.length ? units : [[0, 'second'] as const])
      .map(([n, unit]) => this.i18n.number(n, { style: 'unit', unit, unitDisplay: 'long' }))
      .join(' ');
    return html`<time datetime=${`PT${h}H${m}M${sec}S`}
      ><span aria-hidden="true">${clock}</span><span class="visually-hidden">${spoken}</span></time
    >`;
  }

  private renderDetail(id: string): TemplateResult {
    const { t } = this.i18n;
    // Known from the list when opened there: the heading shows (and takes focus) at once.
    const loaded = this.detail.value?.id === id ? this.detail.value : undefined;
    const known = loaded ?? this.list.value?.items.find((item) => item.id === id);
    return html`<article
      part="detail"
      class="detail"
      aria-labelledby=${known ? 'detail-heading' : nothing}
    >
      <button type="button" part="back" class="button back" @click=${this.handleBack}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
      ${
        known
          ? html`${this.renderKind(known)}
              <div
                id="detail-heading"
                class="detail-title"
                role="heading"
                aria-level=${this.itemLevel}
                tabindex="-1"
              >
                ${known.title}
              </div>`
          : nothing
      }
      ${this.detail.render({
        pending: () => renderSkeleton(1),
        complete: (item) => this.renderMaterial(item),
        error: (error) => renderError(error, t, () => this.handleRetry('detail')),
      })}
    </article>`;
  }

  /** What each kind needs: a player, an image viewer or a cover, and the file to download. */
  private renderMaterial(item: Material): TemplateResult {
    return html`${this.renderMeta(item, true)}
      <p id="detail-summary" part="summary" class="summary">${item.summary}</p>
      ${
        item.media
          ? this.renderPlayer(item, item.media)
          : item.kind === 'infographic' && item.file
            ? this.renderInfographic(item, item.file)
            : item.thumbnail
              ? html`<img
                  part="image"
                  class="cover"
                  src=${this.client.resolve(item.thumbnail.url)}
                  alt=${item.thumbnail.alt}
                  width="320"
                  height="180"
                  decoding="async"
                />`
              : nothing
      }
      ${item.file ? this.renderDownload(item.file) : nothing}`;
  }

  /** The infographic itself, described by the summary beside it, and a way to see it whole. */
  private renderInfographic(item: Material, file: MaterialFile): TemplateResult {
    const s = this.strings;
    const url = this.client.resolve(file.url);
    return html`<figure part="viewer" class="viewer">
      <img
        part="image"
        class="infographic"
        src=${url}
        alt=${item.thumbnail?.alt || item.title}
        aria-describedby="detail-summary"
        decoding="async"
      />
      <figcaption>
        <a href=${url} target="_blank" rel="noopener"
          >${s.openFull}<span class="visually-hidden"> ${s.newTab}</span
          ><span aria-hidden="true"> ↗</span></a
        >
      </figcaption>
    </figure>`;
  }

  /**
   * A native player, never autoplaying. Media on another origin is fetched with CORS so that
   * its captions load. When the media fails, a download link takes the player's place.
   */
  private renderPlayer(item: Material, media: MaterialMedia): TemplateResult {
    const s = this.strings;
    const src = this.client.resolve(media.url);
    const transcript = media.transcript
      ? html`<details part="transcript" class="transcript">
          <summary>${s.transcript}</summary>
          <p>${media.transcript}</p>
        </details>`
      : nothing;
    if (this.failedMedia === src) {
      return html`<div part="media-error" class="media-error">
          <p role="alert">${s.mediaFailed}</p>
          <a href=${src} download>${s.downloadMedia} (${extension(src)})</a>
        </div>
        ${transcript}`;
    }
    const crossOrigin = new URL(src).origin === location.origin ? nothing : 'anonymous';
    const onError = () => (this.failedMedia = src);
    const track = media.captionsUrl
      ? html`<track
          kind="captions"
          srclang="vi"
          label=${s.captions}
          src=${this.client.resolve(media.captionsUrl)}
          default
        />`
      : nothing;
    const player = media.mimeType.startsWith('audio/')
      ? html`<audio
          part="player"
          class="player"
          controls
          preload="metadata"
          src=${src}
          crossorigin=${crossOrigin}
          @error=${onError}
        >
          ${track}
        </audio>`
      : html`<video
          part="player"
          class="player"
          controls
          playsinline
          preload="metadata"
          src=${src}
          poster=${item.thumbnail ? this.client.resolve(item.thumbnail.url) : nothing}
          crossorigin=${crossOrigin}
          @error=${onError}
        >
          ${track}
        </video>`;
    return html`${player}${transcript}`;
  }

  private renderDownload(file: MaterialFile): TemplateResult {
    return html`<p>
      <a part="download" class="button download" href=${this.client.resolve(file.url)} download
        ><span aria-hidden="true">↓</span> ${this.strings.download}
        <span>(${file.format.toUpperCase()}, ${fileSize(this.i18n, file.size)})</span></a
      >
    </p>`;
  }
}

defineElement('pbgdpl-materials', PbgdplMaterials);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-materials': PbgdplMaterials;
  }
}
