/** The SQLite store directly: migrations, what it stores, search helpers. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../src/store/migrations.js';
import {
  escapeLike,
  MAX_SEARCH_TOKENS,
  numberKey,
  searchText,
  searchTokens,
} from '../src/store/search.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { vietnamDate } from '../src/vietnam-time.js';
import { fixture } from './fixtures.js';
import { seededStore } from './helpers.js';

let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('migrations', () => {
  it('apply once, in order, and record their versions', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    db.close();
  });

  it('roll back a failing migration with its record', () => {
    const db = new Database(':memory:');
    migrate(db);
    const bad = [
      ...MIGRATIONS,
      { version: 99, name: 'broken', sql: 'CREATE TABLE t (x); SELECT nope FROM nowhere;' },
    ];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
      v: Math.max(...MIGRATIONS.map((m) => m.version)),
    });
    db.close();
  });
});

describe('SqliteStore', () => {
  it('opens with WAL-compatible settings and foreign keys on', () => {
    store = openSqliteStore({ filename: ':memory:' });
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is empty until seeded, then holds the data', async () => {
    const s = openSqliteStore({ filename: ':memory:' });
    store = s;
    expect(await s.isEmpty()).toBe(true);
    await s.seed(fixture());
    expect(await s.isEmpty()).toBe(false);
    const count = (table: string) =>
      (s.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([
      count('units'),
      count('news'),
      count('documents'),
      count('questions'),
      count('materials'),
    ]).toEqual([5, 6, 9, 4, 5]);
  });

  it('stores text NFC, folded search text, and sanitized HTML', async () => {
    store = await seededStore();
    const row = store.db
      .prepare("SELECT title, search_text, body_html FROM news WHERE id = 'tin-nb-1'")
      .get() as {
      title: string;
      search_text: string;
      body_html: string;
    };
    expect(row.title).toBe(row.title.normalize('NFC'));
    expect(row.title).not.toBe(row.title.normalize('NFD'));
    expect(row.search_text).toContain('ninh binh tap huan hoa giai o co so');
    expect(row.body_html).not.toContain('<script');
    const doc = store.db.prepare("SELECT number_key FROM documents WHERE id = 'vb-nd-168'").get();
    expect(doc).toEqual({ number_key: '1682024ndcp' });
  });

  it('stores answered questions with status answered', async () => {
    store = await seededStore();
    const statuses = store.db.prepare('SELECT DISTINCT status FROM questions').all();
    expect(statuses).toEqual([{ status: 'answered' }]);
  });

  it('rejects a seed whose unit parent does not exist, leaving nothing behind', async () => {
    store = openSqliteStore({ filename: ':memory:' });
    const data = fixture();
    data.units.push({
      id: 'mo-coi',
      code: 'X',
      name: 'Mồ côi',
      nameEn: 'Orphan',
      kind: 'commune',
      parentId: 'khong-co',
      website: null,
    });
    await expect(store.seed(data)).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.isEmpty()).toBe(true);
  });

  it('never answers an unanswered question', async () => {
    store = await seededStore();
    store.db.prepare("UPDATE questions SET status = 'rejected' WHERE id = 'hd-tw-1'").run();
    expect(await store.getQuestion('hd-tw-1')).toBeUndefined();
    expect((await store.listQuestions({ scope: 'inherited', page: 1, pageSize: 50 })).total).toBe(
      3,
    );
  });

  it('keeps "today" in Vietnam time for date views', () => {
    expect(vietnamDate(new Date('2026-03-14T16:59:59Z'))).toBe('2026-03-14');
    expect(vietnamDate(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
  });

  it('moves view=upcoming with the clock', async () => {
    store = openSqliteStore({
      filename: ':memory:',
      clock: () => new Date('2026-04-05T00:00:00Z'),
    });
    await store.seed(fixture());
    const upcoming = await store.listDocuments({
      scope: 'inherited',
      view: 'upcoming',
      page: 1,
      pageSize: 50,
    });
    expect(upcoming.items.map((d) => d.id)).toEqual(['vb-tt-btp', 'vb-nq-nb']);
  });
});

describe('search helpers', () => {
  it('folds and separates', () => {
    expect(searchText('Luật Đất đai', '31/2024/QH15')).toBe('luat dat dai 31 2024 qh15');
    expect(searchText('  NGHỊ ĐỊNH  168/2024/NĐ-CP ')).toBe('nghi dinh 168 2024 nd cp');
  });

  it('keys document numbers whatever the separators', () => {
    const key = numberKey('13/2023/NĐ-CP');
    for (const typed of [
      '13/2023/nd-cp',
      '13-2023-ND-CP',
      '13 2023 NĐ CP',
      '13/2023/NĐ-CP'.normalize('NFD'),
    ]) {
      expect(numberKey(typed)).toBe(key);
    }
  });

  it('tokenizes distinct words, bounded', () => {
    expect(searchTokens('đất đai ĐẤT')).toEqual(['dat', 'dai']);
    expect(searchTokens('%_%')).toEqual([]);
    expect(searchTokens(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(
      MAX_SEARCH_TOKENS,
    );
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
