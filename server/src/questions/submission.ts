/**
 * Turning a validated submission body into what the store keeps: NFC text without control
 * characters, trimmed, with blank optional fields as null, plus the fingerprint that ties an
 * Idempotency-Key to one question.
 */
import { createHash } from 'node:crypto';
import { validationProblem } from '../problem.js';
import { QUESTION_LIMITS, type QuestionSubmission } from '../schemas/index.js';
import type { NewQuestion } from '../store/inbox.js';

/** NFC, CRLF → LF, control characters dropped (tabs and, when multiline, newlines kept), trimmed. */
export function cleanText(value: string, multiline = false): string {
  let out = '';
  for (const ch of value.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code < 0xa0);
    if (!control || ch === '\t' || (multiline && ch === '\n')) out += ch;
    else if (ch === '\n') out += ' ';
  }
  return out.trim();
}

export type CleanSubmission = Omit<NewQuestion, 'origin' | 'ip'>;

/** Cleans the text and checks what the schema cannot: lengths after trimming, email or phone. */
export function cleanSubmission(body: QuestionSubmission): CleanSubmission {
  const clean: CleanSubmission = {
    unitId: body.unit,
    title: cleanText(body.title),
    question: cleanText(body.question, true),
    field: body.field,
    name: cleanText(body.name),
    email: cleanText(body.email ?? '') || null,
    phone: cleanText(body.phone ?? '') || null,
    noticeVersion: body.noticeVersion,
  };
  const errors: { name: string; reason: string }[] = [];
  for (const name of ['title', 'question', 'name'] as const) {
    const min = QUESTION_LIMITS[name].minLength;
    if ([...clean[name]].length < min) {
      errors.push({ name, reason: `phải có ít nhất ${min} ký tự` });
    }
  }
  if (!clean.email && !clean.phone) {
    const reason = 'cần nhập thư điện tử hoặc số điện thoại';
    errors.push({ name: 'email', reason }, { name: 'phone', reason });
  }
  if (errors.length) throw validationProblem(errors);
  return clean;
}

/**
 * SHA-256 of the submission without its proof of work: the proof is a transport token, so a
 * retry that had to solve a fresh challenge is still "the same body" and gets the stored answer.
 */
export function fingerprint(clean: CleanSubmission): string {
  const entries = Object.entries(clean).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}
