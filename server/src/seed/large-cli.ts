/**
 * `npm run seed:large -- --documents 100000 [--data-dir ./data-large]`: writes the sample seed
 * plus a large generated document corpus (large.ts) into its own SQLite file, for benchmarks.
 * The directory defaults to data-large/ at the repository root, never the service's data/.
 * An existing corpus there is replaced.
 */
import { parseArgs } from 'node:util';
import { buildLargeCorpus } from './large-corpus.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    'data-dir': { type: 'string' },
  },
});
const documents = Number(values.documents);
if (!Number.isInteger(documents) || documents < 0 || documents > 5_000_000) {
  process.stderr.write(
    `--documents must be an integer from 0 to 5000000, got "${values.documents}"\n`,
  );
  process.exit(2);
}
const result = await buildLargeCorpus({ documents, dataDir: values['data-dir'] });
process.stdout.write(
  `${result.documents} documents in ${result.file} (${(result.ms / 1000).toFixed(1)} s)\n`,
);
