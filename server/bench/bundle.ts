/**
 * Section (b): gzip and brotli sizes of the CDN bundle, compressed as size-limit does (gzip
 * level 9, brotli quality 11): the entry, each chunk by name, and the page totals that
 * .size-limit.json budgets, from its own globs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config.js';

export interface BundleRow {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
  /** The budget in bytes (size-limit's "KB" is 1000 bytes) of the `budgetOn` size. */
  budget?: number;
  budgetOn?: 'raw' | 'gzip' | 'brotli';
}

export interface BundleReport {
  /** The entry and every chunk, by chunk name (hash dropped). */
  files: BundleRow[];
  budgets: BundleRow[];
}

interface SizeLimitCheck {
  name: string;
  path: string | string[];
  brotli?: boolean;
  gzip?: boolean;
  limit: string;
}

const CDN = join(REPO_ROOT, 'dist/cdn');
const UNITS: Record<string, number> = { B: 1, KB: 1000, MB: 1000 ** 2, KIB: 1024, MIB: 1024 ** 2 };

function sizes(name: string, files: string[]): BundleRow {
  const row: BundleRow = { name, files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const code = readFileSync(join(REPO_ROOT, file));
    row.raw += code.length;
    row.gzip += gzipSync(code, { level: 9 }).length;
    row.brotli += brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return row;
}

/** size-limit's globs here only ever have `*` in the file name. */
function glob(pattern: string): string[] {
  const dir = dirname(pattern);
  const name = new RegExp(
    `^${basename(pattern)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  if (!existsSync(join(REPO_ROOT, dir))) return [];
  return readdirSync(join(REPO_ROOT, dir))
    .filter((file) => name.test(file))
    .map((file) => `${dir}/${file}`)
    .sort();
}

function parseLimit(limit: string): number {
  const match = /^([\d.]+)\s*([a-z]+)$/i.exec(limit.trim());
  const unit = UNITS[match?.[2]?.toUpperCase() ?? ''];
  if (!match || unit === undefined) throw new Error(`.size-limit.json: unknown limit "${limit}"`);
  return Number(match[1]) * unit;
}

export function measureBundle(): BundleReport {
  if (!existsSync(join(CDN, 'pbgdpl.js'))) {
    execFileSync('npm', ['run', 'build:cdn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const files = [
    sizes('entry pbgdpl.js', ['dist/cdn/pbgdpl.js']),
    ...glob('dist/cdn/chunks/*.js').map((file) =>
      sizes(basename(file).replace(/-[\w-]{6}\.js$/, ''), [file]),
    ),
  ];
  const checks = JSON.parse(
    readFileSync(join(REPO_ROOT, '.size-limit.json'), 'utf8'),
  ) as SizeLimitCheck[];
  const budgets = checks.map((check): BundleRow => ({
    ...sizes(check.name, [check.path].flat().flatMap(glob)),
    budget: parseLimit(check.limit),
    // size-limit's rule: brotli unless gzip is asked for or brotli turned off.
    budgetOn: check.gzip ? 'gzip' : check.brotli === false ? 'raw' : 'brotli',
  }));
  return { files, budgets };
}
