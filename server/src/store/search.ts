/**
 * Text search helpers shared by store implementations. Both the indexed text and the query go
 * through the same `searchText()`, so "Luật Đất đai", "luat dat dai" and "LUAT DAT DAI" meet,
 * and so do the many shapes citizens type document numbers in: `31/2024/QH15`,
 * `31-2024-qh15` and `31 2024 QH15` all become `31 2024 qh15`.
 */
import { fold } from '../../../src/text/fold.js';

/** Bounds the work one query can cause: extra words are ignored. */
export const MAX_SEARCH_TOKENS = 12;

/** fold(), then every run of non-letters/digits becomes one space. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return fold(parts.filter((p): p is string => !!p).join(' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A document number without any separator, compared whole to rank an exact number first. */
export function numberKey(text: string): string {
  return searchText(text).replace(/ /g, '');
}

/** Distinct words of a query, at most MAX_SEARCH_TOKENS; empty when it has no letter or digit. */
export function searchTokens(q: string): string[] {
  const words = searchText(q).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, MAX_SEARCH_TOKENS);
}

/**
 * Escapes LIKE wildcards (use with `ESCAPE '\'`). searchText() already strips `%` and `_`,
 * but the pattern must stay literal even if normalization changes one day.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%word%` patterns, one per query token, ready to bind. */
export function likePatterns(q: string): string[] {
  return searchTokens(q).map((t) => `%${escapeLike(t)}%`);
}
