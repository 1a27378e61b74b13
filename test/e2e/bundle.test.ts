/**
 * The built bundle (dist/cdn) runs under a host page's strict CSP: no code made from strings at
 * run time, which `script-src` without 'unsafe-eval' refuses (TOOLCHAIN.md, trap 11: Ajv, Zod 4
 * and fast-json-stringify do it, so none of them may reach the bundle).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist/cdn';

/** Any `eval` (called directly or not) and `Function(…)` with or without `new`. */
const STRING_CODE = /\beval\b|\bFunction\s*\(/g;

describe('the CDN bundle', () => {
  it('makes no code from strings', async () => {
    // The pattern finds what it must, and only that.
    const probe = 'eval("1");(0,eval)("2");new Function("a","return a");globalThis.Function("")();';
    expect(probe.match(STRING_CODE)).toHaveLength(4);
    const innocent = 'isFunction(x);evaluate(y);typeof f=="function";f instanceof Function';
    expect(innocent.match(STRING_CODE)).toBeNull();

    const files = (await readdir(DIST, { recursive: true }))
      .filter((file) => file.endsWith('.js'))
      .sort();
    expect(files, `build first: npm run build:cdn`).toContain('pbgdpl.js');
    expect(files.some((file) => file.startsWith('chunks'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      const code = await readFile(join(DIST, file), 'utf8');
      for (const match of code.matchAll(STRING_CODE)) {
        found.push(`${file}: …${code.slice(match.index - 40, match.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
