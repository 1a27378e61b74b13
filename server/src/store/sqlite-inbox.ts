/**
 * SQLite implementation of the question inbox and admin tokens (see inbox.ts). Every write is
 * one transaction; better-sqlite3 runs it synchronously, so no other request interleaves with
 * it inside this process, and SQLite's write lock covers other processes (the admin CLI).
 */
import type Database from 'better-sqlite3';
import type { AdminQuestion, QuestionReceipt, QuestionTracking } from '../schemas/index.js';
import { sanitize } from './html.js';
import {
  IDEMPOTENCY_STALE_MS,
  IDEMPOTENCY_TTL_MS,
  IdempotencyLostError,
  InboxInputError,
  newQuestionId,
  newTrackingCode,
  ProofSpentError,
  QuestionClosedError,
  type AdminQuestionQuery,
  type AdminTokenRecord,
  type AdminTokens,
  type AnswerCommand,
  type IdempotencyStart,
  type NewQuestion,
  type QuestionInbox,
  type RejectCommand,
  type SpentProof,
} from './inbox.js';
import { searchText } from './search.js';
import { UnknownUnitError, type ListResult } from './store.js';
import { vietnamDateTime } from '../vietnam-time.js';

/** Guards the unit-tree walks against a cycle introduced by bad data. */
const MAX_DEPTH = 16;

interface IdempotencyRow {
  fingerprint: string;
  state: 'processing' | 'completed';
  status_code: number | null;
  response: string | null;
  created_ms: number;
}

interface AdminRow {
  id: string;
  tracking_code: string | null;
  unit_id: string;
  unit_name: string;
  status: AdminQuestion['status'];
  title: string;
  field: AdminQuestion['field'];
  question: string;
  asked_at: string;
  answer_html: string | null;
  citations: string;
  answer_unit_id: string | null;
  answered_at: string | null;
  rejection_reason: string | null;
  closed_at: string | null;
  has_asker: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  purged_at: string | null;
  notice_version: string | null;
  consented_at: string | null;
  origin: string | null;
}

interface TrackRow {
  id: string;
  tracking_code: string;
  status: QuestionTracking['status'];
  title: string;
  field: QuestionTracking['field'];
  unit_id: string;
  unit_name: string;
  asked_at: string;
  answer_html: string | null;
  citations: string;
  answer_unit_id: string;
  answer_unit_name: string;
  answered_at: string | null;
  rejection_reason: string | null;
  closed_at: string | null;
}

interface TokenRow {
  id: number;
  unit_id: string;
  unit_kind: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const ADMIN_SELECT = `
  SELECT q.id, q.tracking_code, q.unit_id, u.name AS unit_name, q.status, q.title, q.field,
         q.question, q.asked_at, q.answer_html, q.citations, q.answer_unit_id, q.answered_at,
         q.rejection_reason, q.closed_at,
         a.question_id IS NOT NULL AS has_asker, a.name, a.email, a.phone, a.purged_at,
         a.notice_version, a.consented_at, a.origin
  FROM questions q
  JOIN units u ON u.id = q.unit_id
  LEFT JOIN question_askers a ON a.question_id = q.id`;

const SUBTREE = `
  WITH RECURSIVE subtree(id, depth) AS (
    SELECT id, 0 FROM units WHERE id = ?
    UNION ALL
    SELECT u.id, s.depth + 1 FROM units u JOIN subtree s ON u.parent_id = s.id
    WHERE s.depth < ${MAX_DEPTH}
  )`;

export class SqliteQuestionInbox implements QuestionInbox {
  constructor(private readonly db: Database.Database) {}

  async beginIdempotent(key: string, fingerprint: string, now: Date): Promise<IdempotencyStart> {
    const nowMs = now.getTime();
    return this.db.transaction((): IdempotencyStart => {
      this.db.prepare('DELETE FROM idempotency_keys WHERE expires_ms <= ?').run(nowMs);
      const row = this.db
        .prepare(
          `SELECT fingerprint, state, status_code, response, created_ms
           FROM idempotency_keys WHERE key = ?`,
        )
        .get(key) as IdempotencyRow | undefined;
      const claim = () =>
        this.db
          .prepare(
            `INSERT INTO idempotency_keys (key, fingerprint, state, created_ms, expires_ms)
             VALUES (?, ?, 'processing', ?, ?)
             ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint,
               state = 'processing', status_code = NULL, response = NULL,
               created_ms = excluded.created_ms, expires_ms = excluded.expires_ms`,
          )
          .run(key, fingerprint, nowMs, nowMs + IDEMPOTENCY_TTL_MS);
      if (!row) {
        claim();
        return { kind: 'new' };
      }
      if (row.state === 'completed') {
        if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
        return {
          kind: 'replay',
          statusCode: row.status_code ?? 200,
          body: row.response === null ? null : (JSON.parse(row.response) as unknown),
        };
      }
      if (row.created_ms <= nowMs - IDEMPOTENCY_STALE_MS) {
        claim();
        return { kind: 'new' };
      }
      return { kind: 'in-flight' };
    })();
  }

  async abandonIdempotent(key: string): Promise<void> {
    this.db.prepare("DELETE FROM idempotency_keys WHERE key = ? AND state = 'processing'").run(key);
  }

  async submit(
    q: NewQuestion,
    context: { idempotencyKey: string; proof: SpentProof; now: Date },
  ): Promise<QuestionReceipt> {
    const nowMs = context.now.getTime();
    const askedAt = vietnamDateTime(context.now);
    return this.db.transaction((): QuestionReceipt => {
      this.spendProof(context.proof, nowMs);

      const id = newQuestionId();
      let trackingCode = newTrackingCode();
      // 49 random bits make a collision all but impossible; still, never fail on one.
      while (this.db.prepare('SELECT 1 FROM questions WHERE tracking_code = ?').get(trackingCode)) {
        trackingCode = newTrackingCode();
      }
      this.db
        .prepare(
          `INSERT INTO questions (id, unit_id, status, title, field, question, asked_at, asked_ms,
                                  search_text, tracking_code)
           VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          q.unitId,
          q.title,
          q.field,
          q.question,
          askedAt,
          nowMs,
          searchText(q.title, q.question),
          trackingCode,
        );
      this.db
        .prepare(
          `INSERT INTO question_askers (question_id, name, email, phone, ip, notice_version,
                                        consented_at, origin)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, q.name, q.email, q.phone, q.ip, q.noticeVersion, askedAt, q.origin);

      const receipt: QuestionReceipt = { trackingCode, status: 'pending', askedAt };
      const completed = this.db
        .prepare(
          `UPDATE idempotency_keys SET state = 'completed', status_code = 202, response = ?
           WHERE key = ? AND state = 'processing'`,
        )
        .run(JSON.stringify(receipt), context.idempotencyKey);
      if (completed.changes !== 1) throw new IdempotencyLostError();
      return receipt;
    })();
  }

  async track(code: string): Promise<QuestionTracking | undefined> {
    const row = this.db
      .prepare(
        `SELECT q.id, q.tracking_code, q.status, q.title, q.field, q.unit_id, u.name AS unit_name,
                q.asked_at, q.answer_html, q.citations, au.id AS answer_unit_id,
                au.name AS answer_unit_name, q.answered_at, q.rejection_reason, q.closed_at
         FROM questions q
         JOIN units u ON u.id = q.unit_id
         JOIN units au ON au.id = COALESCE(q.answer_unit_id, q.unit_id)
         WHERE q.tracking_code = ?`,
      )
      .get(code) as TrackRow | undefined;
    if (!row) return undefined;
    return {
      trackingCode: row.tracking_code,
      status: row.status,
      title: row.title,
      field: row.field,
      unitId: row.unit_id,
      unitName: row.unit_name,
      askedAt: row.asked_at,
      answer:
        row.status === 'answered'
          ? {
              questionId: row.id,
              answerHtml: row.answer_html ?? '',
              citations: JSON.parse(row.citations) as AdminQuestion['citations'],
              unitId: row.answer_unit_id,
              unitName: row.answer_unit_name,
              answeredAt: row.answered_at ?? row.asked_at,
            }
          : null,
      rejection:
        row.status === 'rejected'
          ? { reason: row.rejection_reason ?? '', rejectedAt: row.closed_at ?? row.asked_at }
          : null,
    };
  }

  async list(query: AdminQuestionQuery): Promise<ListResult<AdminQuestion>> {
    const where = `WHERE q.unit_id IN (SELECT id FROM subtree) AND q.status = ?`;
    const { n } = this.db
      .prepare(`${SUBTREE} SELECT COUNT(*) AS n FROM questions q ${where}`)
      .get(query.scopeUnitId, query.status) as { n: number };
    // Pending: oldest first, the order to answer them in; closed: most recently closed first.
    const order =
      query.status === 'pending'
        ? 'q.asked_ms ASC, q.id'
        : 'COALESCE(q.closed_ms, q.answered_ms) DESC, q.id';
    const rows = this.db
      .prepare(`${SUBTREE} ${ADMIN_SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(
        query.scopeUnitId,
        query.status,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ) as AdminRow[];
    return { items: rows.map(toAdminQuestion), total: n };
  }

  async get(id: string): Promise<AdminQuestion | undefined> {
    const row = this.db.prepare(`${ADMIN_SELECT} WHERE q.id = ?`).get(id) as AdminRow | undefined;
    return row && toAdminQuestion(row);
  }

  async isWithin(unitId: string, scopeUnitId: string): Promise<boolean> {
    return (
      this.db.prepare(`${SUBTREE} SELECT 1 FROM subtree WHERE id = ?`).get(scopeUnitId, unitId) !==
      undefined
    );
  }

  async answer(id: string, command: AnswerCommand): Promise<AdminQuestion> {
    const html = sanitize(command.answerHtml.normalize('NFC'));
    if (!html.replace(/<[^>]*>/g, '').trim()) {
      throw new InboxInputError([
        { name: 'answerHtml', reason: 'không còn nội dung sau khi lọc HTML' },
      ]);
    }
    const nowMs = command.now.getTime();
    const at = vietnamDateTime(command.now);
    this.db.transaction(() => {
      this.assertPending(id);
      const citations = command.citations.map((docId, i) => {
        const doc = this.db
          .prepare('SELECT id, number, title FROM documents WHERE id = ?')
          .get(docId) as { id: string; number: string; title: string } | undefined;
        if (!doc) {
          throw new InboxInputError([
            { name: `citations.${i}`, reason: `không có văn bản với mã "${docId}"` },
          ]);
        }
        return doc;
      });
      this.db
        .prepare(
          `UPDATE questions SET status = 'answered', answer_html = ?, citations = ?,
             answered_at = ?, answered_ms = ?, answer_unit_id = ?, closed_at = ?, closed_ms = ?
           WHERE id = ?`,
        )
        .run(html, JSON.stringify(citations), at, nowMs, command.unitId, at, nowMs, id);
    })();
    return (await this.get(id)) as AdminQuestion;
  }

  async reject(id: string, command: RejectCommand): Promise<AdminQuestion> {
    const nowMs = command.now.getTime();
    const at = vietnamDateTime(command.now);
    this.db.transaction(() => {
      this.assertPending(id);
      this.db
        .prepare(
          `UPDATE questions SET status = 'rejected', rejection_reason = ?, answer_unit_id = ?,
             closed_at = ?, closed_ms = ?
           WHERE id = ?`,
        )
        .run(command.reason, command.unitId, at, nowMs, id);
    })();
    return (await this.get(id)) as AdminQuestion;
  }

  async purgeContacts(cutoff: Date, now: Date): Promise<number> {
    const cutoffMs = cutoff.getTime();
    const nowMs = now.getTime();
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM idempotency_keys WHERE expires_ms <= ?').run(nowMs);
      this.db.prepare('DELETE FROM altcha_spent WHERE expires_ms <= ?').run(nowMs);
      return this.db
        .prepare(
          `UPDATE question_askers
           SET name = NULL, email = NULL, phone = NULL, ip = NULL, purged_at = ?
           WHERE purged_at IS NULL AND question_id IN (
             SELECT id FROM questions
             WHERE (closed_ms IS NOT NULL AND closed_ms < ?)
                OR (closed_ms IS NULL AND asked_ms < ?))`,
        )
        .run(vietnamDateTime(now), cutoffMs, cutoffMs).changes;
    })();
  }

  /** Marks the proof spent, or throws when it already was (runs inside the submit transaction). */
  private spendProof(proof: SpentProof, nowMs: number): void {
    this.db.prepare('DELETE FROM altcha_spent WHERE expires_ms <= ?').run(nowMs);
    const spent = this.db
      .prepare(
        `INSERT INTO altcha_spent (signature, expires_ms) VALUES (?, ?)
         ON CONFLICT (signature) DO NOTHING`,
      )
      .run(proof.signature, proof.expiresMs);
    if (spent.changes !== 1) throw new ProofSpentError();
  }

  /** Throws unless the question exists and is pending (inside a transaction). */
  private assertPending(id: string): void {
    const row = this.db.prepare('SELECT status FROM questions WHERE id = ?').get(id) as
      { status: AdminQuestion['status'] } | undefined;
    if (!row) throw new Error(`Unknown question ${id}`);
    if (row.status !== 'pending') throw new QuestionClosedError(row.status);
  }
}

export class SqliteAdminTokens implements AdminTokens {
  constructor(private readonly db: Database.Database) {}

  async create(
    unitId: string,
    label: string | null,
    tokenHash: string,
    now: Date,
  ): Promise<number> {
    if (!this.db.prepare('SELECT 1 FROM units WHERE id = ?').get(unitId)) {
      throw new UnknownUnitError(unitId);
    }
    const result = this.db
      .prepare(
        'INSERT INTO admin_tokens (token_hash, unit_id, label, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(tokenHash, unitId, label, vietnamDateTime(now));
    return Number(result.lastInsertRowid);
  }

  async use(tokenHash: string, now: Date): Promise<AdminTokenRecord | undefined> {
    const row = this.db
      .prepare(
        `SELECT t.id, t.unit_id, u.kind AS unit_kind, t.label, t.created_at, t.last_used_at,
                t.revoked_at
         FROM admin_tokens t JOIN units u ON u.id = t.unit_id
         WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
      )
      .get(tokenHash) as TokenRow | undefined;
    if (!row) return undefined;
    this.db
      .prepare('UPDATE admin_tokens SET last_used_at = ? WHERE id = ?')
      .run(vietnamDateTime(now), row.id);
    return toToken(row);
  }

  async list(): Promise<AdminTokenRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT t.id, t.unit_id, u.kind AS unit_kind, t.label, t.created_at, t.last_used_at,
                t.revoked_at
         FROM admin_tokens t JOIN units u ON u.id = t.unit_id ORDER BY t.id`,
      )
      .all() as TokenRow[];
    return rows.map(toToken);
  }

  async revoke(id: number, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE admin_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(vietnamDateTime(now), id).changes === 1
    );
  }
}

function toAdminQuestion(r: AdminRow): AdminQuestion {
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    unitId: r.unit_id,
    unitName: r.unit_name,
    status: r.status,
    title: r.title,
    field: r.field,
    question: r.question,
    askedAt: r.asked_at,
    asker: r.has_asker
      ? { name: r.name, email: r.email, phone: r.phone, purgedAt: r.purged_at }
      : null,
    consent:
      r.notice_version !== null && r.consented_at !== null
        ? { noticeVersion: r.notice_version, consentedAt: r.consented_at, origin: r.origin }
        : null,
    answerHtml: r.answer_html,
    citations: JSON.parse(r.citations) as AdminQuestion['citations'],
    answerUnitId: r.answer_unit_id,
    answeredAt: r.answered_at,
    rejectionReason: r.rejection_reason,
    closedAt: r.closed_at,
  };
}

function toToken(r: TokenRow): AdminTokenRecord {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitKind: r.unit_kind,
    label: r.label,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}
