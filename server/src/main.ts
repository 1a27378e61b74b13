/**
 * Starts the central service: open (and migrate) the SQLite store, seed it on the very first
 * start, listen, and shut down cleanly on SIGINT/SIGTERM.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { resolveAltchaKey } from './questions/altcha.js';
import { loadConfig } from './config.js';
import { generateSeed } from './seed/generate.js';
import { gracefulShutdown } from './shutdown.js';
import { openSqliteStore } from './store/sqlite.js';

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const store = openSqliteStore({ filename: join(config.dataDir, 'pbgdpl.sqlite') });
const altchaKey = resolveAltchaKey(config.altchaHmacKey, config.dataDir);

const app = await buildApp({
  store,
  widgetsDir: config.widgetsDir,
  demoDir: config.demoDir,
  storybookDir: config.storybookDir,
  mediaDir: config.mediaDir,
  retentionDays: config.retentionDays,
  logger: { level: config.logLevel },
  trustProxy: config.trustProxy,
  publicUrl: config.publicUrl,
  frameAncestors: config.frameAncestors,
  altcha: { hmacKey: altchaKey.key },
  pressure: config.pressure,
  responseCache: { maxBytes: config.responseCacheBytes },
});
if (altchaKey.source === 'generated') {
  app.log.warn(
    'ALTCHA_HMAC_KEY not set: generated a key in DATA_DIR/altcha-hmac.key. Set ALTCHA_HMAC_KEY ' +
      'to the same value on every instance when running more than one.',
  );
}

if (await store.isEmpty()) {
  const started = Date.now();
  await store.seed(generateSeed({ now: new Date() }));
  app.log.info({ ms: Date.now() - started }, 'empty database seeded with sample data');
}

const shutdown = gracefulShutdown(app, store);
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const address = await app.listen({ port: config.port, host: config.host });
  // Fastify logs each bound address; this line is the one to click.
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const port = new URL(address).port || String(config.port);
  app.log.info(
    `PBGDPL service ready: http://${shown}:${port}/ (API docs: /api/docs, demo: /demo/)`,
  );
} catch (err) {
  app.log.fatal({ err }, 'could not start');
  await store.close();
  process.exit(1);
}
