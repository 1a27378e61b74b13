import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NEWS_CATEGORIES } from '../../api/codes.js';
import type { ApiError } from '../../api/errors.js';
import type { ListResponse, NewsCategory, NewsDetail, NewsSummary } from '../../api/types.js';
import { initialState, ResourceController } from '../../controllers/resource.js';
import { defineElement } from '../../define.js';
import { PbgdplErrorEvent } from '../../events/error.js';
import { PbgdplLoadEvent } from '../../events/load.js';
import { PbgdplSelectEvent } from '../../events/select.js';
import { hostStyles } from '../../styles/host.js';
import { PbgdplElement } from '../base.js';
import { fragmentParam } from '../shared/fragment.js';
import { renderPagination } from '../shared/pagination.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { styles } from './news-feed.styles.js';

export type NewsFeedLayout = 'list' | 'cards' | 'compact';

/** An item with its body sanitized and ready to render. */
type LoadedNews = NewsDetail & { body: HTMLElement };

const LAYOUTS: readonly string[] = ['list', 'cards', 'compact'] satisfies NewsFeedLayout[];

/** The fragment part of an open detail: `#pbgdpl-news=<id>`, beside any fragment of the host. */
const fragment = fragmentParam('pbgdpl-news');

/** Where focus goes once the next render has what it needs. */
type FocusTarget = 'detail' | 'list' | { item: string };

/**
 * Latest news of PBGDPL activities for a unit, with those of its parent units and the national
 * level, in pages, with an inline detail view. A detail is deep-linkable through the URL
 * fragment `#pbgdpl-news=<id>`, which leaves the host page's own fragment alone, and the
 * browser's Back button closes it.
 *
 * @tagname pbgdpl-news-feed
 * @summary News feed section (Tin tức hoạt động PBGDPL).
 *
 * @attr lang - Language of the widget: `vi` (default) or `en`. Without it, the provider's, else
 *   the nearest ancestor's `lang`, else the page's.
 *
 * @event pbgdpl-load - A page of news arrived and is shown. detail: `{ count, total }`
 * @event pbgdpl-select - A citizen opened an item. detail: `{ id }`. Cancelable: call
 *   `preventDefault()` to handle the navigation yourself instead of the inline detail.
 * @event pbgdpl-error - A request failed; the error state with a retry button is shown.
 *   detail: `{ error }` (an `ApiError` with `kind`, `status` and the server's `problem`).
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart image - An item's image, in the list and in the detail.
 * @csspart link - An item's title link.
 * @csspart meta - Date, category and unit of an item.
 * @csspart summary - An item's summary.
 * @csspart pagination - The page navigation.
 * @csspart previous - The previous page button.
 * @csspart next - The next page button.
 * @csspart detail - The detail view of one item.
 * @csspart back - The detail view's button back to the list.
 * @csspart body - The article text in the detail view.
 * @csspart skeleton - Placeholder while loading.
 * @csspart empty - The message shown when there is no news.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop --pbgdpl-news-feed-gap - Space between items (default 1.5 × the spacing unit).
 * @cssprop --pbgdpl-news-feed-image-width - Image width in the list layout (default 10em).
 * @cssprop --pbgdpl-news-feed-card-min-width - Narrowest card in the cards layout (default 16em).
 */
export class PbgdplNewsFeed extends PbgdplElement {
  static override styles = [hostStyles, stateStyles, styles];
  static override defaultPageSize = 5;

  private readonly list = new ResourceController(this, {
    args: () => [this.client, this.scopeUnit, this.category, this.page, this.pageSize] as const,
    load: ([client, unit, category, page, pageSize], signal) =>
      client.news({ unit, category, page, pageSize }, { signal }),
    onComplete: (result) =>
      this.dispatchEvent(new PbgdplLoadEvent({ count: result.items.length, total: result.total })),
    onError: (error) => this.handleError(error),
  });

  private readonly detail = new ResourceController(this, {
    eager: true,
    args: () => [this.client, this.openId] as const,
    load: async ([client, id], signal): Promise<LoadedNews | typeof initialState> => {
      if (!id) return initialState;
      // The sanitizer loads beside the request, on first use only (a chunk of its own).
      const [item, { safeBody }] = await Promise.all([
        client.newsItem(id, { signal }),
        import('../shared/purify.js'),
      ]);
      return {
        ...item,
        body: safeBody(item.bodyHtml, (url) => client.resolve(url), this.shadowRoot),
      };
    },
    onError: (error) => this.handleError(error),
  });

  /** Where focus goes after the next render that can take it. */
  private focusTarget?: FocusTarget;
  /** Whether the open detail has its own history entry (then closing goes back). */
  private pushedEntry = false;
  /** The query of the shown page, to start again at page 1 when it changes. */
  private queryKey?: string;

  @state() private page = 1;

  /** Id of the item open in the detail view. */
  @state() private openId?: string;

  /** Only news of this category: hoat-dong, chinh-sach-moi, hoa-giai, ngay-phap-luat, tiep-can-phap-luat, cuoc-thi. */
  @property() category?: NewsCategory;

  /** How items are laid out: `list` (image beside text), `cards` (a grid) or `compact` (titles and dates). */
  @property({ reflect: true }) layout: NewsFeedLayout = 'list';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    // A link to `#pbgdpl-news=<id>` opens that item on page load.
    const id = fragment.current();
    if (id) this.show(id, 'detail');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category') && this.category !== undefined) {
      this.category = this.valid<NewsCategory | undefined>(
        'category',
        this.category,
        (value) => NEWS_CATEGORIES.includes(value as NewsCategory),
        undefined,
        NEWS_CATEGORIES.join(', '),
      );
    }
    if (changed.has('layout')) {
      this.layout = this.valid(
        'layout',
        this.layout,
        (v) => LAYOUTS.includes(v),
        'list',
        'list, cards or compact',
      );
    }
    const key = [this.client.base, this.scopeUnit, this.category, this.pageSize].join('|');
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
    if (id === this.openId) return;
    this.pushedEntry = false;
    if (id) this.show(id, 'detail');
    else this.close();
  };

  private handleError(error: ApiError): void {
    this.dispatchEvent(new PbgdplErrorEvent({ error }));
  }

  private handleItemClick(event: MouseEvent, item: NewsSummary): void {
    // Let the browser open a new tab or window: the link is a working deep link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    if (!this.dispatchEvent(new PbgdplSelectEvent({ id: item.id }))) return;
    history.pushState(history.state, '', fragment.urlWith(item.id));
    this.pushedEntry = true;
    this.show(item.id, 'detail');
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

  override render() {
    const { t } = this.i18n;
    const name = this.heading || t.news.heading;
    const busy = this.openId ? this.detail.pending : this.list.pending;
    return html`<section
      part="base"
      class="base"
      lang=${this.i18n.lang}
      aria-labelledby=${this.noHeading ? nothing : 'heading'}
      aria-label=${this.noHeading ? name : nothing}
    >
      ${this.renderHeading(t.news.heading)}
      <p class="visually-hidden" role="status">${busy ? t.loading : ''}</p>
      ${this.openId ? this.renderDetail(this.openId) : this.renderList()}
    </section>`;
  }

  private show(id: string, focus: FocusTarget): void {
    this.openId = id;
    this.focusTarget = focus;
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
      return root.querySelector<HTMLElement>('[part=link], [part=retry]') ?? top;
    }
    return root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.item)}"]`) ?? top;
  }

  private renderList(): unknown {
    const { t } = this.i18n;
    return this.list.render({
      pending: (previous) =>
        previous ? this.renderPage(previous, true) : renderSkeleton(this.pageSize),
      complete: (result) => this.renderPage(result, false),
      error: (error) => renderError(error, t, () => this.handleRetry('list')),
    });
  }

  private renderPage(result: ListResponse<NewsSummary>, busy: boolean): TemplateResult {
    return html`${
      result.items.length
        ? html`<ul part="list" class="list" aria-busy=${busy}>
            ${result.items.map((item) => this.renderItem(item))}
          </ul>`
        : renderEmpty(this.i18n.t.news.empty)
    }
    ${renderPagination(
      result,
      this.i18n,
      (page) => this.handlePage(page),
      html`<span class="total"
        >${this.i18n.t.news.total(this.i18n.number(result.total), result.total)}</span
      >`,
    )}`;
  }

  private renderItem(item: NewsSummary): TemplateResult {
    return html`<li part="item" class=${item.image ? 'item' : 'item no-image'}>
      <div class="text">
        <div class="title" role="heading" aria-level=${this.itemLevel}>
          <a
            part="link"
            href=${fragment.urlWith(item.id)}
            data-id=${item.id}
            @click=${(event: MouseEvent) => this.handleItemClick(event, item)}
            >${item.title}</a
          >
        </div>
        ${this.renderMeta(item)}
        <p part="summary" class="summary">${item.summary}</p>
      </div>
      ${
        item.image
          ? html`<img
              part="image"
              class="image"
              src=${this.client.resolve(item.image.url)}
              alt=${item.image.alt}
              width="320"
              height="180"
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
    </li>`;
  }

  private renderMeta(item: NewsSummary | NewsDetail, long = false): TemplateResult {
    const { t } = this.i18n;
    const date = this.i18n.date(item.publishedAt);
    const author = 'author' in item ? item.author : null;
    return html`<p part="meta" class="meta">
      <span><time datetime=${item.publishedAt}>${long ? t.publishedOn(date) : date}</time></span>
      <span class="category">${t.news.categories[item.category] ?? item.category}</span>
      <span>${item.unitName}</span>
      ${author ? html`<span>${t.author}: ${author}</span>` : nothing}
    </p>`;
  }

  private renderDetail(id: string): TemplateResult {
    const { t } = this.i18n;
    // The title is known from the list when the item was opened there: show and focus it at once.
    const loaded = this.detail.value?.id === id ? this.detail.value : undefined;
    const summary = loaded ?? this.list.value?.items.find((item) => item.id === id);
    return html`<article
      part="detail"
      class="detail"
      aria-labelledby=${summary ? 'detail-heading' : nothing}
    >
      <button type="button" part="back" class="button back" @click=${this.handleBack}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
      ${
        summary
          ? html`<div
              id="detail-heading"
              class="detail-title"
              role="heading"
              aria-level=${this.itemLevel}
              tabindex="-1"
            >
              ${summary.title}
            </div>`
          : nothing
      }
      ${this.detail.render({
        pending: () => renderSkeleton(1),
        complete: (item) => this.renderArticle(item),
        error: (error) => renderError(error, t, () => this.handleRetry('detail')),
      })}
    </article>`;
  }

  private renderArticle(item: LoadedNews): TemplateResult {
    return html`${this.renderMeta(item, true)}
    ${
      item.image
        ? html`<img
            part="image"
            class="detail-image"
            src=${this.client.resolve(item.image.url)}
            alt=${item.image.alt}
            width="960"
            height="540"
            decoding="async"
          />`
        : nothing
    }
    ${item.body}`;
  }
}

defineElement('pbgdpl-news-feed', PbgdplNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-news-feed': PbgdplNewsFeed;
  }
}
