import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/app.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import type { SeedData } from '../src/store/store.js';
import { FIXTURE_NOW, fixture } from './fixtures.js';

export interface TestContext {
  app: FastifyInstance;
  store: SqliteStore;
  dirs: { widgets: string; demo: string; media: string; storybook: string };
}

/** A 2 KB+ module so compression kicks in on static files too. */
export const WIDGET_JS = `export const answer = 42;\n${'// padding\n'.repeat(300)}`;

export async function seededStore(): Promise<SqliteStore> {
  const store = openSqliteStore({ filename: ':memory:', clock: () => FIXTURE_NOW });
  await store.seed(fixture());
  return store;
}

/** An app over the fixture, with throwaway static directories (storybook left missing). */
export async function createTestApp(): Promise<TestContext> {
  const root = mkdtempSync(join(tmpdir(), 'pbgdpl-test-'));
  const dirs = {
    widgets: join(root, 'cdn'),
    demo: join(root, 'demo'),
    media: join(root, 'media'),
    storybook: join(root, 'storybook-static'),
  };
  mkdirSync(dirs.widgets);
  mkdirSync(dirs.demo);
  mkdirSync(dirs.media);
  writeFileSync(join(dirs.widgets, 'pbgdpl.js'), WIDGET_JS);
  writeFileSync(
    join(dirs.demo, 'index.html'),
    '<!doctype html><title>Demo</title><h1>Trang minh họa</h1>',
  );
  writeFileSync(
    join(dirs.media, 'hoi-nghi.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  );
  const store = await seededStore();
  const app = await buildApp({
    store,
    widgetsDir: dirs.widgets,
    demoDir: dirs.demo,
    mediaDir: dirs.media,
    storybookDir: dirs.storybook,
  });
  return { app, store, dirs };
}

/** An app over `data` (the fixture unless given) and nothing else: API, pages, feeds, files. */
export async function createContentApp(
  data: SeedData = fixture(),
  options: Omit<AppOptions, 'store'> = {},
): Promise<{ app: FastifyInstance; store: SqliteStore }> {
  const store = openSqliteStore({ filename: ':memory:', clock: () => FIXTURE_NOW });
  await store.seed(data);
  return { app: await buildApp({ store, ...options }), store };
}
