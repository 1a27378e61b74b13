import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless its tag is taken. Two copies of the bundle on one page (a
 * CMS plugin and a pasted script, say) must never throw: the first definition wins and a
 * different class asking for the same tag gets a console warning instead.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    warnOnce(`<${tag}> is already defined by another copy of the widgets; that copy is used.`);
  }
}
