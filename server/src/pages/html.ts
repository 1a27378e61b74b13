/**
 * Escaping for server-rendered HTML. Every interpolated value is text unless it is `Html`,
 * which only this module makes: from an `html` template (its values escaped in turn), a
 * constant `css` stylesheet, or the allow-list sanitizer. So markup cannot reach a page by
 * forgetting to escape it.
 */
import { sanitize } from '../store/html.js';

/** Markup that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** A value a template accepts: text (escaped), Html (as is), a list of either, or nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value (quoted either way). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text` unless it is Html. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(strings.reduce((out, part, i) => out + render(values[i - 1]) + part));
}

/** A constant stylesheet: it takes no values, so nothing can be interpolated into it. */
export function css(strings: TemplateStringsArray): Html {
  return new Html(strings.join(''));
}

/**
 * Stored HTML fields (news bodies, answers) were sanitized on write; sanitizing again here
 * means a page never depends on how a row got into the store.
 */
export function sanitizedHtml(dirty: string): Html {
  return new Html(sanitize(dirty));
}
