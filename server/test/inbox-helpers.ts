/** Shared set-up of the question submission, tracking, admin and privacy tests. */
import { randomUUID } from 'node:crypto';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { FastifyInstance } from 'fastify';
import { hashToken, mintToken } from '../src/admin/tokens.js';
import { buildApp, type AppOptions } from '../src/app.js';
import type { RateLimits } from '../src/questions/limits.js';
import type { QuestionSubmission } from '../src/schemas/index.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { seededStore } from './helpers.js';

export interface InboxContext {
  app: FastifyInstance;
  store: SqliteStore;
}

const ROOMY = { max: 10_000, windowMs: 60_000 };
/** Limits no ordinary test reaches; the rate-limit tests pass their own. */
export const ROOMY_LIMITS: RateLimits = {
  submit: { perIp: ROOMY, perOrigin: ROOMY },
  track: { perIp: ROOMY, perOrigin: ROOMY },
  challenge: { perIp: ROOMY, perOrigin: ROOMY },
};

/** An app over the fixture whose proofs of work take a few milliseconds to solve. */
export async function createInboxApp(
  options: Partial<Omit<AppOptions, 'store'>> = {},
): Promise<InboxContext> {
  const store = await seededStore();
  const app = await buildApp({
    store,
    altcha: { hmacKey: 'test-hmac-key', cost: 1, counterMin: 1, counterMax: 30 },
    rateLimits: ROOMY_LIMITS,
    ...options,
  });
  return { app, store };
}

export async function closeInboxApp(ctx: InboxContext): Promise<void> {
  await ctx.app.close();
  await ctx.store.close();
}

/** Fetches a challenge from the app and solves it, as the `altcha` widget does. */
export async function solvedAltcha(app: FastifyInstance): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/altcha/challenge' });
  if (res.statusCode !== 200) throw new Error(`challenge: ${res.statusCode} ${res.body}`);
  const challenge = res.json();
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 10_000 });
  if (!solution) throw new Error('could not solve the challenge');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export function submission(overrides: Partial<QuestionSubmission> = {}): QuestionSubmission {
  return {
    unit: 'ninh-binh',
    title: 'Thủ tục tách thửa đất nông nghiệp',
    question: 'Gia đình tôi có 500 m² đất trồng lúa, muốn tách thửa cho con thì cần giấy tờ gì?',
    field: 'dat-dai',
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.vn',
    consent: true,
    noticeVersion: '2026-01',
    website: '',
    altcha: '',
    ...overrides,
  };
}

export interface SubmitOptions {
  key?: string;
  origin?: string;
  remoteAddress?: string;
  /** Skip fetching a proof (the body carries its own `altcha`). */
  rawAltcha?: boolean;
}

export async function submit(
  app: FastifyInstance,
  body: Partial<QuestionSubmission> | Record<string, unknown> = {},
  options: SubmitOptions = {},
) {
  const payload = submission(body as Partial<QuestionSubmission>);
  if (!options.rawAltcha && !payload.altcha) payload.altcha = await solvedAltcha(app);
  return app.inject({
    method: 'POST',
    url: '/api/v1/questions',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': options.key ?? randomUUID(),
      ...(options.origin ? { origin: options.origin } : {}),
    },
    remoteAddress: options.remoteAddress,
    payload,
  });
}

/** Mints a token for a unit straight into the store, as the CLI does. */
export async function tokenFor(store: SqliteStore, unitId: string): Promise<string> {
  const token = mintToken();
  await store.adminTokens.create(unitId, `test ${unitId}`, hashToken(token), new Date());
  return token;
}

export function questionRow(store: SqliteStore, trackingCode: string) {
  return store.db
    .prepare(
      `SELECT q.*, a.name, a.email, a.phone, a.ip, a.notice_version, a.consented_at, a.origin,
              a.purged_at
       FROM questions q LEFT JOIN question_askers a ON a.question_id = q.id
       WHERE q.tracking_code = ?`,
    )
    .get(trackingCode) as Record<string, unknown> | undefined;
}

export function countSubmitted(store: SqliteStore): number {
  return (
    store.db
      .prepare('SELECT COUNT(*) AS n FROM questions WHERE tracking_code IS NOT NULL')
      .get() as {
      n: number;
    }
  ).n;
}
