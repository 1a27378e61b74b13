/**
 * Space held for widgets before the bundle upgrades them, so the host page does not jump
 * (CLS 0). In `em`, from the text size the widgets inherit, as their text is: a host's
 * `html { font-size: 62.5% }` must not shrink the reservation.
 */
const RULES = `pbgdpl-provider:not(:defined){display:contents}
:is(pbgdpl-news-feed,pbgdpl-legal-qa,pbgdpl-materials):not(:defined){display:block;min-height:32em}
:is(pbgdpl-document-list,pbgdpl-sections):not(:defined){display:block;min-height:40em}`;

/** Marks the document once styled, whichever copy of the bundle (a different module) got there. */
const RESERVED = Symbol.for('pbgdpl.reserve');

/**
 * Adds the reserve rules to the page once. A constructed stylesheet, not a `<style>` element:
 * a host page whose CSP says `style-src 'self'` refuses inline style elements, but not sheets
 * adopted from script.
 */
export function injectReserveStyles(): void {
  const doc = document as Document & { [RESERVED]?: true };
  if (doc[RESERVED]) return;
  doc[RESERVED] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
