import { html } from 'lit';
import { fold } from '../../text/fold.js';

/**
 * The words of a search as `fold()` sees them, so "luat dat dai" finds "Luật Đất đai". Single
 * letters are left out of a longer search: highlighting every "a" would help no one.
 */
export function searchWords(q: string | undefined): string[] {
  const words = fold(q ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words.length > 1 ? words.filter((word) => word.length > 1) : words)];
}

/**
 * `text` cut into runs that alternate plain, matching, plain…: odd indexes are matches of
 * `words`. The search runs on the folded text, whose length may differ from the original's, so
 * each folded character remembers the original character it came from.
 */
export function splitMatches(text: string, words: readonly string[]): string[] {
  const chars = [...text.normalize('NFC')];
  if (!words.length) return [chars.join('')];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((char, index) => {
    const part = fold(char);
    folded += part;
    for (let i = 0; i < part.length; i++) origin.push(index);
  });
  const hit: boolean[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      for (let i = at; i < at + word.length; i++) hit[origin[i] ?? 0] = true;
    }
  }
  const runs = [''];
  chars.forEach((char, index) => {
    // A new run whenever a character's state differs from the current run's (odd = match).
    if (!!hit[index] !== (runs.length % 2 === 0)) runs.push('');
    runs[runs.length - 1] += char;
  });
  return runs;
}

/** `text` with the matches of `words` marked; plain text, never HTML, either way. */
export function renderMatches(text: string, words: readonly string[]): unknown {
  if (!words.length) return text;
  return splitMatches(text, words).map((run, index) =>
    index % 2 ? html`<mark>${run}</mark>` : run,
  );
}
