import { consume } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiClient, notices } from '../api/client.js';
import { MAX_PAGE_SIZE } from '../api/codes.js';
import { type PbgdplSettings, settingsContext } from '../context/settings.js';
import { LocalizeController } from '../controllers/localize.js';
import { warnOnce } from '../warn.js';

const isIntIn = (min: number, max: number) => (value: number) =>
  Number.isInteger(value) && value >= min && value <= max;

export type PbgdplTheme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'] satisfies PbgdplTheme[];

/**
 * What every PBGDPL widget shares: the common attributes, the provider's settings, the
 * language, the API client, the section heading and the design tokens below. Not registered as
 * an element. Each token can be set on `:root` or any ancestor; its default follows the host
 * page's font and colours unless `theme` is set.
 *
 * @cssprop --pbgdpl-primary - Links, buttons and the focus ring (default #0b5cad, 6.6:1 on
 *   white; #8bf in the dark theme).
 * @cssprop --pbgdpl-on-primary - Text on the primary colour (default #fff; #222 in the dark theme).
 * @cssprop --pbgdpl-accent - Secondary emphasis: the open tab's and the current Q&A view's
 *   marker, the bar over a list being replaced (default: the primary colour).
 * @cssprop --pbgdpl-text - Text colour (default: the host page's; #222 in the light theme, #eee
 *   in the dark).
 * @cssprop --pbgdpl-muted - Secondary text such as dates (default: the text colour at 78%).
 * @cssprop --pbgdpl-surface - Background of cards, buttons and inputs, and of the whole widget
 *   when it has a theme (default transparent; #fff in the light theme, #222 in the dark).
 * @cssprop --pbgdpl-border - Borders and separators (default: the text colour at 22%).
 * @cssprop --pbgdpl-font-family - Font (default: the host page's).
 * @cssprop --pbgdpl-font-size - Base font size; every size in the widget follows it (default: the
 *   host page's).
 * @cssprop --pbgdpl-line-height - Line height of text (default 1.5).
 * @cssprop --pbgdpl-heading-size - Section heading size (default 1.5em).
 * @cssprop --pbgdpl-radius - Corner radius (default 0.5em).
 * @cssprop --pbgdpl-space - Spacing unit: every gap and padding is a multiple of it (default 1em).
 * @cssprop --pbgdpl-focus-color - Focus ring colour (default: the primary colour).
 */
export abstract class PbgdplElement extends LitElement {
  /** Items per page when `page-size` is absent or invalid. */
  static defaultPageSize = 10;

  /** Language of the current render and its dictionary. */
  protected readonly i18n = new LocalizeController(this, () => this.settings?.lang);

  /** Settings of the nearest `<pbgdpl-provider>`, if any. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: PbgdplSettings;

  /** Unit id (slug) whose items to show, with those inherited from its parents; e.g. `ninh-binh`. */
  @property() unit?: string;

  /** Root URL of the PBGDPL service; defaults to the origin the script was loaded from. */
  @property() api?: string;

  /** Section heading text; defaults to the section's name in the current language. */
  @property() heading?: string;

  /**
   * Level (1–6) of the section heading, to fit the host page's outline: 1 only where the widget
   * is the page's main content (e.g. `<pbgdpl-sections>` alone on a page).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the section heading (the section keeps it as its accessible name). */
  @property({ attribute: 'no-heading', type: Boolean }) noHeading = false;

  /**
   * `light` or `dark`: the widget paints its own background in that palette; `auto`: the one
   * the reader's system prefers. Absent: the host page's colours. The page's own `--pbgdpl-*`
   * values win over a theme's.
   */
  @property({ reflect: true }) theme?: PbgdplTheme;

  /** Items per page, 1–50. */
  @property({ attribute: 'page-size', type: Number }) pageSize = (
    this.constructor as typeof PbgdplElement
  ).defaultPageSize;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) {
      this.theme = this.valid<PbgdplTheme | undefined>(
        'theme',
        this.theme,
        (value) => THEMES.includes(value ?? ''),
        undefined,
        THEMES.join(', '),
      );
    }
    if (changed.has('pageSize')) {
      this.pageSize = this.valid(
        'page-size',
        this.pageSize,
        isIntIn(1, MAX_PAGE_SIZE),
        (this.constructor as typeof PbgdplElement).defaultPageSize,
        `a whole number from 1 to ${MAX_PAGE_SIZE}`,
      );
    }
    if (changed.has('headingLevel')) {
      this.headingLevel = this.valid(
        'heading-level',
        this.headingLevel,
        isIntIn(1, 6),
        2,
        '1 to 6',
      );
    }
  }

  /** The client for this element's service: its `api`, else the provider's, else the script's. */
  protected get client(): ApiClient {
    return ApiClient.for(this.api || this.settings?.api);
  }

  /** The unit to show: this element's, else the provider's. */
  protected get scopeUnit(): string | undefined {
    return this.unit || this.settings?.unit || undefined;
  }

  /** Heading level for the items inside the section. */
  protected get itemLevel(): number {
    return Math.min(this.noHeading ? this.headingLevel : this.headingLevel + 1, 6);
  }

  /**
   * `value` if `isValid`, else `fallback` with a one-time console warning naming the attribute.
   * A removed attribute (null) falls back silently.
   */
  protected valid<T>(
    attribute: string,
    value: T,
    isValid: (value: T) => boolean,
    fallback: T,
    expected: string,
  ): T {
    if (value === null || value === undefined) return fallback;
    if (isValid(value)) return value;
    const shown = this.getAttribute(attribute) ?? String(value);
    warnOnce(
      `<${this.localName}> ${attribute}="${shown}" is not valid (expected ${expected}); the default applies.`,
    );
    return fallback;
  }

  /**
   * The section heading, focusable from script so focus can return to the section's top; then
   * what the reader should know about an outage behind what the section shows.
   */
  protected renderHeading(name: string): TemplateResult | undefined {
    const notice = notices.get(this)?.(this.i18n.t, this.shadowRoot);
    if (this.noHeading) return notice;
    return html`<div
        id="heading"
        part="heading"
        class="heading"
        role="heading"
        aria-level=${this.headingLevel}
        tabindex="-1"
      >
        ${this.heading || name}
      </div>
      ${notice}`;
  }
}
