/** The large corpus (100,000 documents by default), built once into data-large/ and reused. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildLargeCorpus,
  LARGE_CORPUS_FILE,
  LARGE_CORPUS_NOW,
  largeCorpusDir,
} from '../src/seed/large-corpus.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';

export function openCorpus(file: string): SqliteStore {
  return openSqliteStore({ filename: file, clock: () => LARGE_CORPUS_NOW });
}

export function documentCount(store: SqliteStore): number {
  return (store.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
}

/** The corpus file, (re)built first when missing or of another size. */
export async function largeCorpus(documents: number, dataDir?: string): Promise<string> {
  const file = join(largeCorpusDir(dataDir), LARGE_CORPUS_FILE);
  if (existsSync(file)) {
    const store = openCorpus(file);
    const count = documentCount(store);
    await store.close();
    if (count === documents) return file;
  }
  process.stdout.write(`Building a ${documents}-document corpus in ${file}…\n`);
  const built = await buildLargeCorpus({ documents, dataDir });
  process.stdout.write(`  done in ${(built.ms / 1000).toFixed(1)} s\n`);
  return file;
}
