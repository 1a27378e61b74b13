/**
 * The question inbox: citizens' submissions (with idempotency and spent proofs of work), the
 * asker's tracking view, the admin workflow (list, answer, reject), retention purges and admin
 * tokens. Kept apart from the read-only content store so the privacy-sensitive paths are easy
 * to find and review; `Store.inbox` and `Store.adminTokens` expose it.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type {
  AdminQuestion,
  QuestionReceipt,
  QuestionStatus,
  QuestionTracking,
} from '../schemas/index.js';
import type { ListResult } from './store.js';

/** How long an Idempotency-Key is remembered, with the response it got. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A 'processing' key older than this belongs to a request that died (crash, restart) without
 * finishing; a retry may take it over instead of getting 409 forever.
 */
export const IDEMPOTENCY_STALE_MS = 60 * 1000;

/** A validated, NFC-normalized submission, ready to store. */
export interface NewQuestion {
  unitId: string;
  title: string;
  question: string;
  field: AdminQuestion['field'];
  name: string;
  email: string | null;
  phone: string | null;
  noticeVersion: string;
  /** The host page's origin (Origin header), part of the consent receipt. */
  origin: string | null;
  ip: string | null;
}

/** A verified proof of work, spent by the submission that carries it. */
export interface SpentProof {
  signature: string;
  expiresMs: number;
}

export type IdempotencyStart =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

export interface AdminQuestionQuery {
  /** The root of the subtree to list: the token's unit, or a unit inside it. */
  scopeUnitId: string;
  status: QuestionStatus;
  page: number;
  pageSize: number;
}

export interface AnswerCommand {
  answerHtml: string;
  citations: string[];
  unitId: string;
  now: Date;
}

export interface RejectCommand {
  reason: string;
  unitId: string;
  now: Date;
}

export interface QuestionInbox {
  /**
   * Claims an Idempotency-Key for a request whose body has `fingerprint`: `new` when this
   * request should run, `replay` with the stored response, `mismatch` when the key was used for
   * another body, `in-flight` while another request with the key is running.
   */
  beginIdempotent(key: string, fingerprint: string, now: Date): Promise<IdempotencyStart>;
  /** Releases a claimed key after a failure, so the client may retry with it. */
  abandonIdempotent(key: string): Promise<void>;
  /**
   * Stores the question, its asker and consent receipt, spends the proof and completes the
   * idempotency key, all in one transaction. Throws ProofSpentError when the proof was used.
   */
  submit(
    question: NewQuestion,
    context: { idempotencyKey: string; proof: SpentProof; now: Date },
  ): Promise<QuestionReceipt>;
  /** The asker's view by tracking code (canonical form); undefined when unknown. */
  track(code: string): Promise<QuestionTracking | undefined>;

  /** Questions addressed to a unit or any unit below it. */
  list(query: AdminQuestionQuery): Promise<ListResult<AdminQuestion>>;
  get(id: string): Promise<AdminQuestion | undefined>;
  /** True when `unitId` is `scopeUnitId` or one of its descendants. */
  isWithin(unitId: string, scopeUnitId: string): Promise<boolean>;
  /** Publishes an answer (sanitized here). Throws QuestionClosedError, InboxInputError. */
  answer(id: string, command: AnswerCommand): Promise<AdminQuestion>;
  /** Closes a question with a reason. Throws QuestionClosedError. */
  reject(id: string, command: RejectCommand): Promise<AdminQuestion>;
  /**
   * Deletes the contact data (name, email, phone, IP) of questions closed before `cutoff`, and
   * of questions still open that were asked before it; keeps question, answer and the consent
   * receipt. Also drops expired idempotency keys and spent proofs. Returns the askers purged.
   */
  purgeContacts(cutoff: Date, now: Date): Promise<number>;
}

export interface AdminTokenRecord {
  id: number;
  unitId: string;
  unitKind: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AdminTokens {
  /** Records the hash of a new token; throws UnknownUnitError for an unknown unit. */
  create(unitId: string, label: string | null, tokenHash: string, now: Date): Promise<number>;
  /** The live token with this hash (marking it used), or undefined. */
  use(tokenHash: string, now: Date): Promise<AdminTokenRecord | undefined>;
  list(): Promise<AdminTokenRecord[]>;
  /** False when no live token has this id. */
  revoke(id: number, now: Date): Promise<boolean>;
}

/** The proof of work carried by a submission was already spent by another one. */
export class ProofSpentError extends Error {
  constructor() {
    super('Proof of work already spent');
    this.name = 'ProofSpentError';
  }
}

/** The question is no longer pending: it cannot be answered or rejected again. */
export class QuestionClosedError extends Error {
  constructor(readonly status: QuestionStatus) {
    super(`Question is ${status}`);
    this.name = 'QuestionClosedError';
  }
}

/** The idempotency claim vanished before the commit (taken over as stale). */
export class IdempotencyLostError extends Error {
  constructor() {
    super('Idempotency key lost before commit');
    this.name = 'IdempotencyLostError';
  }
}

/** Input that only the store can judge (unknown citation, answer empty once sanitized). */
export class InboxInputError extends Error {
  constructor(readonly errors: { name: string; reason: string }[]) {
    super(errors.map((e) => `${e.name}: ${e.reason}`).join('; '));
    this.name = 'InboxInputError';
  }
}

// ── tracking codes ─────────────────────────────────────────────────────────────────────────

/** Crockford's base32 without 0 and 1: nothing a citizen can misread or mistype. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 characters, about 49 bits: unguessable at any request rate the limits allow. */
export function newTrackingCode(): string {
  let chars = '';
  for (let i = 0; i < 10; i++) chars += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `PB-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * The canonical code for what a citizen typed (`pb 7kq4m 9xdrt`, `7KQ4M9XDRT`…), or undefined
 * when it cannot be one.
 */
export function canonicalTrackingCode(input: string): string | undefined {
  let chars = input.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length === 12 && chars.startsWith('PB')) chars = chars.slice(2);
  if (chars.length !== 10) return undefined;
  for (const c of chars) if (!TRACKING_ALPHABET.includes(c)) return undefined;
  return `PB-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Public id of a submitted question: `hd-` and 12 random lowercase letters and digits. */
export function newQuestionId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  let id = 'hd-';
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}
