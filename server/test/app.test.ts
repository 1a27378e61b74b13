/** Wiring that is easy to break without any endpoint test noticing at first. */
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sharedSchemas } from '../src/app.js';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import * as schemas from '../src/schemas/index.js';

async function compileWith(order: ReturnType<typeof sharedSchemas>) {
  const app = Fastify();
  for (const schema of order) app.addSchema(schema);
  app.get(
    '/',
    {
      schema: {
        querystring: schemas.DocumentQuery,
        response: { 200: Type.Ref(schemas.DocumentDetail) },
      },
    },
    async () => ({}),
  );
  try {
    await app.ready();
  } finally {
    await app.close();
  }
}

describe('shared schemas', () => {
  it('registers every $id schema, parts before the schemas embedding them', async () => {
    const ids = sharedSchemas().map((s) => s.$id);
    expect(ids).toEqual(
      expect.arrayContaining(['Problem', 'DocumentRelation', 'DocumentDetail', 'Taxonomies']),
    );
    expect(ids.indexOf('DocumentRelation')).toBeLessThan(ids.indexOf('DocumentDetail'));
    expect(ids.indexOf('NewsSummary')).toBeLessThan(ids.indexOf('NewsList'));
    await expect(compileWith(sharedSchemas())).resolves.toBeUndefined();
  });

  it('would fail in alphabetical order (the order of a module namespace)', async () => {
    const alphabetical = [...sharedSchemas()].sort((a, b) => a.$id.localeCompare(b.$id));
    await expect(compileWith(alphabetical)).rejects.toThrow(/already exists|more than one/);
  });
});

describe('config', () => {
  it('has safe defaults relative to the repository root', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: join(REPO_ROOT, 'data'),
      widgetsDir: join(REPO_ROOT, 'dist/cdn'),
      demoDir: join(REPO_ROOT, 'demo'),
      storybookDir: join(REPO_ROOT, 'storybook-static'),
      mediaDir: join(REPO_ROOT, 'server/public/media'),
      logLevel: 'info',
    });
  });

  it('reads the environment, and refuses nonsense instead of guessing', () => {
    expect(
      loadConfig({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/pbgdpl' }),
    ).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/var/lib/pbgdpl',
    });
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
