/**
 * The ask form of <pbgdpl-legal-qa>, its validation, its sending and what came of it: a chunk of
 * its own, loaded when the citizen first opens the form, or at once when an earlier visit left
 * submissions queued (see hasQueued). The proof-of-work code loads from here, later still.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import { LEGAL_FIELDS } from '../../api/field-codes.js';
import type { LegalField, QuestionReceipt } from '../../api/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import type { AskTranslation, QaFieldName, QaTranslation } from '../../i18n/translation.js';
import { viAsk } from '../../i18n/vi-ask.js';
import { fieldNames } from '../shared/labels.js';
import { NOTICE_VERSION } from './common.js';
import {
  type DraftFields,
  loadDraft,
  Outbox,
  type OutboxEvent,
  type QuestionDraft,
  type Sender,
  saveDraft,
} from './outbox.js';
import { PbgdplQuestionSubmitEvent } from '../../events/question-submit.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s.()-]{8,20}$/;
const DRAFT_FIELDS: readonly string[] = ['title', 'question', 'field', 'name', 'email', 'phone'];

type Errors = Partial<Record<QaFieldName, string>>;
type Outcome =
  | { kind: 'sending' }
  | { kind: 'queued'; retryIn: number; throttled: boolean }
  | { kind: 'sent'; receipt: QuestionReceipt }
  | { kind: 'failed'; message: string };

/** What the form needs of its element, read when needed. */
export interface AskHost {
  client(): ApiClient;
  unit(): string | undefined;
  field(): LegalField | undefined;
  strings(): QaTranslation;
  i18n(): LocalizeController;
  /** The aria-level of the form's headings. */
  level(): number;
  canAsk(): boolean;
  /** The unit's name for the privacy notice, once known. */
  unitName(): string | undefined;
  noticeUrl(): string;
  /** Renders the element again. */
  update(): void;
  /** Moves focus there after the next render. */
  focus(target: 'error' | 'outcome'): void;
  switchTo(view: 'ask' | 'track', code?: string): void;
  /** Dispatches an event from the element. */
  dispatch(event: Event): void;
}

/**
 * The form of one service and unit, with its draft and its outbox (a queue left by an earlier
 * visit is sent as soon as this is made).
 */
export class AskForm {
  private readonly outbox: Outbox;
  /** A proof solved ahead, while the citizen types; each proof is used once. */
  private prepared?: Promise<string>;
  private values: DraftFields;
  private consent = false;
  private errors: Errors = {};
  private outcome?: Outcome;
  private proving = false;

  /** The section's strings and the form's own (Vietnamese ones travel with this chunk). */
  private get strings(): QaTranslation & AskTranslation {
    return { ...this.host.strings(), ...(this.host.i18n().t.ask ?? viAsk) };
  }

  constructor(
    private readonly host: AskHost,
    private readonly namespace: string,
  ) {
    this.values = loadDraft(namespace) ?? {};
    this.outbox = new Outbox({ namespace, send: this.send, onEvent: this.handleOutbox });
    if (this.outbox.queue.length) this.outcome = { kind: 'queued', retryIn: 0, throttled: false };
    this.outbox.start();
  }

  /** The element left the page: no more retries (the queue stays stored). */
  stop(): void {
    this.outbox.stop();
  }

  /** The citizen opened the form: a new question after a sent or refused one; a proof ahead. */
  opened(): void {
    if (this.outcome?.kind === 'sent' || this.outcome?.kind === 'failed') this.outcome = undefined;
    this.prepareProof();
  }

  /** Sent or queued, shown wherever the citizen is (a queue may be sent on a later visit). */
  renderBanner(): unknown {
    const o = this.outcome;
    return o?.kind === 'sent' || o?.kind === 'queued' ? this.renderOutcome() : nothing;
  }

  /** Under the form's heading: what came of sending, or the form. */
  render(): TemplateResult | typeof nothing {
    const o = this.outcome;
    return o?.kind === 'sent' || o?.kind === 'queued' ? this.renderOutcome() : this.renderForm();
  }

  private readonly handleConsent = (event: Event): void => {
    this.consent = (event.target as HTMLInputElement).checked;
    this.host.update();
  };

  private readonly send: Sender = async (entry, signal) => {
    const altcha = await this.takeProof(signal);
    return this.host
      .client()
      .post<QuestionReceipt>(
        'questions',
        { ...entry.body, altcha },
        { signal, headers: { 'idempotency-key': entry.key } },
      );
  };

  private readonly handleOutbox = (event: OutboxEvent): void => {
    const q = this.strings;
    if (event.kind === 'sent') {
      this.outcome = { kind: 'sent', receipt: event.receipt };
      const { trackingCode } = event.receipt;
      this.host.dispatch(new PbgdplQuestionSubmitEvent({ trackingCode }));
      saveDraft(this.namespace, undefined);
      this.values = {};
      this.consent = false;
    } else if (event.kind === 'queued') {
      const throttled = event.error.status === 429;
      this.outcome = { kind: 'queued', retryIn: event.retryIn, throttled };
    } else {
      // Refused: the citizen gets the form back as it was, with the reasons.
      this.values = { ...event.entry.body };
      this.consent = false;
      const errors: Errors = {};
      for (const { name, reason } of event.error.problem?.errors ?? []) {
        const field = name === 'email' || name === 'phone' ? 'contact' : name;
        if (field in q.errors) errors[field as QaFieldName] = reason;
      }
      this.errors = errors;
      this.outcome = {
        kind: 'failed',
        message: q.rejected(event.error.problem?.detail ?? event.error.problem?.title ?? ''),
      };
      saveDraft(this.namespace, this.values);
    }
    this.host.focus(event.kind === 'failed' ? 'error' : 'outcome');
  };

  private readonly handleInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name as keyof DraftFields;
    // What the citizen typed; never the consent box or the honeypot.
    if (!DRAFT_FIELDS.includes(name)) return;
    this.values = { ...this.values, [name]: target.value };
    saveDraft(this.namespace, this.values);
    this.host.update();
  };

  private readonly handleAsk = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const errors = this.validate();
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.outcome = undefined;
      this.host.focus('error');
      return;
    }
    const v = this.values;
    const honeypot = form.elements.namedItem('website');
    const body: QuestionDraft = {
      unit: this.host.unit() ?? '',
      title: (v.title ?? '').trim(),
      question: (v.question ?? '').trim(),
      field: v.field ?? (this.host.field() as LegalField),
      name: (v.name ?? '').trim(),
      ...(v.email?.trim() ? { email: v.email.trim() } : {}),
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      consent: true,
      noticeVersion: NOTICE_VERSION,
      website: honeypot instanceof HTMLInputElement ? honeypot.value : '',
    };
    // The outbox holds it from here: the draft is not kept beside it.
    saveDraft(this.namespace, undefined);
    this.outcome = { kind: 'sending' };
    this.host.update();
    await this.outbox.submit(body);
  };

  private prepareProof(): void {
    this.prepared ??= this.newProof();
    // A failed early proof (offline) is not kept: the send fetches its own.
    this.prepared.catch(() => (this.prepared = undefined));
  }

  private async newProof(signal?: AbortSignal): Promise<string> {
    const [{ solve }, challenge] = await Promise.all([
      import('./proof.js'),
      this.host.client().challenge({ signal }),
    ]);
    return solve(challenge, signal);
  }

  private async takeProof(signal: AbortSignal): Promise<string> {
    const prepared = this.prepared;
    this.prepared = undefined;
    this.proving = true;
    this.host.update();
    try {
      return (await prepared?.catch(() => undefined)) ?? (await this.newProof(signal));
    } finally {
      this.proving = false;
      this.host.update();
    }
  }

  private validate(): Errors {
    const e = this.strings.errors;
    const v = this.values;
    const length = (value: string | undefined, min: number, max: number) => {
      const n = [...(value ?? '').trim()].length;
      return n >= min && n <= max;
    };
    const errors: Errors = {};
    if (!length(v.title, 5, 200)) errors.title = e.title;
    if (!length(v.question, 10, 4000)) errors.question = e.question;
    if (!(v.field ?? this.host.field())) errors.field = e.field;
    if (!length(v.name, 1, 100)) errors.name = e.name;
    const email = v.email?.trim();
    const phone = v.phone?.trim();
    if (
      (!email && !phone) ||
      (email && (!EMAIL.test(email) || email.length > 254)) ||
      (phone && !PHONE.test(phone))
    ) {
      errors.contact = e.contact;
    }
    if (!this.consent) errors.consent = e.consent;
    return errors;
  }

  renderOutcome(): TemplateResult | typeof nothing {
    const q = this.strings;
    const o = this.outcome;
    if (o?.kind === 'sent') {
      const code = o.receipt.trackingCode;
      return html`<div part="outcome" class="outcome" role="status">
        <div
          id="outcome"
          class="subheading"
          role="heading"
          aria-level=${this.host.level()}
          tabindex="-1"
        >
          ${q.sentHeading}
        </div>
        <p>${q.trackingCode}: <strong part="tracking-code" class="code">${code}</strong></p>
        <p>${q.sentHelp}</p>
        <div class="row">
          <button
            type="button"
            class="button primary"
            @click=${() => this.host.switchTo('track', code)}
          >
            ${q.track}
          </button>
          ${
            this.host.canAsk()
              ? html`<button type="button" class="button" @click=${() => this.host.switchTo('ask')}>
                  ${q.askAnother}
                </button>`
              : nothing
          }
        </div>
      </div>`;
    }
    if (o?.kind === 'queued') {
      const message = o.throttled
        ? q.throttled(this.host.i18n().number(Math.ceil(o.retryIn / 1000)))
        : q.queued;
      return html`<div part="outcome" class="outcome">
        <p id="outcome" role="status" tabindex="-1">${message}</p>
        <button type="button" class="button" @click=${() => void this.outbox.flush()}>
          ${q.retryNow}
        </button>
      </div>`;
    }
    return nothing;
  }

  private renderForm(): TemplateResult {
    const q = this.strings;
    const v = this.values;
    const errors = this.errors;
    const count = Object.keys(errors).length;
    const sending = this.outcome?.kind === 'sending';
    const controller = this.host.unitName() ?? q.controllerFallback;
    const notice = this.host.noticeUrl();
    const described = (name: QaFieldName, hint?: string) =>
      [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || nothing;
    const error = (name: QaFieldName) =>
      errors[name] ? html`<p id="${name}-error" class="field-error">${errors[name]}</p>` : nothing;
    const required = html` <span class="hint">${q.required}</span>`;
    return html`<form
      part="form"
      class="form"
      novalidate
      @submit=${this.handleAsk}
      @input=${this.handleInput}
    >
      <p>${q.askIntro}</p>
      <div role="alert">
        ${count ? html`<p class="summary">${q.errorSummary(this.host.i18n().number(count), count)}</p>` : nothing}
        ${
          this.outcome?.kind === 'failed'
            ? html`<p id="form-error" class="summary" tabindex="-1">${this.outcome.message}</p>`
            : nothing
        }
      </div>
      <div>
        <label class="label" for="title">${q.title}${required}</label>
        <input
          id="title"
          name="title"
          class="input"
          maxlength="200"
          autocomplete="off"
          aria-invalid=${!!errors.title}
          aria-describedby=${described('title', 'title-hint')}
          .value=${v.title ?? ''}
        />
        <p id="title-hint" class="hint">${q.titleHint}</p>
        ${error('title')}
      </div>
      <div>
        <label class="label" for="question">${q.question}${required}</label>
        <textarea
          id="question"
          name="question"
          class="input"
          rows="6"
          maxlength="4000"
          aria-invalid=${!!errors.question}
          aria-describedby=${described('question', 'question-hint')}
          .value=${v.question ?? ''}
        ></textarea>
        <p id="question-hint" class="hint">${q.questionHint}</p>
        ${error('question')}
      </div>
      <div>
        <label class="label" for="field">${q.field}${required}</label>
        <select
          id="field"
          name="field"
          class="input"
          aria-invalid=${!!errors.field}
          aria-describedby=${described('field')}
        >
          <option value="">${q.chooseField}</option>
          ${LEGAL_FIELDS.map(
            (code) =>
              html`<option value=${code} ?selected=${code === (v.field ?? this.host.field())}>
                ${fieldNames(this.host.i18n())[code]}
              </option>`,
          )}
        </select>
        ${error('field')}
      </div>
      <div>
        <label class="label" for="name">${q.name}${required}</label>
        <input
          id="name"
          name="name"
          class="input"
          maxlength="100"
          autocomplete="name"
          aria-invalid=${!!errors.name}
          aria-describedby=${described('name')}
          .value=${v.name ?? ''}
        />
        ${error('name')}
      </div>
      <fieldset aria-describedby=${described('contact', 'contact-hint')}>
        <legend class="label">${q.email} / ${q.phone}</legend>
        <p id="contact-hint" class="hint">${q.contactHint}</p>
        <label class="label" for="email">${q.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          class="input"
          maxlength="254"
          autocomplete="email"
          aria-invalid=${!!errors.contact}
          aria-describedby=${described('contact', 'contact-hint')}
          .value=${v.email ?? ''}
        />
        <label class="label" for="phone">${q.phone}</label>
        <input
          id="phone"
          name="phone"
          type="tel"
          class="input"
          maxlength="20"
          autocomplete="tel"
          aria-invalid=${!!errors.contact}
          aria-describedby=${described('contact', 'contact-hint')}
          .value=${v.phone ?? ''}
        />
        ${error('contact')}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <div part="notice" class="notice">
        <p id="notice">${q.notice(controller)}</p>
        <p><a href=${notice} target="_blank" rel="noopener">${q.noticeLink}</a></p>
      </div>
      <div>
        <div class="consent">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            .checked=${this.consent}
            aria-invalid=${!!errors.consent}
            aria-describedby=${described('consent', 'notice')}
            @change=${this.handleConsent}
          />
          <label for="consent">${q.consent}</label>
        </div>
        ${error('consent')}
      </div>
      <p class="hint">${q.draftSaved}</p>
      <button part="submit" class="button primary" type="submit" aria-disabled=${sending}>
        ${q.submit}
      </button>
      <p role="status">${sending ? (this.proving ? q.proving : q.sending) : ''}</p>
    </form>`;
  }
}
