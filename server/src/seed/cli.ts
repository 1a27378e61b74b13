/**
 * `npm run seed -w server`: generates the sample data for today and prints the counts as JSON.
 * Writing it to a store is the server's job (it seeds on first start).
 */
import { generateSeed } from './generate.js';

const seed = generateSeed({ now: new Date() });
const counts = Object.fromEntries(
  Object.entries(seed).map(([kind, items]) => [kind, items.length]),
);
process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
