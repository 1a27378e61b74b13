import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, ISSUERS } from '../../api/document-codes.js';
import { LEGAL_FIELDS } from '../../api/field-codes.js';
import '../../api/documents.js';
import type { ApiError } from '../../api/errors.js';
import type {
  DocumentDetail,
  DocumentQuery,
  DocumentRelation,
  DocumentStatus,
  DocumentSummary,
  DocumentType,
  Facets,
  Issuer,
  LegalField,
  ListResponse,
} from '../../api/types.js';
import { initialState, ResourceController } from '../../controllers/resource.js';
import { defineElement } from '../../define.js';
import { PbgdplErrorEvent } from '../../events/error.js';
import { PbgdplLoadEvent } from '../../events/load.js';
import { PbgdplSelectEvent } from '../../events/select.js';
import type { DocumentsTranslation } from '../../i18n/translation.js';
import { viDocuments } from '../../i18n/vi-documents.js';
import { hostStyles } from '../../styles/host.js';
import { PbgdplElement } from '../base.js';
import { fragmentParam } from '../shared/fragment.js';
import { renderPagination } from '../shared/pagination.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import type { renderRecord } from './record.js';
import { styles } from './document-list.styles.js';
import { renderMatches, searchWords } from '../shared/highlight.js';
import { fieldNames, labelOf } from '../shared/labels.js';

export type DocumentListView = NonNullable<DocumentQuery['view']>;

type FilterName = 'type' | 'issuer' | 'field' | 'status';
/** The filters and the code lists their values come from. */
const FILTERS: Record<FilterName, readonly string[]> = {
  type: DOCUMENT_TYPES,
  issuer: ISSUERS,
  field: LEGAL_FIELDS,
  status: DOCUMENT_STATUSES,
};
const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
const VIEWS: readonly string[] = ['new', 'upcoming'] satisfies DocumentListView[];
/** What the server accepts in `q`. */
const MAX_QUERY = 200;
/** Milliseconds of quiet typing before the search runs. */
const DEBOUNCE = 300;

/** The fragment part of an open detail: `#pbgdpl-doc=<id>`, beside any fragment of the host. */
const fragment = fragmentParam('pbgdpl-doc');

type FocusTarget = 'detail' | 'list' | { item: string };

/** A document with the code that renders its record (record.ts). */
type LoadedDocument = DocumentDetail & { renderRecord: typeof renderRecord };

/**
 * A shape per status, so the badge reads without colour (colour-blind readers, forced colours):
 * a tick, a clock, a half-filled circle, a cross, a pause sign. Drawn in `currentColor`.
 */
const STATUS_ICONS: Record<DocumentStatus, ReturnType<typeof svg>> = {
  'in-force': svg`<path d="m5 8.3 2 2 4-4.6" />`,
  'not-yet-in-force': svg`<path d="M8 4.5V8l2.5 1.6" />`,
  'partly-expired': svg`<path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />`,
  expired: svg`<path d="m5.5 5.5 5 5m0-5-5 5" />`,
  suspended: svg`<path d="M6.5 5v6m3-6v6" />`,
};

/**
 * Legal documents for a unit (with those of its parents and the national level): a search that
 * folds diacritics and document-number shapes, filters with counts, sorting, pages, validity
 * badges and an inline detail view with files, related documents and the official record. A
 * detail is deep-linkable through the URL fragment `#pbgdpl-doc=<id>`, which leaves the host
 * page's own fragment alone, and the browser's Back button closes it.
 *
 * @tagname pbgdpl-document-list
 * @summary Legal documents section (Văn bản pháp luật): search, filters, validity, detail.
 *
 * @attr lang - Language of the widget: `vi` (default) or `en`. Without it, the provider's, else
 *   the nearest ancestor's `lang`, else the page's.
 *
 * @event pbgdpl-load - A page of documents arrived and is shown. detail: `{ count, total }`
 * @event pbgdpl-select - A citizen opened a document, from the list or from a related
 *   document. detail: `{ id }`. Cancelable: call `preventDefault()` to handle the navigation
 *   yourself instead of the inline detail.
 * @event pbgdpl-error - A request failed; the error state with a retry button is shown.
 *   detail: `{ error }` (an `ApiError` with `kind`, `status` and the server's `problem`).
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart filters - The group of filters and the sort order.
 * @csspart filter - One filter or sort control (a select or date input).
 * @csspart clear - The button that clears the filters.
 * @csspart count - The number of documents found.
 * @csspart list - The list of documents.
 * @csspart item - One document in the list.
 * @csspart kind - Type and number of a document, above its title.
 * @csspart link - A document's title link.
 * @csspart meta - Issuers and dates of a document.
 * @csspart badge - The validity badge.
 * @csspart summary - A document's summary.
 * @csspart pagination - The page navigation.
 * @csspart previous - The previous page button.
 * @csspart next - The next page button.
 * @csspart detail - The detail view of one document.
 * @csspart back - The detail view's back button.
 * @csspart fields - The detail's list of properties (number, issuers, dates…).
 * @csspart attachments - The list of downloadable files.
 * @csspart related - The related documents.
 * @csspart source - The link to the official record.
 * @csspart skeleton - Placeholder while loading.
 * @csspart empty - The message shown when no document matches.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop --pbgdpl-document-list-gap - Space between documents (default 1.5 × the spacing unit).
 * @cssprop --pbgdpl-document-list-mark - Background of search matches in titles (default a
 *   translucent amber, readable in light and dark themes; the text keeps its colour).
 * @cssprop --pbgdpl-document-list-in-force - Colour of the "in force" badge (default #17663a).
 * @cssprop --pbgdpl-document-list-not-yet-in-force - Colour of the "not yet in force" badge
 *   (default #0b5cad).
 * @cssprop --pbgdpl-document-list-partly-expired - Colour of the "partly expired" badge
 *   (default #8a4600).
 * @cssprop --pbgdpl-document-list-expired - Colour of the "expired" badge (default #a1262b).
 * @cssprop --pbgdpl-document-list-suspended - Colour of the "suspended" badge (default #5b3b8c).
 *   The dark theme lifts badge colours toward white, so they stay readable.
 */
export class PbgdplDocumentList extends PbgdplElement {
  static override styles = [hostStyles, stateStyles, styles];

  private readonly list = new ResourceController(this, {
    args: () =>
      [
        this.client,
        this.scopeUnit,
        this.type,
        this.issuer,
        this.field,
        this.status,
        this.from,
        this.to,
        this.q?.trim() || undefined,
        this.view,
        this.sort,
        this.page,
        this.pageSize,
      ] as const,
    load: (
      [client, unit, type, issuer, field, status, from, to, q, view, sort, page, pageSize],
      signal,
    ) =>
      client.documents(
        { unit, type, issuer, field, status, from, to, q, view, sort, page, pageSize },
        { signal },
      ),
    onComplete: (result) =>
      this.dispatchEvent(new PbgdplLoadEvent({ count: result.items.length, total: result.total })),
    onError: (error) => this.handleError(error),
  });

  private readonly detail = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.openId] as const,
    load: async ([client, id], signal): Promise<LoadedDocument | typeof initialState> => {
      if (!id) return initialState;
      // The record's code loads beside the first document opened (a chunk of its own).
      const [item, { renderRecord }] = await Promise.all([
        client.document(id, { signal }),
        import('./record.js'),
      ]);
      return { ...item, renderRecord };
    },
    onError: (error) => this.handleError(error),
  });

  /** Where focus goes after the next render that can take it. */
  private focusTarget?: FocusTarget;
  /** History entries of ours above the page's own, so Back can step through them. */
  private pushed = 0;
  /** Our own `history.back()` is on its way, as opposed to the browser's buttons. */
  private goingBack = false;
  /** Documents shown before the open one, opened in place from their relations. */
  private trail: string[] = [];
  /** Titles known before their document loads (from relations), for the detail heading. */
  private readonly titles = new Map<string, string>();
  /** The search runs when typing pauses. */
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** A citizen changed the search or filters: the status region announces the count. */
  private announce = false;
  /** The query of the shown page, to start again at page 1 when it changes. */
  private queryKey?: string;

  @state() private page = 1;

  /** Issued on or after this date (YYYY-MM-DD), as chosen in the filters. */
  @state() private from?: string;

  /** Issued on or before this date (YYYY-MM-DD), as chosen in the filters. */
  @state() private to?: string;

  /** The order chosen; absent: relevance while searching, else the view's natural order. */
  @state() private sort?: 'issued' | 'effective';

  /** Id of the document open in the detail view. */
  @state() private openId?: string;

  /** Only documents of this type: `luat`, `nghi-dinh`, `thong-tu`… A citizen can change it. */
  @property() type?: DocumentType;

  /** Only documents of this issuing body: `quoc-hoi`, `chinh-phu`, `bo-tu-phap`… */
  @property() issuer?: Issuer;

  /** Only documents of this field of law: `dat-dai`, `giao-thong`, `bao-hiem-xa-hoi`… */
  @property() field?: LegalField;

  /** Only documents with this validity: `in-force`, `not-yet-in-force`, `partly-expired`, `expired`, `suspended`. */
  @property() status?: DocumentStatus;

  /** Search text: words of the title or summary, or a document number in any shape. */
  @property() q?: string;

  /** A preset: `new` (issued in the last 90 days) or `upcoming` (taking effect within 30 days). */
  @property() view?: DocumentListView;

  /** Hides the search box. */
  @property({ attribute: 'no-search', type: Boolean }) noSearch = false;

  /** Hides the filters and the sort order, for a compact list. */
  @property({ attribute: 'no-filters', type: Boolean }) noFilters = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    // A link to `#pbgdpl-doc=<id>` opens that document on page load.
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
    if (changed.has('view') && this.view !== undefined) {
      this.view = this.valid<DocumentListView | undefined>(
        'view',
        this.view,
        (view) => !!view && VIEWS.includes(view),
        undefined,
        'new or upcoming',
      );
    }
    if (changed.has('q') && this.q) {
      // The server refuses longer searches: keep the beginning.
      this.q = this.valid(
        'q',
        this.q,
        (q) => q.trim().length <= MAX_QUERY,
        this.q.trim().slice(0, MAX_QUERY),
        `at most ${MAX_QUERY} characters`,
      );
    }
    // "Newest issued" is the natural order outside a search: one way to say it, one option.
    if (this.sort === 'issued' && this.defaultSort() === 'issued') this.sort = undefined;
    const key = [
      this.client.base,
      this.scopeUnit,
      ...FILTER_NAMES.map((name) => this[name]),
      this.from,
      this.to,
      this.q?.trim(),
      this.view,
      this.sort,
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
    if (this.goingBack) {
      this.goingBack = false;
      this.pushed--;
    } else {
      this.pushed = 0;
    }
    if (id === this.trail.at(-1)) this.trail.pop();
    else this.trail = [];
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

  private handleFilter(name: FilterName | 'from' | 'to' | 'sort', value: string): void {
    Object.assign(this, { [name]: value || undefined });
    this.announce = true;
  }

  private handleClear(): void {
    for (const name of [...FILTER_NAMES, 'from', 'to'] as const) this.handleFilter(name, '');
    this.focusTarget = 'list';
  }

  private handleOpen(event: MouseEvent, id: string, title: string): void {
    // Let the browser open a new tab or window: the link is a working deep link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    if (!this.dispatchEvent(new PbgdplSelectEvent({ id }))) return;
    if (this.openId) this.trail.push(this.openId);
    this.titles.set(id, title);
    history.pushState(history.state, '', fragment.urlWith(id));
    this.pushed++;
    this.show(id);
  }

  private handleBack(): void {
    if (this.pushed > 0) {
      // Our own entry: going back keeps the history as it was; popstate then shows the rest.
      this.goingBack = true;
      history.back();
      return;
    }
    const previous = this.trail.pop();
    history.replaceState(history.state, '', fragment.urlWith(previous));
    if (previous) this.show(previous);
    else this.close();
  }

  private handlePage(page: number): void {
    // Focus moves to the new page's first document: that says enough.
    this.announce = false;
    this.page = page;
    this.focusTarget = 'list';
  }

  private handleRetry(resource: 'list' | 'detail'): void {
    this[resource].retry();
    this.focusTarget = resource;
  }

  /** This section's strings in the current language (Vietnamese ones ship with this element). */
  private get strings(): DocumentsTranslation {
    return this.i18n.t.documents ?? viDocuments;
  }

  /** The labels of a filter's codes in the current language. */
  private filterLabels(name: FilterName): Record<string, string> {
    const { types, issuers, statuses } = this.strings;
    return { type: types, issuer: issuers, field: fieldNames(this.i18n), status: statuses }[name];
  }

  override render() {
    const { t } = this.i18n;
    const name = this.heading || this.defaultHeading();
    const busy = this.openId ? this.detail.pending : this.list.pending;
    return html`<section
      part="base"
      class="base"
      lang=${this.i18n.lang}
      aria-labelledby=${this.noHeading ? nothing : 'heading'}
      aria-label=${this.noHeading ? name : nothing}
    >
      ${this.renderHeading(this.defaultHeading())}
      <p class="visually-hidden" role="status">${busy ? t.loading : this.renderAnnouncement()}</p>
      ${this.openId ? this.renderDetail(this.openId) : this.renderList()}
    </section>`;
  }

  /** The count of documents found, once a citizen has searched or filtered. */
  private renderAnnouncement(): string {
    const total = this.list.value?.total;
    if (!this.announce || this.openId || total === undefined) return '';
    return this.strings.found(this.i18n.number(total), total);
  }

  private defaultHeading(): string {
    const d = this.strings;
    return this.view === 'new'
      ? d.headingNew
      : this.view === 'upcoming'
        ? d.headingUpcoming
        : d.heading;
  }

  /** The order the server uses when none is asked for. */
  private defaultSort(): 'relevance' | 'soonest' | 'issued' {
    if (this.q?.trim()) return 'relevance';
    return this.view === 'upcoming' ? 'soonest' : 'issued';
  }

  private search(value: string): void {
    this.q = value.slice(0, MAX_QUERY);
    this.announce = true;
  }

  private show(id: string): void {
    this.openId = id;
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
    const { t } = this.i18n;
    // The controls keep the last facets while the next result loads, so nothing jumps.
    const facets = this.list.value?.facets;
    return html`${this.noSearch ? nothing : this.renderSearch()}
    ${this.noFilters ? nothing : this.renderFilters(facets)}
    ${this.list.render({
      pending: (previous) =>
        previous ? this.renderPage(previous, true) : renderSkeleton(this.pageSize),
      complete: (result) => this.renderPage(result, false),
      error: (error) => renderError(error, t, () => this.handleRetry('list')),
    })}`;
  }

  private renderSearch(): TemplateResult {
    const d = this.strings;
    return html`<form part="search" class="search" role="search" @submit=${this.handleSubmit}>
      <label for="q" class="label">${d.search}</label>
      <div class="search-row">
        <input
          part="search-input"
          class="input"
          id="q"
          name="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          maxlength=${MAX_QUERY}
          aria-describedby="q-hint"
          .value=${this.q ?? ''}
          @input=${this.handleInput}
        />
        <button part="search-button" class="button primary" type="submit">${d.searchButton}</button>
      </div>
      <p id="q-hint" class="hint">${d.searchHint}</p>
    </form>`;
  }

  private renderFilters(facets: Facets | undefined): TemplateResult {
    const d = this.strings;
    const active = FILTER_NAMES.some((name) => this[name]) || this.from || this.to;
    const sort = this.defaultSort();
    const sorts: [string, string][] = [
      [
        '',
        sort === 'relevance' ? d.sortRelevance : sort === 'soonest' ? d.sortSoonest : d.sortIssued,
      ],
      ...(sort === 'issued' ? [] : [['issued', d.sortIssued] as [string, string]]),
      ['effective', d.sortEffective],
    ];
    return html`<div part="filters" class="filters" role="group" aria-label=${d.filters}>
      ${FILTER_NAMES.map((name) => this.renderFilter(name, facets))}
      ${this.renderDate('from', this.from, { max: this.to })}
      ${this.renderDate('to', this.to, { min: this.from })}
      <label class="control"
        ><span class="label">${d.sort}</span>
        <select
          part="filter"
          class="input"
          name="sort"
          .value=${this.sort ?? ''}
          @change=${(event: Event) => this.handleFilter('sort', (event.target as HTMLSelectElement).value)}
        >
          ${sorts.map(
            ([value, label]) =>
              html`<option value=${value} ?selected=${value === (this.sort ?? '')}>
                ${label}
              </option>`,
          )}
        </select></label
      >
      ${
        active
          ? html`<button part="clear" class="button clear" type="button" @click=${this.handleClear}>
              ${d.clear}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** A native select: its options are the values with documents, each with its count. */
  private renderFilter(name: FilterName, facets: Facets | undefined): TemplateResult {
    const labels = this.filterLabels(name);
    const current = this[name];
    const counts = facets && new Map(facets[name]?.map((bucket) => [bucket.value, bucket.count]));
    const codes = FILTERS[name].filter((code) => !counts || counts.has(code) || code === current);
    return html`<label class="control"
      ><span class="label">${this.strings[name]}</span>
      <select
        part="filter"
        class="input"
        name=${name}
        .value=${current ?? ''}
        @change=${(event: Event) => this.handleFilter(name, (event.target as HTMLSelectElement).value)}
      >
        <option value="">${this.strings.all}</option>
        ${codes.map((code) => {
          const label = labelOf(labels, code);
          const count = counts && this.i18n.number(counts.get(code) ?? 0);
          return html`<option value=${code} ?selected=${code === current}>
            ${count ? this.strings.option(label, count) : label}
          </option>`;
        })}
      </select></label
    >`;
  }

  private renderDate(
    name: 'from' | 'to',
    value: string | undefined,
    range: { min?: string; max?: string },
  ): TemplateResult {
    return html`<label class="control"
      ><span class="label">${this.strings[name]}</span>
      <input
        part="filter"
        class="input"
        type="date"
        name=${name}
        min=${range.min ?? nothing}
        max=${range.max ?? nothing}
        .value=${value ?? ''}
        @change=${(event: Event) => this.handleFilter(name, (event.target as HTMLInputElement).value)}
    /></label>`;
  }

  private renderPage(result: ListResponse<DocumentSummary>, busy: boolean): TemplateResult {
    const d = this.strings;
    const filtered =
      FILTER_NAMES.some((name) => this[name]) || this.from || this.to || this.q?.trim();
    if (!result.items.length) return renderEmpty(filtered ? d.noMatch : d.empty);
    const words = searchWords(this.q);
    return html`<p part="count" class="count">
        ${d.total(this.i18n.number(result.total), result.total)}
      </p>
      <ul part="list" class="list" aria-busy=${busy}>
        ${result.items.map((item) => this.renderItem(item, words))}
      </ul>
      ${renderPagination(result, this.i18n, (page) => this.handlePage(page))}`;
  }

  private renderItem(item: DocumentSummary, words: string[]): TemplateResult {
    return html`<li part="item" class="item">
      ${this.renderKind(item, words)}
      <div class="title" role="heading" aria-level=${this.itemLevel}>
        <a
          part="link"
          href=${fragment.urlWith(item.id)}
          data-id=${item.id}
          @click=${(event: MouseEvent) => this.handleOpen(event, item.id, item.title)}
          >${renderMatches(item.title, words)}</a
        >
      </div>
      <div class="meta-row">${this.renderBadge(item.status)} ${this.renderMeta(item)}</div>
      <p part="summary" class="summary">${item.summary}</p>
    </li>`;
  }

  private renderKind(item: DocumentSummary, words: string[] = []): TemplateResult {
    return html`<p part="kind" class="kind">
      ${labelOf(this.strings.types, item.type)}
      <span class="number">${renderMatches(item.number, words)}</span>
    </p>`;
  }

  private renderMeta(item: DocumentSummary): TemplateResult {
    const d = this.strings;
    return html`<p part="meta" class="meta">
      <span>${this.renderIssuers(item.issuers)}</span>
      <span>${d.issued}: ${this.renderDay(item.issuedDate)}</span>
      <span>${d.effective}: ${this.renderDay(item.effectiveDate)}</span>
    </p>`;
  }

  private renderIssuers(issuers: readonly Issuer[]): string {
    return issuers.map((code) => labelOf(this.strings.issuers, code)).join(', ');
  }

  private renderDay(date: string | null): TemplateResult | string {
    if (!date) return this.strings.undetermined;
    return html`<time datetime=${date}>${this.i18n.date(date)}</time>`;
  }

  /** Text and a shape, never colour alone; the border survives forced-colours mode. */
  private renderBadge(status: DocumentStatus): TemplateResult {
    return html`<span part="badge" class="badge" data-status=${status}
      ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" />
        ${STATUS_ICONS[status]}</svg
      >${labelOf(this.strings.statuses, status)}</span
    >`;
  }

  private renderDetail(id: string): TemplateResult {
    const { t } = this.i18n;
    const loaded = this.detail.value?.id === id ? this.detail.value : undefined;
    // The title is known from the list or the relation it was opened from: show it at once.
    const title =
      loaded?.title ??
      this.list.value?.items.find((item) => item.id === id)?.title ??
      this.titles.get(id);
    return html`<article
      part="detail"
      class="detail"
      aria-labelledby=${title ? 'detail-heading' : nothing}
    >
      <button type="button" part="back" class="button back" @click=${this.handleBack}>
        <span aria-hidden="true">←</span>
        ${this.trail.length ? this.strings.backToDocument : t.back}
      </button>
      ${loaded ? this.renderKind(loaded) : nothing}
      ${
        title
          ? html`<div
              id="detail-heading"
              class="detail-title"
              role="heading"
              aria-level=${this.itemLevel}
              tabindex="-1"
            >
              ${title}
            </div>`
          : nothing
      }
      ${this.detail.render({
        pending: () => renderSkeleton(1),
        complete: (item) =>
          item.renderRecord(item, {
            strings: this.strings,
            i18n: this.i18n,
            client: this.client,
            level: Math.min(this.itemLevel + 1, 6),
            day: (date) => this.renderDay(date),
            badge: (status) => this.renderBadge(status),
            issuers: (codes) => this.renderIssuers(codes),
            link: (id, relation) => this.renderRelationLink(id, relation),
          }),
        error: (error) => renderError(error, t, () => this.handleRetry('detail')),
      })}
    </article>`;
  }

  private renderRelationLink(id: string, relation: DocumentRelation): TemplateResult {
    return html`<a
      href=${fragment.urlWith(id)}
      data-id=${id}
      @click=${(event: MouseEvent) => this.handleOpen(event, id, relation.title)}
      ><span class="number">${relation.number}</span> ${relation.title}</a
    >`;
  }
}

defineElement('pbgdpl-document-list', PbgdplDocumentList);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-document-list': PbgdplDocumentList;
  }
}
