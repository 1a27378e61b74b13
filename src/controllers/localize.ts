import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, Translation } from '../i18n/translation.js';
import { vi } from '../i18n/vi.js';

/**
 * Vietnamese ships with the core; English loads on first use, so the many Vietnamese readers
 * never download it. Until it arrives the widget speaks Vietnamese, then re-renders.
 */
const dictionaries: Partial<Record<Lang, Translation>> = { vi };
let english: Promise<void> | undefined;

function loadEnglish(): Promise<void> {
  english ??= import('../i18n/en.js').then(
    (module) => void (dictionaries.en = module.en),
    (error: unknown) => {
      english = undefined; // offline for a moment: try again on the next render
      throw error;
    },
  );
  return english;
}
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

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
    return dictionaries[this.lang] ?? vi;
  }

  hostConnected(): void {
    this.lang = this.available(this.resolve());
    this.observer = new MutationObserver(() => {
      if (this.available(this.resolve()) !== this.lang) this.host.requestUpdate();
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
    this.lang = this.available(this.resolve());
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

  /** A number in the current language; `options` as Intl.NumberFormat takes them (units…). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return value.toLocaleString(this.t.locale, options);
  }

  /** `lang` if its dictionary is here; else Vietnamese for now, and a re-render once it is. */
  private available(lang: Lang): Lang {
    if (dictionaries[lang]) return lang;
    loadEnglish().then(
      () => this.host.requestUpdate(),
      () => undefined, // stays Vietnamese; never an unhandled rejection in the host page
    );
    return 'vi';
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
