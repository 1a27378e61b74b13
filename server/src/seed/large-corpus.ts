/**
 * Builds the large benchmark corpus into a SQLite file: the CLI (large-cli.ts) and the search
 * benchmark (bench/search.ts, which builds it when missing) share this.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { openSqliteStore } from '../store/sqlite.js';
import { generateSeed } from './generate.js';
import { generateLargeDocuments } from './large.js';

/** A fixed date, so every run builds the same corpus. */
export const LARGE_CORPUS_NOW = new Date('2026-06-15T09:00:00+07:00');
export const LARGE_CORPUS_FILE = 'pbgdpl.sqlite';

/**
 * A relative --data-dir is taken from where the command was typed (npm sets INIT_CWD);
 * the default is data-large/ at the repository root.
 */
export function largeCorpusDir(dataDir?: string): string {
  if (!dataDir) return resolve(REPO_ROOT, 'data-large');
  if (isAbsolute(dataDir)) return dataDir;
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), dataDir);
}

export async function buildLargeCorpus(options: {
  /** Total number of documents, the sample seed's included. */
  documents: number;
  dataDir?: string;
}): Promise<{ file: string; documents: number; ms: number }> {
  const started = Date.now();
  const dir = largeCorpusDir(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LARGE_CORPUS_FILE);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) rmSync(file + suffix);
  }
  const seed = generateSeed({ now: LARGE_CORPUS_NOW });
  const extra = generateLargeDocuments(
    seed.documents,
    LARGE_CORPUS_NOW,
    Math.max(0, options.documents - seed.documents.length),
  );
  const store = openSqliteStore({ filename: file, clock: () => LARGE_CORPUS_NOW });
  try {
    await store.seed(seed);
    store.insertDocuments(extra);
    store.db.pragma('optimize');
    store.db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')");
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  return { file, documents: seed.documents.length + extra.length, ms: Date.now() - started };
}
