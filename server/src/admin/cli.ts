/**
 * `npm run admin -- <command>`: admin tokens and retention purges on the service's database
 * (DATA_DIR/pbgdpl.sqlite). Safe while the server runs: SQLite (WAL) serializes the writes.
 * See commands.ts for the commands.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { generateSeed } from '../seed/generate.js';
import { openSqliteStore } from '../store/sqlite.js';
import { runCommand } from './commands.js';

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const store = openSqliteStore({ filename: join(config.dataDir, 'pbgdpl.sqlite') });
try {
  // A token can be minted before the first start: seed as the server would.
  if (await store.isEmpty()) await store.seed(generateSeed({ now: new Date() }));
  process.exitCode = await runCommand(process.argv.slice(2), {
    store,
    retentionDays: config.retentionDays,
    now: new Date(),
    out: (line) => process.stdout.write(`${line}\n`),
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
