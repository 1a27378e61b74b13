import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Label } from '../api/codes.js';
import { en } from '../i18n/en.js';
import type { Lang, Translation } from '../i18n/translation.js';
import { vi } from '../i18n/vi.js';

const dictionaries: Record<Lang, Translation> = { vi, en };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** `en`, `en-GB`… → `en`; anything else we do not speak → Vietnamese. */
function toLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  return value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** The nearest non-empty `lang` on the element or an ancestor, crossing shadow roots. */
function closestLang(from: Element): string | null {
  let node: Element | null = from;
  while (node) {
    const hit: Element | null = node.closest('[lang]:not([lang=""])');
    if (hit) return hit.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Follows the nearest `lang`: the element's own attribute, then the provider's, then the closest
 * ancestor's (across shadow roots), then the document's; Vietnamese by default. Re-renders the
 * host live when any of those attributes change. Page-wide state is never claimed, so widgets
 * in two languages can share a page.
 */
export class LocalizeController implements ReactiveController {
  /** The language of the current render. */
  lang: Lang = 'vi';

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly providedLang: () => string | undefined;
  private observer?: MutationObserver;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    providedLang: () => string | undefined = () => undefined,
  ) {
    this.host = host;
    this.providedLang = providedLang;
    host.addController(this);
  }

  /** The dictionary of the current language. */
  get t(): Translation {
    return dictionaries[this.lang];
  }

  hostConnected(): void {
    this.lang = this.resolve();
    this.observer = new MutationObserver(() => {
      if (this.resolve() !== this.lang) this.host.requestUpdate();
    });
    // A lang change anywhere in the host's tree or an enclosing one may change ours.
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      this.observer.observe(root, options);
      root = root.host.getRootNode();
    }
    if (root instanceof Document) this.observer.observe(root.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    this.lang = this.resolve();
  }

  /** A calendar date in Vietnam's time zone, so a 7 a.m. story is never dated the day before. */
  date(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    let format = dateFormats.get(this.lang);
    if (!format) {
      format = new Intl.DateTimeFormat(this.t.locale, {
        ...this.t.dateFormat,
        timeZone: 'Asia/Ho_Chi_Minh',
      });
      dateFormats.set(this.lang, format);
    }
    return format.format(date);
  }

  number(value: number): string {
    let format = numberFormats.get(this.lang);
    if (!format) {
      format = new Intl.NumberFormat(this.t.locale);
      numberFormats.set(this.lang, format);
    }
    return format.format(value);
  }

  /** The label of a code in the current language (from the maps in api/codes.ts). */
  label(label: Label | undefined, code = ''): string {
    return label ? label[this.lang] : code;
  }

  private resolve(): Lang {
    return (
      toLang(this.host.getAttribute('lang')) ??
      toLang(this.providedLang()) ??
      toLang(closestLang(this.host)) ??
      'vi'
    );
  }
}
