/**
 * Text search helpers shared by store implementations. Both the indexed text and the query go
 * through the same `searchText()`, so "Luật Đất đai", "luat dat dai" and "LUAT DAT DAI" meet,
 * and so do the many shapes citizens type document numbers in: `31/2024/QH15`,
 * `31-2024-qh15` and `31 2024 QH15` all become `31 2024 qh15`.
 */
import type Database from 'better-sqlite3';
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

/**
 * Registers the SQL function `pbgdpl_search_text(text)` (= searchText) on a connection: the
 * FTS triggers of migration 2 fold with it, so SQLite and the query side always agree.
 */
export function registerSearchFunctions(db: Database.Database): void {
  db.function('pbgdpl_search_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchText(text) : '',
  );
}

/** Zero-width and other invisible format characters (ZWSP, ZWJ, BOM, soft hyphen, bidi marks). */
const FORMAT_CHARS = /\p{Cf}/gu;
/** A UTF-16 surrogate without its pair: not a character, never searchable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** At most this many number shapes are tried as an exact document number. */
const MAX_NUMBER_KEYS = 4;

/** What a user's search text means to the document search. */
export interface DocumentSearch {
  /** FTS5 query over folded text: every word, each double-quoted, all required. */
  folded: string;
  /** The quoted words of `folded`, one FTS5 phrase each (their matches intersect). */
  foldedWords: string[];
  /**
   * The quoted words the user typed with diacritics or đ, for the unfolded text; empty when
   * there are none (then exact and folded matches cannot be told apart).
   */
  exactWords: string[];
  /** numberKey() of the whole input and of each number-shaped chunk, e.g. "31/2024/qh15". */
  numberKeys: string[];
}

/** Removes what is never part of a word: format characters, lone surrogates. */
export function cleanQuery(q: string): string {
  return q.replace(LONE_SURROGATE, ' ').replace(FORMAT_CHARS, '').normalize('NFC');
}

/**
 * Turns raw input into FTS5 queries that can never be a syntax error: the input is split into
 * runs of letters and digits (the same runs unicode61 indexes), and each is double-quoted, so
 * `"`, `*`, `-`, `^`, `:`, `NEAR(`, AND/OR/NOT are plain words or separators. Returns null
 * when the input has no word at all.
 */
export function documentSearch(q: string): DocumentSearch | null {
  const clean = cleanQuery(q);
  const tokens = searchTokens(clean);
  if (tokens.length === 0) return null;
  const lower = clean.toLowerCase();
  const exactTokens = [
    ...new Set(lower.split(/[^\p{L}\p{N}]+/u).filter((t) => t && fold(t) !== t)),
  ].slice(0, MAX_SEARCH_TOKENS);
  const keys = new Set<string>();
  for (const chunk of [clean, ...clean.split(/\s+/)]) {
    const key = numberKey(chunk);
    // A document number has digits and letters (31/2024/QH15, 05/CT-UBND).
    if (/\d/.test(key) && /\p{L}/u.test(key)) keys.add(key);
  }
  const foldedWords = tokens.map(ftsPhrase);
  const exactWords = exactTokens.map(ftsPhrase);
  return {
    folded: foldedWords.join(' '),
    foldedWords,
    exactWords,
    numberKeys: [...keys].slice(0, MAX_NUMBER_KEYS),
  };
}

/**
 * `"a"`: one quoted string; joined by spaces they are an implicit AND. Tokens hold no quote,
 * but escape anyway.
 */
function ftsPhrase(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}
