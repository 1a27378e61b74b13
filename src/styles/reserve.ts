/**
 * Space held for widgets before the bundle upgrades them, so the host page does not jump
 * (CLS 0). Injected once per page, whichever copy of the bundle runs first.
 */
const RULES = `pbgdpl-provider:not(:defined){display:contents}
pbgdpl-news-feed:not(:defined){display:block;min-height:32rem}
pbgdpl-document-list:not(:defined){display:block;min-height:40rem}
pbgdpl-legal-qa:not(:defined){display:block;min-height:32rem}
pbgdpl-materials:not(:defined){display:block;min-height:32rem}
pbgdpl-sections:not(:defined){display:block;min-height:40rem}`;

export function injectReserveStyles(doc: Document = document): void {
  if (doc.querySelector('style[data-pbgdpl-reserve]')) return;
  const style = doc.createElement('style');
  style.dataset['pbgdplReserve'] = '';
  style.textContent = RULES;
  doc.head.append(style);
}
