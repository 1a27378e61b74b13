import { provide } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type PbgdplSettings, settingsContext } from '../../context/settings.js';
import { defineElement } from '../../define.js';

/**
 * Sets the service, unit and language once for every PBGDPL widget inside it. Renders nothing
 * of its own (`display: contents`), so it never changes the host page's layout.
 *
 * @tagname pbgdpl-provider
 * @summary Shared settings for the widgets inside.
 * @slot - The widgets and any other content.
 */
export class PbgdplProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @provide({ context: settingsContext })
  @state()
  protected settings: PbgdplSettings = {};

  /** Root URL of the PBGDPL service for the widgets inside. */
  @property() api?: string;

  /** Unit id (slug) for the widgets inside, e.g. `ninh-binh`. */
  @property() unit?: string;

  /**
   * Language of the widgets inside: `vi` (default) or `en`. The standard `lang` attribute, so
   * it also tells browsers and screen readers the language of the content.
   */
  @property({ attribute: 'lang' }) language?: string;

  override connectedCallback(): void {
    // Before children upgrade and ask, so their first request already has the unit.
    this.sync();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.sync();
  }

  override render() {
    return html`<slot></slot>`;
  }

  private sync(): void {
    const { api, unit, language: lang } = this;
    const now = this.settings;
    if (now.api !== api || now.unit !== unit || now.lang !== lang) {
      // A new object, so subscribed consumers are notified.
      this.settings = { api, unit, lang };
    }
  }
}

defineElement('pbgdpl-provider', PbgdplProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-provider': PbgdplProvider;
  }
}
