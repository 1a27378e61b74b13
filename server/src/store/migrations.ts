/**
 * Numbered, append-only schema migrations for the SQLite store. Never edit a released
 * migration: add the next number. Each runs in its own transaction together with the row that
 * records it, so a failed migration leaves the database at the previous version.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'content tables',
    // `search_text` columns hold fold()ed text with punctuation turned into spaces (see
    // search.ts); they are written by the store, never by clients. JSON columns hold what is
    // always read whole. Timestamps keep the original ISO string for output and an epoch-ms
    // copy for ordering, because ISO strings with different offsets do not sort correctly.
    sql: `
      CREATE TABLE units (
        id          TEXT PRIMARY KEY,
        code        TEXT NOT NULL,
        name        TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        kind        TEXT NOT NULL,
        parent_id   TEXT REFERENCES units(id),
        website     TEXT,
        sort_name   TEXT NOT NULL,
        search_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX units_parent ON units(parent_id);
      CREATE INDEX units_kind ON units(kind, sort_name);

      CREATE TABLE news (
        id           TEXT PRIMARY KEY,
        unit_id      TEXT NOT NULL REFERENCES units(id),
        title        TEXT NOT NULL,
        summary      TEXT NOT NULL,
        category     TEXT NOT NULL,
        image        TEXT CHECK (image IS NULL OR json_valid(image)),
        published_at TEXT NOT NULL,
        published_ms INTEGER NOT NULL,
        body_html    TEXT NOT NULL,
        author       TEXT,
        search_text  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX news_published ON news(published_ms DESC);
      CREATE INDEX news_unit_published ON news(unit_id, published_ms DESC);

      CREATE TABLE documents (
        id             TEXT PRIMARY KEY,
        unit_id        TEXT NOT NULL REFERENCES units(id),
        number         TEXT NOT NULL,
        number_key     TEXT NOT NULL,
        title          TEXT NOT NULL,
        type           TEXT NOT NULL,
        issuers        TEXT NOT NULL CHECK (json_valid(issuers)),
        issued_date    TEXT NOT NULL,
        effective_date TEXT,
        expiry_date    TEXT,
        status         TEXT NOT NULL,
        fields         TEXT NOT NULL CHECK (json_valid(fields)),
        summary        TEXT NOT NULL,
        signers        TEXT NOT NULL CHECK (json_valid(signers)),
        gazette_no     TEXT,
        gazette_date   TEXT,
        attachments    TEXT NOT NULL CHECK (json_valid(attachments)),
        source_url     TEXT NOT NULL,
        relations      TEXT NOT NULL CHECK (json_valid(relations)),
        search_text    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_issued ON documents(issued_date DESC);
      CREATE INDEX documents_effective ON documents(effective_date);
      CREATE INDEX documents_unit_issued ON documents(unit_id, issued_date DESC);
      CREATE INDEX documents_number_key ON documents(number_key);

      -- Asker contact data, consent receipts and assignment come with the submission issue;
      -- the status column is here now so public reads already filter on it.
      CREATE TABLE questions (
        id          TEXT PRIMARY KEY,
        unit_id     TEXT NOT NULL REFERENCES units(id),
        status      TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'answered', 'rejected')),
        title       TEXT NOT NULL,
        field       TEXT NOT NULL,
        question    TEXT NOT NULL,
        asked_at    TEXT NOT NULL,
        asked_ms    INTEGER NOT NULL,
        answer_html TEXT,
        citations   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(citations)),
        answered_at TEXT,
        answered_ms INTEGER,
        search_text TEXT NOT NULL,
        CHECK (status <> 'answered' OR (answer_html IS NOT NULL AND answered_ms IS NOT NULL))
      ) STRICT;
      CREATE INDEX questions_status_answered ON questions(status, answered_ms DESC);
      CREATE INDEX questions_unit ON questions(unit_id, status, answered_ms DESC);

      CREATE TABLE materials (
        id           TEXT PRIMARY KEY,
        unit_id      TEXT NOT NULL REFERENCES units(id),
        title        TEXT NOT NULL,
        summary      TEXT NOT NULL,
        kind         TEXT NOT NULL,
        fields       TEXT NOT NULL CHECK (json_valid(fields)),
        thumbnail    TEXT CHECK (thumbnail IS NULL OR json_valid(thumbnail)),
        file         TEXT CHECK (file IS NULL OR json_valid(file)),
        media        TEXT CHECK (media IS NULL OR json_valid(media)),
        published_at TEXT NOT NULL,
        published_ms INTEGER NOT NULL,
        search_text  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX materials_published ON materials(published_ms DESC);
      CREATE INDEX materials_unit_published ON materials(unit_id, published_ms DESC);
    `,
  },
];

/** Brings the database to the latest version; returns the versions applied now. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  const current = row.v ?? 0;
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
