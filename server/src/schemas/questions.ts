import { Type, type Static } from '@sinclair/typebox';
import { codeList, Id, IsoDateTime, ListOf, PageQuery, ScopeQuery, SearchText } from './common.js';
import { LegalField } from './documents.js';

/** Public view of an answered question: never any contact data of the asker. */
export const QuestionSummary = Type.Object(
  {
    id: Id,
    unitId: Id,
    unitName: Type.String({ description: 'The unit that answered' }),
    title: Type.String(),
    field: LegalField,
    askedAt: IsoDateTime,
    answeredAt: IsoDateTime,
  },
  { $id: 'QuestionSummary' },
);

export const Citation = Type.Object(
  { id: Type.Union([Id, Type.Null()]), number: Type.String(), title: Type.String() },
  { $id: 'Citation', description: 'A legal document the answer relies on' },
);

export const QuestionDetail = Type.Composite(
  [
    QuestionSummary,
    Type.Object({
      question: Type.String({ description: 'Plain text, as the citizen wrote it' }),
      answerHtml: Type.String({ description: 'Sanitized HTML (allow-list)' }),
      citations: Type.Array(Citation),
    }),
  ],
  { $id: 'QuestionDetail' },
);

export const QuestionList = ListOf(QuestionSummary, 'QuestionList');

export const QuestionQuery = Type.Object(
  {
    ...ScopeQuery,
    field: Type.Optional(LegalField),
    q: Type.Optional(SearchText),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export type QuestionSummary = Static<typeof QuestionSummary>;
export type QuestionDetail = Static<typeof QuestionDetail>;
export type QuestionList = Static<typeof QuestionList>;
export type QuestionQuery = Static<typeof QuestionQuery>;

// ── submission, tracking and answering (issue 4) ───────────────────────────────────────────

/** Lifecycle of a citizen's question; only `answered` ones are ever listed publicly. */
export const QuestionStatus = codeList(
  ['pending', 'answered', 'rejected'],
  'pending: waiting for an answer; answered: published; rejected: closed with a reason',
);

/** `PB-XXXXX-XXXXX`: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U). */
export const TRACKING_CODE_PATTERN = '^PB-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$';
export const TrackingCode = Type.String({
  pattern: TRACKING_CODE_PATTERN,
  description: 'Tracking code given to the asker, e.g. PB-7KQ4M-9XDRT',
});

/** The lengths the form must enforce too; the server refuses anything longer. */
export const QUESTION_LIMITS = {
  title: { minLength: 5, maxLength: 200 },
  question: { minLength: 10, maxLength: 4000 },
  name: { minLength: 1, maxLength: 100 },
  email: { maxLength: 254 },
  phone: { maxLength: 20 },
  noticeVersion: { minLength: 1, maxLength: 40 },
  website: { maxLength: 200 },
  altcha: { minLength: 1, maxLength: 4000 },
} as const;

/**
 * What the ask form POSTs to /api/v1/questions. Plain text only: stored and shown as text,
 * never as HTML. `email` or `phone` (at least one, non-empty) is required; `consent` must be
 * literally `true` (an unticked box is no consent); `website` is the honeypot and must be
 * empty or absent.
 */
export const QuestionSubmission = Type.Object(
  {
    /** The unit whose page the citizen asked on: the question is addressed to it. */
    unit: Id,
    title: Type.String(QUESTION_LIMITS.title),
    question: Type.String(QUESTION_LIMITS.question),
    field: LegalField,
    name: Type.String(QUESTION_LIMITS.name),
    email: Type.Optional(
      Type.String({
        ...QUESTION_LIMITS.email,
        // Empty allowed: a form sends '' for a field left blank.
        pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
        description: 'Email address; email or phone is required',
      }),
    ),
    phone: Type.Optional(
      Type.String({
        ...QUESTION_LIMITS.phone,
        pattern: '^$|^\\+?[0-9][0-9 .()-]{6,18}[0-9]$',
        description: 'Phone number; email or phone is required',
      }),
    ),
    consent: Type.Literal(true, { description: 'The ticked consent box: must be true' }),
    noticeVersion: Type.String({
      ...QUESTION_LIMITS.noticeVersion,
      pattern: '^[A-Za-z0-9._-]+$',
      description: 'Version of the privacy notice the citizen was shown',
    }),
    website: Type.Optional(
      Type.String({ ...QUESTION_LIMITS.website, description: 'Honeypot: leave empty' }),
    ),
    altcha: Type.String({
      ...QUESTION_LIMITS.altcha,
      description: 'ALTCHA payload: base64 JSON of { challenge, solution }',
    }),
  },
  { $id: 'QuestionSubmission', additionalProperties: false },
);

/** The 202 answer to a submission: the question is stored and waits for an answer. */
export const QuestionReceipt = Type.Object(
  {
    trackingCode: TrackingCode,
    status: Type.Literal('pending'),
    askedAt: IsoDateTime,
  },
  { $id: 'QuestionReceipt' },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    format: 'uuid',
    description: 'A UUID chosen by the client, the same for every retry of one submission',
  }),
});

export const TrackingParams = Type.Object({
  code: Type.String({
    minLength: 10,
    maxLength: 24,
    pattern: '^[A-Za-z0-9 -]+$',
    description: 'The tracking code; case, spaces and dashes do not matter',
  }),
});

/** What the asker sees through the tracking code: never any contact data. */
export const QuestionTracking = Type.Object(
  {
    trackingCode: TrackingCode,
    status: QuestionStatus,
    title: Type.String(),
    field: LegalField,
    unitId: Id,
    unitName: Type.String({ description: 'The unit the question was addressed to' }),
    askedAt: IsoDateTime,
    answer: Type.Union([
      Type.Object({
        /** Id of the published question (its public detail). */
        questionId: Id,
        answerHtml: Type.String({ description: 'Sanitized HTML (allow-list)' }),
        citations: Type.Array(Citation),
        unitId: Id,
        unitName: Type.String({ description: 'The unit that answered' }),
        answeredAt: IsoDateTime,
      }),
      Type.Null(),
    ]),
    rejection: Type.Union([
      Type.Object({ reason: Type.String(), rejectedAt: IsoDateTime }),
      Type.Null(),
    ]),
  },
  { $id: 'QuestionTracking' },
);

/** A signed ALTCHA (proof of work v2) challenge, as the `altcha` widget expects it. */
export const AltchaChallenge = Type.Object(
  {
    parameters: Type.Object({
      algorithm: Type.String(),
      nonce: Type.String(),
      salt: Type.String(),
      cost: Type.Integer(),
      keyLength: Type.Integer(),
      keyPrefix: Type.String(),
      keySignature: Type.Optional(Type.String()),
      expiresAt: Type.Optional(Type.Integer({ description: 'Unix time, seconds' })),
    }),
    signature: Type.String(),
  },
  { $id: 'AltchaChallenge' },
);

// ── admin ──────────────────────────────────────────────────────────────────────────────────

/** A question as a legal officer sees it: with the asker's contact data and consent receipt. */
export const AdminQuestion = Type.Object(
  {
    id: Id,
    trackingCode: Type.Union([TrackingCode, Type.Null()]),
    unitId: Id,
    unitName: Type.String(),
    status: QuestionStatus,
    title: Type.String(),
    field: LegalField,
    question: Type.String(),
    askedAt: IsoDateTime,
    asker: Type.Union([
      Type.Object({
        name: Type.Union([Type.String(), Type.Null()]),
        email: Type.Union([Type.String(), Type.Null()]),
        phone: Type.Union([Type.String(), Type.Null()]),
        purgedAt: Type.Union([IsoDateTime, Type.Null()], {
          description: 'When contact data was deleted under the retention rule',
        }),
      }),
      Type.Null(),
    ]),
    consent: Type.Union([
      Type.Object({
        noticeVersion: Type.String(),
        consentedAt: IsoDateTime,
        origin: Type.Union([Type.String(), Type.Null()], {
          description: 'The host page origin the question came from',
        }),
      }),
      Type.Null(),
    ]),
    answerHtml: Type.Union([Type.String(), Type.Null()]),
    citations: Type.Array(Citation),
    answerUnitId: Type.Union([Id, Type.Null()]),
    answeredAt: Type.Union([IsoDateTime, Type.Null()]),
    rejectionReason: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([IsoDateTime, Type.Null()]),
  },
  { $id: 'AdminQuestion' },
);

export const AdminQuestionList = ListOf(AdminQuestion, 'AdminQuestionList');

export const AdminQuestionQuery = Type.Object(
  {
    status: codeList(['pending', 'answered', 'rejected'], 'Which questions', {
      default: 'pending',
    }),
    unit: Type.Optional(Id),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const AnswerInput = Type.Object(
  {
    answerHtml: Type.String({ minLength: 1, maxLength: 50000, description: 'HTML, sanitized' }),
    citations: Type.Array(Id, {
      maxItems: 20,
      uniqueItems: true,
      description: 'Ids of the documents the answer relies on',
    }),
  },
  { $id: 'AnswerInput', additionalProperties: false },
);

export const RejectInput = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { $id: 'RejectInput', additionalProperties: false },
);

export type QuestionStatus = Static<typeof QuestionStatus>;
export type QuestionSubmission = Static<typeof QuestionSubmission>;
export type QuestionReceipt = Static<typeof QuestionReceipt>;
export type QuestionTracking = Static<typeof QuestionTracking>;
export type AltchaChallenge = Static<typeof AltchaChallenge>;
export type AdminQuestion = Static<typeof AdminQuestion>;
export type AdminQuestionQuery = Static<typeof AdminQuestionQuery>;
export type AnswerInput = Static<typeof AnswerInput>;
export type RejectInput = Static<typeof RejectInput>;
