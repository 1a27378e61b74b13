/// <reference types="trusted-types" />
/**
 * API HTML made safe to show. This module and DOMPurify form a chunk of their own, loaded when
 * a detail view first opens, so the initial bundle stays small. It must not import Lit, or the
 * bundler would split Lit out of the entry into a shared chunk.
 */
import DOMPurify from 'dompurify';
import { lazySheet } from '../../styles/lazy-sheet.js';

/**
 * Host pages with Trusted Types (`require-trusted-types-for 'script'`) let only TrustedHTML into
 * DOMPurify's parser, and only from policies they name. DOMPurify would create one called
 * `dompurify`; we hand it ours, `pbgdpl`, the name the embed guide asks pages to allow. It passes
 * markup through as it is: it only ever feeds DOMPurify's inert parser, whose output is then
 * sanitized, and it never leaves this module, so nothing else can mint TrustedHTML with it.
 * It makes no script URLs (the browser throws if asked): nothing sanitized may carry one.
 */
const policy = window.trustedTypes?.createPolicy('pbgdpl', { createHTML: (html) => html });

/**
 * How a sanitized body reads: a measure, one gap between blocks, tables that scroll. Here rather
 * than in each section's styles, so it loads with the first body (`--_*` come from host.ts).
 */
const PROSE = `
  .body { max-width: 70ch; }
  .body > * { margin-block: 0; }
  .body > * + * { margin-block-start: var(--_s3); }
  .body :is(h2, h3, h4) { font-size: 1.125em; line-height: 1.3; }
  .body :is(ul, ol) { padding-inline-start: 1.5em; }
  .body img { border-radius: var(--_radius); }
  .body table { display: block; overflow-x: auto; border-collapse: collapse; }
  .body :is(td, th) { border: 1px solid var(--_border); padding: var(--_s1) var(--_s2); }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_s3);
    border-inline-start: 3px solid var(--_border);
  }
`;
/** Adds the prose styles to a widget's shadow root, once. */
const adoptProse = lazySheet(PROSE);

/** Service-relative URLs (`/media/…`) point at the service, not at the host page. */
function hook(this: (url: string) => string, node: Element): void {
  for (const name of ['href', 'src']) {
    const value = node.getAttribute(name);
    if (value?.startsWith('/') && !value.startsWith('//')) node.setAttribute(name, this(value));
  }
  // DOMPurify drops `target`, so links open in place; rel still keeps the host out of reach.
  if (node.localName === 'a') node.setAttribute('rel', 'noopener noreferrer');
  if (node.localName === 'img') node.setAttribute('loading', 'lazy');
}

/**
 * A `<div part="body" class="body">` holding the sanitized HTML: no scripts, event handlers,
 * styles or forms, whatever the server let through (it sanitizes on write; we do not rely on
 * it). An element, not a string, so re-renders keep the same nodes. `root`, the shadow root it
 * will show in, gets the prose styles.
 */
export function safeBody(
  html: string,
  resolve: (url: string) => string,
  root: ShadowRoot | null,
): HTMLElement {
  adoptProse(root);
  const bound = hook.bind(resolve);
  // Hooks are global to the library; sanitize() is synchronous, so this one cannot leak.
  DOMPurify.addHook('afterSanitizeAttributes', bound);
  try {
    const body = document.createElement('div');
    body.setAttribute('part', 'body');
    body.className = 'body';
    body.append(
      DOMPurify.sanitize(html, {
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea'],
        FORBID_ATTR: ['style'],
        // Prefixes ids and names, so the article cannot clobber the widget's own ids.
        SANITIZE_NAMED_PROPS: true,
        RETURN_DOM_FRAGMENT: true,
        // The browser's policy object has every method; its type lists only those we gave.
        TRUSTED_TYPES_POLICY: policy as TrustedTypePolicy | undefined,
      }),
    );
    return body;
  } finally {
    DOMPurify.removeHook('afterSanitizeAttributes', bound);
  }
}
