import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LEGAL_FIELDS } from '../../api/field-codes.js';
import '../../api/documents.js';
import '../../api/questions.js';
import '../../api/units.js';
import type {
  Citation,
  DocumentDetail,
  LegalField,
  ListResponse,
  QuestionDetail,
  QuestionSummary,
  QuestionTracking,
} from '../../api/types.js';
import { initialState, ResourceController } from '../../controllers/resource.js';
import { defineElement } from '../../define.js';
import { PbgdplErrorEvent } from '../../events/error.js';
import { PbgdplLoadEvent } from '../../events/load.js';
import { PbgdplSelectEvent } from '../../events/select.js';
import type { QaTranslation } from '../../i18n/translation.js';
import { viQa } from '../../i18n/vi-qa.js';
import { hostStyles } from '../../styles/host.js';
import { PbgdplElement } from '../base.js';
import { renderMatches, searchWords } from '../shared/highlight.js';
import { fragmentParam } from '../shared/fragment.js';
import { fieldNames, labelOf } from '../shared/labels.js';
import { renderPagination } from '../shared/pagination.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { styles } from './legal-qa.styles.js';
import { ApiError } from '../../api/errors.js';
import type { AskForm, AskHost } from './ask.js';
import { hasQueued } from './common.js';

export { NOTICE_VERSION } from './common.js';

/** `#pbgdpl-qa=<id>` opens an answered question. */
const fragment = fragmentParam('pbgdpl-qa');
/** The document list's fragment part, so a citation can open the document there. */
const documentFragment = fragmentParam('pbgdpl-doc');
const MAX_QUERY = 200;
const DEBOUNCE = 300;
const CODE = /^PB-?[A-Z0-9]{5}-?[A-Z0-9]{5}$/;

export type LegalQaView = 'browse' | 'ask' | 'track';
type FocusTarget = 'detail' | 'list' | 'view' | 'outcome' | 'error' | { item: string };
type Loaded<T> = T & { body: HTMLElement };

/** Sanitized answer HTML; DOMPurify loads with the first answer shown (a chunk of its own). */
async function withBody<T extends { answerHtml: string }>(
  item: T,
  resolve: (url: string) => string,
  root: ShadowRoot | null,
): Promise<Loaded<T>> {
  const { safeBody } = await import('../shared/purify.js');
  return { ...item, body: safeBody(item.answerHtml, resolve, root) };
}

/**
 * Hỏi đáp pháp luật: answered legal questions by field, with a folded search, pages and a detail
 * view (deep link `#pbgdpl-qa=<id>`); a form to ask a question, which is never lost (a draft and
 * an outbox in local storage, retried with backoff) and never duplicated (an Idempotency-Key per
 * submission); and a lookup by tracking code. The proof-of-work code loads when the form opens.
 *
 * @tagname pbgdpl-legal-qa
 * @summary Legal Q&A section (Hỏi đáp pháp luật): answered questions, ask, track.
 *
 * @attr lang - Language of the widget: `vi` (default) or `en`. Without it, the provider's, else
 *   the nearest ancestor's `lang`, else the page's.
 *
 * @event pbgdpl-load - A page of questions arrived. detail: `{ count, total }`
 * @event pbgdpl-select - A citizen opened a question. detail: `{ id }`. Cancelable.
 * @event pbgdpl-error - A request failed and its error state is shown. detail: `{ error }`
 * @event pbgdpl-question-submit - A citizen's question was stored by the service (at once or
 *   after an outage). detail: `{ trackingCode }`; never the question or contact data.
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart views - The buttons switching between browsing, asking and tracking.
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart filter - The field of law filter.
 * @csspart count - The number of questions found.
 * @csspart list - The list of questions.
 * @csspart item - One question in the list.
 * @csspart link - A question's title link.
 * @csspart meta - Field, unit and date of a question.
 * @csspart pagination - The page navigation.
 * @csspart previous - The previous page button.
 * @csspart next - The next page button.
 * @csspart detail - The detail view of one question.
 * @csspart back - The back button.
 * @csspart body - The sanitized answer.
 * @csspart citations - The documents an answer cites.
 * @csspart cited - A cited document's summary and official record, opened under its citation.
 * @csspart form - The ask form.
 * @csspart notice - The short privacy notice above the consent box.
 * @csspart submit - The ask form's send button.
 * @csspart outcome - Sent (with the tracking code) or queued, after sending.
 * @csspart tracking-code - The tracking code.
 * @csspart track - The tracking lookup form and its result.
 * @csspart facts - A tracked question's code, status, field, unit and date.
 * @csspart skeleton - Placeholder while loading.
 * @csspart empty - The message shown when no question matches.
 * @csspart error - An error message and its retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop --pbgdpl-legal-qa-gap - Space between questions (default 1.5 × the spacing unit).
 * @cssprop --pbgdpl-legal-qa-mark - Background of search matches (default a translucent amber).
 * @cssprop --pbgdpl-legal-qa-error - Colour of validation errors (default #a1262b; lifted toward
 *   white by the dark theme).
 */
export class PbgdplLegalQa extends PbgdplElement {
  static override styles = [hostStyles, stateStyles, styles];

  private readonly list = new ResourceController(this, {
    args: () =>
      [
        this.client,
        this.scopeUnit,
        this.field ?? this.chosenField,
        this.q?.trim() || undefined,
        this.page,
        this.pageSize,
      ] as const,
    load: ([client, unit, field, q, page, pageSize], signal) =>
      client.questions({ unit, field, q, page, pageSize }, { signal }),
    onComplete: (result) =>
      this.dispatchEvent(new PbgdplLoadEvent({ count: result.items.length, total: result.total })),
    onError: (error) => this.handleError(error),
  });

  private readonly detail = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.openId] as const,
    load: async ([client, id], signal): Promise<Loaded<QuestionDetail> | typeof initialState> =>
      id
        ? withBody(
            await client.question(id, { signal }),
            (url) => client.resolve(url),
            this.shadowRoot,
          )
        : initialState,
    onError: (error) => this.handleError(error),
  });

  /** A cited document, opened in place where no document list on the page can show it. */
  private readonly cited = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.citedId] as const,
    load: async ([client, id], signal): Promise<DocumentDetail | typeof initialState> =>
      id ? client.document(id, { signal }) : initialState,
  });

  private readonly tracking = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.trackCode] as const,
    load: async ([client, code], signal): Promise<QuestionTracking | typeof initialState> => {
      if (!code) return initialState;
      const item = await client.trackQuestion(code, { signal });
      if (!item.answer) return item;
      const answer = await withBody(item.answer, (url) => client.resolve(url), this.shadowRoot);
      return { ...item, answer };
    },
  });

  /** The unit's name for the privacy notice, once the form opens. */
  private readonly unitInfo = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.view === 'ask' ? this.scopeUnit : undefined] as const,
    load: async ([client, unit], signal) => (unit ? client.unit(unit, { signal }) : initialState),
  });

  private focusTarget?: FocusTarget;
  private pushedEntry = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private announce = false;
  private queryKey?: string;
  private namespace?: string;
  /** The ask form's code (ask.ts), loaded when the form first opens or a queue waits. */
  private askModule?: Promise<typeof import('./ask.js')>;
  /** The ask form, its draft and its outbox for the current service and unit, once loaded. */
  private ask?: AskForm;
  private readonly askHost: AskHost = {
    client: () => this.client,
    unit: () => this.scopeUnit,
    field: () => this.field,
    strings: () => this.strings,
    i18n: () => this.i18n,
    level: () => this.itemLevel,
    canAsk: () => this.canAsk,
    unitName: () => this.unitInfo.value?.name,
    noticeUrl: () => this.noticeUrl || `${this.client.base}/privacy`,
    update: () => this.requestUpdate(),
    focus: (target) => {
      this.focusTarget = target;
      this.requestUpdate();
    },
    switchTo: (view, code) => this.switchTo(view, code),
    dispatch: (event) => this.dispatchEvent(event),
  };

  @state() private page = 1;
  @state() private openId?: string;
  @state() private citedId?: string;
  @state() private chosenField?: LegalField;
  @state() private view: LegalQaView = 'browse';
  @state() private askFailed = false;
  @state() private trackCode?: string;
  @state() private codeError?: string;

  /** Pins the list to one field of law (`dat-dai`, `lao-dong`…) and preselects it in the form. */
  @property() field?: LegalField;

  /** Search text over questions and answers. */
  @property() q?: string;

  /** Hides the ask form (browsing and tracking stay). */
  @property({ attribute: 'no-ask', type: Boolean }) noAsk = false;

  /** The full privacy notice; default `<api>/privacy`. */
  @property({ attribute: 'notice-url' }) noticeUrl?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    const id = fragment.current();
    if (id) this.show(id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
    clearTimeout(this.searchTimer);
    this.ask?.stop();
    this.ask = undefined;
    this.namespace = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('field') && this.field !== undefined) {
      this.field = this.valid<LegalField | undefined>(
        'field',
        this.field,
        (code) => !!code && LEGAL_FIELDS.includes(code),
        undefined,
        LEGAL_FIELDS.join(', '),
      );
    }
    const key = [
      this.client.base,
      this.scopeUnit,
      this.field,
      this.chosenField,
      this.q?.trim(),
      this.pageSize,
    ].join('|');
    if (this.queryKey !== undefined && key !== this.queryKey) this.page = 1;
    this.queryKey = key;
    // One draft and one outbox per service and unit; a queue left by an earlier visit is sent
    // now. The form's code loads for it only then (or when the form opens).
    const namespace = `${this.client.base}|${this.scopeUnit ?? ''}`;
    if (namespace !== this.namespace) {
      this.ask?.stop();
      this.ask = undefined;
      this.namespace = namespace;
      if ((this.view === 'ask' && !this.openId) || hasQueued(namespace)) void this.loadAsk();
    }
  }

  protected override updated(): void {
    const target = this.focusTarget && this.findFocusTarget(this.focusTarget);
    if (target === undefined) return;
    this.focusTarget = undefined;
    target?.focus();
  }

  private readonly handleLocationChange = (): void => {
    const id = fragment.current();
    if (id === this.openId) return;
    this.pushedEntry = false;
    if (id) this.show(id);
    else this.close();
  };

  private handleError(error: ApiError): void {
    this.dispatchEvent(new PbgdplErrorEvent({ error }));
  }

  private handleSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search(value), DEBOUNCE);
  }

  private handleSearch(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q');
    clearTimeout(this.searchTimer);
    if (input instanceof HTMLInputElement) this.search(input.value);
  }

  private handleFieldFilter(event: Event): void {
    this.chosenField = ((event.target as HTMLSelectElement).value || undefined) as LegalField;
    this.announce = true;
  }

  private handleOpen(event: MouseEvent, id: string): void {
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
    if (this.openId && this.pushedEntry) {
      history.back();
      return;
    }
    if (this.openId) {
      history.replaceState(history.state, '', fragment.urlWith(undefined));
      this.close();
      return;
    }
    this.switchTo('browse');
  }

  private handlePage(page: number): void {
    this.page = page;
    this.focusTarget = 'list';
  }

  private handleTrack(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('code');
    const code =
      input instanceof HTMLInputElement ? input.value.replace(/\s+/g, '').toUpperCase() : '';
    if (!CODE.test(code)) {
      this.codeError = this.strings.codeInvalid;
      this.trackCode = undefined;
      this.focusTarget = 'error';
      return;
    }
    this.codeError = undefined;
    if (code === this.trackCode) this.tracking.retry();
    this.trackCode = code;
  }

  /** Opens the browse list, the ask form or the tracking lookup. */
  switchTo(view: LegalQaView, code?: string): void {
    this.view = view;
    this.openId = undefined;
    if (view === 'ask') {
      if (this.ask) this.ask.opened();
      else void this.loadAsk();
    }
    if (code) this.trackCode = code;
    this.focusTarget = view === 'browse' ? 'list' : 'view';
  }

  /** This section's strings in the current language (Vietnamese ones ship with this element). */
  private get strings(): QaTranslation {
    return this.i18n.t.qa ?? viQa;
  }

  override render() {
    const q = this.strings;
    const name = this.heading || q.heading;
    const busy = this.openId ? this.detail.pending : this.view === 'browse' && this.list.pending;
    return html`<section
      part="base"
      class="base"
      lang=${this.i18n.lang}
      aria-labelledby=${this.noHeading ? nothing : 'heading'}
      aria-label=${this.noHeading ? name : nothing}
    >
      ${this.renderHeading(q.heading)}
      <p class="visually-hidden" role="status">
        ${busy ? this.i18n.t.loading : this.announcement()}
      </p>
      ${this.renderViews()}
      ${
        this.openId
          ? this.renderDetail(this.openId)
          : this.view === 'ask' && this.canAsk
            ? this.renderAsk()
            : this.view === 'track'
              ? this.renderTrack()
              : html`${this.ask?.renderBanner()}${this.renderList()}`
      }
    </section>`;
  }

  private get canAsk(): boolean {
    return !this.noAsk && !!this.scopeUnit;
  }

  private announcement(): string {
    const total = this.list.value?.total;
    if (!this.announce || this.openId || total === undefined || this.view !== 'browse') return '';
    return this.strings.found(this.i18n.number(total), total);
  }

  private search(value: string): void {
    this.q = value.slice(0, MAX_QUERY);
    this.announce = true;
  }

  private show(id: string): void {
    this.openId = id;
    this.citedId = undefined;
    this.view = 'browse';
    this.focusTarget = 'detail';
  }

  private close(): void {
    if (!this.openId) return;
    this.focusTarget = { item: this.openId };
    this.openId = undefined;
  }

  /** Loads the ask form's code and makes the form of the current service and unit. */
  private async loadAsk(): Promise<void> {
    const namespace = this.namespace;
    this.askFailed = false;
    try {
      const { AskForm } = await (this.askModule ??= import('./ask.js'));
      if (this.ask || namespace === undefined || namespace !== this.namespace) return;
      this.ask = new AskForm(this.askHost, namespace);
      if (this.view === 'ask') this.ask.opened();
    } catch {
      // Offline or blocked: the form says so and offers to try again.
      this.askModule = undefined;
      this.askFailed = true;
    }
    this.requestUpdate();
  }

  private findFocusTarget(target: FocusTarget): HTMLElement | null | undefined {
    const root = this.renderRoot;
    const top = root.querySelector<HTMLElement>('#heading');
    switch (target) {
      case 'detail':
        return (
          root.querySelector<HTMLElement>('#detail-heading') ??
          (this.detail.pending ? undefined : root.querySelector<HTMLElement>('[part=retry]'))
        );
      case 'view':
        return root.querySelector<HTMLElement>('#view-heading') ?? top;
      case 'outcome':
        return root.querySelector<HTMLElement>('#outcome') ?? top;
      case 'error':
        return (
          root.querySelector<HTMLElement>('[aria-invalid=true]') ??
          root.querySelector<HTMLElement>('#form-error') ??
          top
        );
      case 'list':
        if (this.list.pending) return undefined;
        return root.querySelector<HTMLElement>('[part=link], [part=retry], [part=empty]') ?? top;
      default:
        if (this.list.pending) return undefined;
        return root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.item)}"]`) ?? top;
    }
  }

  private renderViews(): TemplateResult {
    const q = this.strings;
    const views: [LegalQaView, string][] = [
      ['browse', q.browse],
      ...(this.canAsk ? [['ask', q.ask] as [LegalQaView, string]] : []),
      ['track', q.track],
    ];
    const current = this.openId ? 'browse' : this.view;
    return html`<nav part="views" class="views" aria-label=${q.views}>
      ${views.map(
        ([view, label]) =>
          html`<button
            type="button"
            class="button"
            aria-current=${view === current ? 'true' : 'false'}
            @click=${() => this.switchTo(view)}
          >
            ${label}
          </button>`,
      )}
    </nav>`;
  }

  private renderList(): TemplateResult {
    const q = this.strings;
    const facets = this.list.value?.facets?.['field'];
    const counts = facets && new Map(facets.map((bucket) => [bucket.value, bucket.count]));
    const current = this.chosenField;
    return html`<form part="search" class="search" role="search" @submit=${this.handleSearch}>
        <label for="q" class="label">${q.search}</label>
        <div class="row">
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
            @input=${this.handleSearchInput}
          />
          <button part="search-button" class="button primary" type="submit">
            ${q.searchButton}
          </button>
        </div>
        <p id="q-hint" class="hint">${q.searchHint}</p>
      </form>
      ${
        this.field
          ? nothing
          : html`<div class="controls">
              <label class="label" for="field-filter">${q.field}</label>
              <select
                id="field-filter"
                part="filter"
                class="input"
                name="field"
                @change=${this.handleFieldFilter}
              >
                <option value="">${q.all}</option>
                ${LEGAL_FIELDS.filter(
                  (code) => !counts || counts.has(code) || code === current,
                ).map((code) => {
                  const label = fieldNames(this.i18n)[code];
                  const count = counts && this.i18n.number(counts.get(code) ?? 0);
                  return html`<option value=${code} ?selected=${code === current}>
                    ${count ? q.option(label, count) : label}
                  </option>`;
                })}
              </select>
            </div>`
      }
      ${this.list.render({
        pending: (previous) =>
          previous ? this.renderPage(previous, true) : renderSkeleton(this.pageSize),
        complete: (result) => this.renderPage(result, false),
        error: (error) => renderError(error, this.i18n.t, () => this.list.retry()),
      })}`;
  }

  private renderPage(result: ListResponse<QuestionSummary>, busy: boolean): TemplateResult {
    const q = this.strings;
    if (!result.items.length) {
      return renderEmpty(this.q?.trim() || this.chosenField ? q.noMatch : q.empty);
    }
    const words = searchWords(this.q);
    return html`<p part="count" class="count">
        ${q.total(this.i18n.number(result.total), result.total)}
      </p>
      <ul part="list" class="list" aria-busy=${busy}>
        ${result.items.map(
          (item) =>
            html`<li part="item" class="item">
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
            </li>`,
        )}
      </ul>
      ${renderPagination(result, this.i18n, (page) => this.handlePage(page))}`;
  }

  private renderMeta(item: QuestionSummary): TemplateResult {
    const q = this.strings;
    return html`<p part="meta" class="meta">
      ${labelOf(fieldNames(this.i18n), item.field)} ·
      ${q.answeredBy(item.unitName, this.i18n.date(item.answeredAt))}
    </p>`;
  }

  private renderBack(label = this.i18n.t.back): TemplateResult {
    return html`<button type="button" part="back" class="button" @click=${this.handleBack}>
      <span aria-hidden="true">←</span> ${label}
    </button>`;
  }

  private renderDetail(id: string): TemplateResult {
    const known = this.list.value?.items.find((item) => item.id === id);
    const loaded = this.detail.value?.id === id ? this.detail.value : undefined;
    const title = loaded?.title ?? known?.title;
    return html`<article
      part="detail"
      class="detail"
      aria-labelledby=${title ? 'detail-heading' : nothing}
    >
      ${this.renderBack()}
      ${
        title
          ? html`<div
              id="detail-heading"
              class="title block"
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
        complete: (item) => this.renderAnswered(item),
        error: (error) => renderError(error, this.i18n.t, () => this.detail.retry()),
      })}
    </article>`;
  }

  private renderAnswered(item: Loaded<QuestionDetail>): TemplateResult {
    const q = this.strings;
    const level = Math.min(this.itemLevel + 1, 6);
    return html`${this.renderMeta(item)}
      <div class="block">
        <div class="subheading" role="heading" aria-level=${level}>${q.questionHeading}</div>
        <p class="question">${item.question}</p>
      </div>
      <div class="block">
        <div class="subheading" role="heading" aria-level=${level}>${q.answerHeading}</div>
        ${item.body}
      </div>
      ${this.renderCitations(item.citations, level)}`;
  }

  /**
   * A cited document opens in the page's document list when there is one (through its fragment
   * part); otherwise its summary and official record open here, under the citation.
   */
  private handleCitation(event: MouseEvent, id: string): void {
    if (document.querySelector('pbgdpl-document-list')) return;
    event.preventDefault();
    this.citedId = this.citedId === id ? undefined : id;
  }

  private renderCitations(citations: readonly Citation[], level: number): unknown {
    if (!citations.length) return nothing;
    return html`<div class="block">
      <div class="subheading" role="heading" aria-level=${level}>${this.strings.citations}</div>
      <ul part="citations">
        ${citations.map(
          (c) =>
            html`<li>
              ${
                c.id
                  ? html`<a
                        href=${documentFragment.urlWith(c.id)}
                        aria-expanded=${this.citedId === c.id}
                        @click=${(event: MouseEvent) => this.handleCitation(event, c.id ?? '')}
                        >${c.number} ${c.title}</a
                      >${this.citedId === c.id ? this.renderCited() : nothing}`
                  : html`${c.number} ${c.title}`
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCited(): unknown {
    const q = this.strings;
    return html`<div part="cited" class="block">
      ${this.cited.render({
        pending: () => renderSkeleton(1),
        complete: (doc) =>
          html`<p>${doc.summary}</p>
            <p>
              <a href=${doc.sourceUrl} target="_blank" rel="noopener"
                >${q.citedSource} <span class="visually-hidden">${q.newTab}</span></a
              >
            </p>`,
        error: (error) => renderError(error, this.i18n.t, () => this.cited.retry()),
      })}
    </div>`;
  }

  /** Sent or queued, shown wherever the citizen is (a queue may be sent on a later visit). */
  private renderAsk(): TemplateResult {
    const q = this.strings;
    return html`${this.renderBack()}
      <div
        id="view-heading"
        class="title block"
        role="heading"
        aria-level=${this.itemLevel}
        tabindex="-1"
      >
        ${q.ask}
      </div>
      ${
        this.ask?.render() ??
        (this.askFailed
          ? renderError(new ApiError('network', ''), this.i18n.t, () => void this.loadAsk())
          : renderSkeleton(1))
      }`;
  }

  private renderTrack(): TemplateResult {
    const q = this.strings;
    return html`${this.renderBack()}
      <div part="track">
        <div
          id="view-heading"
          class="title block"
          role="heading"
          aria-level=${this.itemLevel}
          tabindex="-1"
        >
          ${q.track}
        </div>
        <form class="search" @submit=${this.handleTrack} novalidate>
          <p>${q.trackIntro}</p>
          <label class="label" for="code">${q.code}</label>
          <div class="row">
            <input
              id="code"
              name="code"
              class="input"
              autocomplete="off"
              spellcheck="false"
              maxlength="20"
              .value=${this.trackCode ?? ''}
              aria-invalid=${!!this.codeError}
              aria-describedby=${this.codeError ? 'code-hint code-error' : 'code-hint'}
            />
            <button class="button primary" type="submit">${q.lookup}</button>
          </div>
          <p id="code-hint" class="hint">${q.codeHint}</p>
          <div role="alert">
            ${this.codeError ? html`<p id="code-error" class="field-error">${this.codeError}</p>` : nothing}
          </div>
        </form>
        <div aria-live="polite">
          ${this.tracking.render({
            pending: () => renderSkeleton(1),
            complete: (item) => this.renderTracking(item),
            error: (error) =>
              error.status === 404
                ? html`<p part="empty" class="empty">${q.codeUnknown}</p>`
                : renderError(error, this.i18n.t, () => this.tracking.retry()),
          })}
        </div>
      </div>`;
  }

  private renderTracking(item: QuestionTracking): TemplateResult {
    const q = this.strings;
    const level = Math.min(this.itemLevel + 1, 6);
    const answer = item.answer as Loaded<NonNullable<QuestionTracking['answer']>> | null;
    return html`<div class="block">
      <div class="subheading" role="heading" aria-level=${level}>${item.title}</div>
      <dl part="facts" class="facts">
        <dt>${q.trackingCode}</dt>
        <dd class="code">${item.trackingCode}</dd>
        <dt>${q.status}</dt>
        <dd data-status=${item.status}>${q.statuses[item.status]}</dd>
        <dt>${q.field}</dt>
        <dd>${labelOf(fieldNames(this.i18n), item.field)}</dd>
        <dt>${q.addressedTo}</dt>
        <dd>${item.unitName}</dd>
        <dt>${q.asked}</dt>
        <dd>${this.i18n.date(item.askedAt)}</dd>
        ${
          item.rejection
            ? html`<dt>${q.rejection}</dt>
                <dd>${item.rejection.reason}</dd>`
            : nothing
        }
      </dl>
      ${
        answer
          ? html`<div class="block">
              <div class="subheading" role="heading" aria-level=${level}>${q.answerHeading}</div>
              <p class="meta">
                ${q.answeredBy(answer.unitName, this.i18n.date(answer.answeredAt))}
              </p>
              ${answer.body} ${this.renderCitations(answer.citations, level)}
            </div>`
          : nothing
      }
    </div>`;
  }
}

defineElement('pbgdpl-legal-qa', PbgdplLegalQa);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-legal-qa': PbgdplLegalQa;
  }
}
