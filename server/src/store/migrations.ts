/**
 * Numbered, append-only schema migrations for the SQLite store. Never edit a released
 * migration: add the next number. Each runs in its own transaction together with the row that
 * records it, so a failed migration leaves the database at the previous version.
 */
import type Database from 'better-sqlite3';
import { registerSearchFunctions } from './search.js';

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
  {
    version: 2,
    name: 'document full-text search',
    // Documents get an explicit INTEGER PRIMARY KEY (`doc_no`): VACUUM may renumber implicit
    // rowids, which would silently detach the FTS rows. Existing rows are copied in issue-date
    // order, and the store inserts in that order too, so a higher doc_no is roughly a newer
    // document. `search_text` is gone: the FTS tables replace it.
    //
    // documents_fts holds fold()ed text (search.ts) because no FTS5 tokenizer folds đ/Đ;
    // the number column also holds the type code ("nghi-dinh" folds to "nghi dinh"), so
    // "nghị định 13/2023" finds 13/2023/NĐ-CP. It is contentless: the store never reads text
    // back from it. documents_fts_exact indexes the stored NFC text unfolded (unicode61 still
    // folds case), to rank exact-accent matches above folded-only ones; it only answers
    // "does this row contain these words", hence detail=none. Triggers keep both in sync with
    // every write, and bump `document_changes` so in-memory indexes know to reload.
    sql: `
      CREATE TABLE documents_v2 (
        doc_no         INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
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
        relations      TEXT NOT NULL CHECK (json_valid(relations))
      ) STRICT;
      INSERT INTO documents_v2 (id, unit_id, number, number_key, title, type, issuers,
        issued_date, effective_date, expiry_date, status, fields, summary, signers, gazette_no,
        gazette_date, attachments, source_url, relations)
      SELECT id, unit_id, number, number_key, title, type, issuers, issued_date, effective_date,
        expiry_date, status, fields, summary, signers, gazette_no, gazette_date, attachments,
        source_url, relations
      FROM documents ORDER BY issued_date, id;
      DROP TABLE documents;
      ALTER TABLE documents_v2 RENAME TO documents;
      CREATE INDEX documents_issued ON documents(issued_date DESC);
      CREATE INDEX documents_effective ON documents(effective_date);
      CREATE INDEX documents_unit_issued ON documents(unit_id, issued_date DESC);
      CREATE INDEX documents_number_key ON documents(number_key);

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        number, title, summary,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE VIRTUAL TABLE documents_fts_exact USING fts5(
        number, title, summary,
        content = 'documents', content_rowid = 'doc_no', detail = none,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO documents_fts (rowid, number, title, summary)
        SELECT doc_no, pbgdpl_search_text(type || ' ' || number), pbgdpl_search_text(title),
               pbgdpl_search_text(summary)
        FROM documents;
      INSERT INTO documents_fts_exact (documents_fts_exact) VALUES ('rebuild');

      CREATE TABLE document_changes (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        generation INTEGER NOT NULL
      ) STRICT;
      INSERT INTO document_changes (id, generation) VALUES (1, 0);

      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, number, title, summary) VALUES (new.doc_no,
          pbgdpl_search_text(new.type || ' ' || new.number), pbgdpl_search_text(new.title),
          pbgdpl_search_text(new.summary));
        INSERT INTO documents_fts_exact (rowid, number, title, summary)
          VALUES (new.doc_no, new.number, new.title, new.summary);
        UPDATE document_changes SET generation = generation + 1 WHERE id = 1;
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        DELETE FROM documents_fts WHERE rowid = old.doc_no;
        INSERT INTO documents_fts_exact (documents_fts_exact, rowid, number, title, summary)
          VALUES ('delete', old.doc_no, old.number, old.title, old.summary);
        UPDATE document_changes SET generation = generation + 1 WHERE id = 1;
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE OF doc_no, type, number, title, summary
      ON documents BEGIN
        DELETE FROM documents_fts WHERE rowid = old.doc_no;
        INSERT INTO documents_fts (rowid, number, title, summary) VALUES (new.doc_no,
          pbgdpl_search_text(new.type || ' ' || new.number), pbgdpl_search_text(new.title),
          pbgdpl_search_text(new.summary));
        INSERT INTO documents_fts_exact (documents_fts_exact, rowid, number, title, summary)
          VALUES ('delete', old.doc_no, old.number, old.title, old.summary);
        INSERT INTO documents_fts_exact (rowid, number, title, summary)
          VALUES (new.doc_no, new.number, new.title, new.summary);
      END;
      -- Any change (status, dates, issuers…) invalidates in-memory facet indexes.
      CREATE TRIGGER documents_changed AFTER UPDATE ON documents BEGIN
        UPDATE document_changes SET generation = generation + 1 WHERE id = 1;
      END;
    `,
  },
  {
    version: 3,
    name: 'question submissions, askers, idempotency, proof of work, admin tokens',
    // Contact data and consent receipts live in their own table, which no public query reads:
    // a public SELECT on questions cannot leak them by accident, and purging contact data is
    // an UPDATE of one table. `closed_ms` (answered or rejected) starts the retention clock.
    sql: `
      ALTER TABLE questions ADD COLUMN tracking_code TEXT;
      ALTER TABLE questions ADD COLUMN answer_unit_id TEXT REFERENCES units(id);
      ALTER TABLE questions ADD COLUMN rejection_reason TEXT;
      ALTER TABLE questions ADD COLUMN closed_at TEXT;
      ALTER TABLE questions ADD COLUMN closed_ms INTEGER;
      CREATE UNIQUE INDEX questions_tracking_code ON questions(tracking_code)
        WHERE tracking_code IS NOT NULL;
      CREATE INDEX questions_unit_status_asked ON questions(unit_id, status, asked_ms);

      CREATE TABLE question_askers (
        question_id    TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
        name           TEXT,
        email          TEXT,
        phone          TEXT,
        ip             TEXT,
        notice_version TEXT NOT NULL,
        consented_at   TEXT NOT NULL,
        origin         TEXT,
        purged_at      TEXT
      ) STRICT;

      -- One row per Idempotency-Key for 24 h: 'processing' while the first request runs,
      -- then 'completed' with the response it got, replayed to retries with the same body.
      CREATE TABLE idempotency_keys (
        key         TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('processing', 'completed')),
        status_code INTEGER,
        response    TEXT CHECK (response IS NULL OR json_valid(response)),
        created_ms  INTEGER NOT NULL,
        expires_ms  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX idempotency_keys_expires ON idempotency_keys(expires_ms);

      -- Signatures of ALTCHA challenges already spent, kept until the challenge expires.
      CREATE TABLE altcha_spent (
        signature  TEXT PRIMARY KEY,
        expires_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX altcha_spent_expires ON altcha_spent(expires_ms);

      -- Bearer tokens for the admin API: only the SHA-256 of each token is stored.
      CREATE TABLE admin_tokens (
        id           INTEGER PRIMARY KEY,
        token_hash   TEXT NOT NULL UNIQUE,
        unit_id      TEXT NOT NULL REFERENCES units(id),
        label        TEXT,
        created_at   TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at   TEXT
      ) STRICT;
    `,
  },
];

/** Brings the database to the latest version; returns the versions applied now. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  // Migration 2 and its triggers call pbgdpl_search_text(): every connection that migrates
  // (and so every store) has it.
  registerSearchFunctions(db);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  // Apply every version not recorded yet, not just those above the highest: migrations
  // developed in parallel (2 and 3) may land in either order on a developer's database.
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
