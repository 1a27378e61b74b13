import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../define.js';
import type { SectionName, SectionsTranslation } from '../../i18n/translation.js';
import { viSections } from '../../i18n/vi-sections.js';
import { hostStyles } from '../../styles/host.js';
import { warnOnce } from '../../warn.js';
import { PbgdplElement, type PbgdplTheme } from '../base.js';
import { fragmentParam, type FragmentParam } from '../shared/fragment.js';
import { renderSkeleton, stateStyles } from '../shared/states.js';
import { styles } from './sections.styles.js';

interface SectionSpec {
  tag: string;
  /** The section's own code, downloaded when its tab first opens. */
  load: () => Promise<unknown>;
  /** The fragment part of the section's open detail, so a link to a detail opens its tab. */
  detail: FragmentParam;
}

const SECTIONS: Record<SectionName, SectionSpec> = {
  news: {
    tag: 'pbgdpl-news-feed',
    load: () => import('../news-feed/news-feed.js'),
    detail: fragmentParam('pbgdpl-news'),
  },
  documents: {
    tag: 'pbgdpl-document-list',
    load: () => import('../document-list/document-list.js'),
    detail: fragmentParam('pbgdpl-doc'),
  },
  qa: {
    tag: 'pbgdpl-legal-qa',
    load: () => import('../legal-qa/legal-qa.js'),
    detail: fragmentParam('pbgdpl-qa'),
  },
  materials: {
    tag: 'pbgdpl-materials',
    load: () => import('../materials/materials.js'),
    detail: fragmentParam('pbgdpl-material'),
  },
};

const ALL = Object.keys(SECTIONS) as SectionName[];
const isSection = (name: string): name is SectionName => Object.hasOwn(SECTIONS, name);

/** The fragment part of the open tab: `#pbgdpl-section=documents`. */
const fragment = fragmentParam('pbgdpl-section');

type Loading = 'pending' | 'ready' | 'failed';

/** The widget properties a section receives from this element. */
interface SectionSettings {
  unit?: string;
  api?: string;
  headingLevel: number;
  pageSize?: number;
  theme?: PbgdplTheme;
}

/**
 * A whole PBGDPL page in one tag: news, legal documents, legal Q&A and dissemination materials
 * as tabs (the WAI-ARIA tabs pattern) that stack into a menu on narrow screens. A tab's code
 * and data load only when it is first opened. The open tab is deep-linkable through the URL
 * fragment `#pbgdpl-section=<name>`, beside each section's own detail fragment, and the
 * browser's Back button walks back through the tabs and details opened.
 *
 * Below 40em of width the tabs stack into a menu, one full-width row each. Tabs move focus
 * with the arrow keys, Home and End, and open with Enter or Space (manual activation: opening
 * a tab downloads its code, which must not happen on every arrow press).
 *
 * The sections' own events (`pbgdpl-load`, `pbgdpl-select`, `pbgdpl-error`,
 * `pbgdpl-question-submit`) bubble out of this element.
 *
 * @tagname pbgdpl-sections
 * @summary Every PBGDPL section at once, as tabs (Trang PBGDPL đầy đủ).
 *
 * @attr lang - Language of the page: `vi` (default) or `en`; every section follows it.
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The page heading.
 * @csspart tabs - The list of tabs.
 * @csspart tab - One tab.
 * @csspart panel - The panel of one section.
 * @csspart skeleton - Placeholder while a section's code loads.
 * @csspart error - The message shown when a section's code could not load, with its retry button.
 * @csspart retry - The retry button.
 *
 */
export class PbgdplSections extends PbgdplElement {
  static override styles = [hostStyles, stateStyles, styles];

  /** Loading state of each section whose tab has been opened. */
  @state() private loading: Partial<Record<SectionName, Loading>> = {};

  /** The open tab. */
  @state() private active?: SectionName;

  /**
   * Which sections to show and in what order, separated by commas: `news`, `documents`, `qa`,
   * `materials`. Unknown names are skipped with a console warning. Default: all four.
   */
  @property() sections = ALL.join(',');

  /** The sections shown, in order, from `sections`. */
  private shown: SectionName[] = ALL;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      this.shown = this.parseSections(this.sections);
      this.open(this.fromLocation());
    }
  }

  private readonly handleLocationChange = (): void => this.open(this.fromLocation());

  private handleKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=tab]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const last = tabs.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = tabs[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    // Roving tabindex: the focused tab is the one Tab returns to.
    for (const tab of tabs) tab.tabIndex = tab === target ? 0 : -1;
    target.focus();
  }

  private handleTabClick(name: SectionName): void {
    if (name === this.active) return;
    history.pushState(history.state, '', fragment.urlWith(name));
    this.open(name);
  }

  override render() {
    const s = this.strings;
    const active = this.active;
    return html`<section
      part="base"
      class="base"
      lang=${this.i18n.lang}
      aria-labelledby=${this.noHeading ? nothing : 'heading'}
      aria-label=${this.noHeading ? this.heading || s.heading : nothing}
    >
      ${this.renderHeading(s.heading)}
      <div
        part="tabs"
        class="tabs"
        role="tablist"
        aria-label=${s.tabs}
        @keydown=${this.handleKeydown}
      >
        ${this.shown.map(
          (name) =>
            html`<button
              part="tab"
              class="tab"
              type="button"
              role="tab"
              id="tab-${name}"
              aria-selected=${name === active}
              aria-controls="panel-${name}"
              tabindex=${name === active ? 0 : -1}
              @click=${() => this.handleTabClick(name)}
            >
              ${s.names[name]}
            </button>`,
        )}
      </div>
      ${this.shown.map((name) => this.renderPanel(name))}
    </section>`;
  }

  /** This element's strings in the current language (Vietnamese ones ship with it). */
  private get strings(): SectionsTranslation {
    return this.i18n.t.sections ?? viSections;
  }

  /** `sections` as known names in order, without repeats; all of them if none is known. */
  private parseSections(value: string | null | undefined): SectionName[] {
    const names = new Set<SectionName>();
    for (const name of (value ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean)) {
      if (isSection(name)) names.add(name);
      else warnOnce(`<pbgdpl-sections> skips the unknown section "${name}" (known: ${ALL})`);
    }
    return names.size ? [...names] : ALL;
  }

  /** The tab the URL asks for: named, else the one whose detail is open, else the first. */
  private fromLocation(): SectionName {
    const named = fragment.current();
    const shown = this.shown;
    if (named && (shown as string[]).includes(named)) return named as SectionName;
    const withDetail = shown.find((name) => SECTIONS[name].detail.current());
    return withDetail ?? (shown[0] as SectionName);
  }

  private open(name: SectionName): void {
    this.active = name;
    if (!this.loading[name] || this.loading[name] === 'failed') void this.load(name);
  }

  private async load(name: SectionName): Promise<void> {
    this.loading = { ...this.loading, [name]: 'pending' };
    let outcome: Loading = 'ready';
    try {
      await SECTIONS[name].load();
    } catch (error) {
      // Offline for a moment, or the chunk was blocked: say so in the panel, never throw.
      warnOnce(`could not load the ${name} section: ${String(error)}`);
      outcome = 'failed';
    }
    this.loading = { ...this.loading, [name]: outcome };
  }

  private renderPanel(name: SectionName): unknown {
    const loading = this.loading[name];
    // A panel exists once its tab has been opened, so a section's data loads only then.
    if (!loading) return nothing;
    return html`<div
      part="panel"
      class="panel"
      role="tabpanel"
      id="panel-${name}"
      aria-labelledby="tab-${name}"
      ?hidden=${name !== this.active}
    >
      ${
        loading === 'ready'
          ? this.sectionElement(name)
          : loading === 'pending'
            ? renderSkeleton(5)
            : html`<div part="error" class="error">
                <p role="alert">${this.strings.loadFailed}</p>
                <button type="button" part="retry" class="button" @click=${() => this.open(name)}>
                  ${this.i18n.t.retry}
                </button>
              </div>`
      }
    </div>`;
  }

  /** The section's own element, created once and kept, with this element's settings. */
  private sectionElement(name: SectionName): HTMLElement {
    const tag = SECTIONS[name].tag;
    const element =
      this.renderRoot.querySelector<HTMLElement>(`#panel-${name} > ${tag}`) ??
      document.createElement(tag);
    const settings: SectionSettings = {
      unit: this.unit,
      api: this.api,
      headingLevel: this.itemLevel,
      theme: this.theme,
    };
    // Each section has its own default page size; pass ours only when the page sets one.
    if (this.hasAttribute('page-size')) settings.pageSize = this.pageSize;
    return Object.assign(element, settings);
  }
}

defineElement('pbgdpl-sections', PbgdplSections);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-sections': PbgdplSections;
  }
}
