/**
 * The entry a host page pastes (dist/cdn/pbgdpl.js). It stays tiny: each element's code loads
 * the first time its tag appears in the page, so a page with one news feed never downloads the
 * other sections. The npm entry (index.ts) registers everything eagerly instead, for bundlers.
 */
import { injectReserveStyles } from './styles/reserve.js';

type Loader = () => Promise<unknown>;

/** The provider first: widgets inside it must find it defined when they ask for settings. */
const PROVIDER = 'pbgdpl-provider';
const loaders: Record<string, Loader> = {
  [PROVIDER]: () => import('./elements/provider/provider.js'),
  'pbgdpl-news-feed': () => import('./elements/news-feed/news-feed.js'),
  'pbgdpl-document-list': () => import('./elements/document-list/document-list.js'),
  'pbgdpl-legal-qa': () => import('./elements/legal-qa/legal-qa.js'),
  'pbgdpl-materials': () => import('./elements/materials/materials.js'),
  'pbgdpl-sections': () => import('./elements/sections/sections.js'),
};

/**
 * The tags any copy of the bundle on this page has loaded or is loading. Shared, so that a second
 * copy (the script pasted twice, or a CMS plugin beside a pasted script) leaves them to the first
 * instead of downloading every chunk again.
 */
const requested = ((window as unknown as Record<symbol, Set<string> | undefined>)[
  Symbol.for('pbgdpl.requested')
] ??= new Set());

async function load(tag: string, loader: Loader): Promise<void> {
  try {
    await loader();
  } catch (error) {
    // A failed chunk (offline, blocked) must not break the host page; try again on next sight.
    // (console.warn, not warnOnce: importing it would pull the core chunk into the entry.)
    requested.delete(tag);
    console.warn(`[pbgdpl] could not load <${tag}>: ${String(error)}`);
  }
}

async function loadTagsIn(root: ParentNode): Promise<void> {
  const wanted = Object.keys(loaders).filter(
    (tag) => !requested.has(tag) && !customElements.get(tag) && root.querySelector(tag),
  );
  // Claimed at once, while the provider loads: no other call or copy may load them before it.
  for (const tag of wanted) requested.add(tag);
  if (wanted.includes(PROVIDER)) await load(PROVIDER, loaders[PROVIDER] as Loader);
  await Promise.all(
    wanted.filter((tag) => tag !== PROVIDER).map((tag) => load(tag, loaders[tag] as Loader)),
  );
}

// A page's script, never imported elsewhere: the document is always there.
injectReserveStyles();
void loadTagsIn(document);
// Tags added later (a CMS that renders content by script, a tab opened) load on arrival: they
// are inside the element whose children changed.
new MutationObserver((records) => {
  for (const { target } of records) void loadTagsIn(target as Element);
}).observe(document.documentElement, { childList: true, subtree: true });
