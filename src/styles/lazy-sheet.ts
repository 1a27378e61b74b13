/**
 * Styles that travel with a lazy chunk (the sanitizer's prose, the outage notices) instead of
 * with every element's first-load styles: one constructed sheet, which a strict style-src
 * allows, added to a widget's shadow root when that chunk first renders there. Where
 * constructed sheets are missing (before Safari 16.4) the content keeps the widget's base styles.
 * No Lit here: purify.ts must not import it (see there).
 */
export function lazySheet(cssText: string): (root: ShadowRoot | null) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
      }
      if (root && !root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch {
      // No constructed sheets: base styles only.
    }
  };
}
