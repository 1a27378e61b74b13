/**
 * Folds Vietnamese text for search: "Luật Đất đai" → "luat dat dai".
 *
 * NFC first so that precomposed and decomposed input fold alike; đ/Đ have no Unicode
 * decomposition (they are letters, not accented d), so they are mapped by hand before the
 * combining marks are dropped. Used by the server for the index and the query, and by the
 * widgets to highlight matches, so both sides always agree.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
