/**
 * The official record of one document in the list's detail view: its fields, summary,
 * attachments, relations and source. A chunk of its own, fetched beside the document, so a page
 * that only lists and searches documents never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import type { DocumentDetail, DocumentRelation, DocumentStatus, Issuer } from '../../api/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import type { DocumentRecordTranslation, DocumentsTranslation } from '../../i18n/translation.js';
import { viDocumentRecord } from '../../i18n/vi-document-record.js';
import { fileSize } from '../shared/file-size.js';
import { fieldNames, labelOf } from '../shared/labels.js';

/** What the record needs of the document list, which draws the same parts in its list. */
export interface RecordHost {
  strings: DocumentsTranslation;
  i18n: LocalizeController;
  client: ApiClient;
  /** The aria-level of the record's subheadings. */
  level: number;
  day(date: string | null): TemplateResult | string;
  badge(status: DocumentStatus): TemplateResult;
  issuers(codes: readonly Issuer[]): string;
  /** A link that opens a related document in place. */
  link(id: string, relation: DocumentRelation): TemplateResult;
}

export function renderRecord(item: DocumentDetail, host: RecordHost): TemplateResult {
  const { i18n, level } = host;
  const record = i18n.t.documentRecord ?? viDocumentRecord;
  // Row labels come from both: the list's (type, issuer, dates) and the record's own.
  const d = { ...host.strings, ...record };
  const row = (label: string, value: unknown) =>
    html`<div class="row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl part="fields" class="fields">
      ${row(d.number, item.number)} ${row(d.type, labelOf(d.types, item.type))}
      ${row(d.issuer, host.issuers(item.issuers))}
      ${item.signers.length ? row(d.signers, item.signers.map((s) => `${s.name} (${s.title})`).join('; ')) : nothing}
      ${row(d.issued, host.day(item.issuedDate))} ${row(d.effective, host.day(item.effectiveDate))}
      ${item.expiryDate ? row(d.expiry, host.day(item.expiryDate)) : nothing}
      ${
        item.gazetteNo
          ? row(
              d.gazette,
              d.gazetteValue(
                item.gazetteNo,
                item.gazetteDate ? i18n.date(item.gazetteDate) : d.undetermined,
              ),
            )
          : nothing
      }
      ${row(d.status, host.badge(item.status))}
      ${row(d.fields, item.fields.map((code) => labelOf(fieldNames(i18n), code)).join(', '))}
    </dl>
    <div class="block">
      <div class="subheading" role="heading" aria-level=${level}>${d.summary}</div>
      <p part="summary" class="summary">${item.summary}</p>
    </div>
    ${
      item.attachments.length
        ? html`<div class="block">
            <div class="subheading" role="heading" aria-level=${level}>${d.attachments}</div>
            <ul part="attachments" class="files">
              ${item.attachments.map(
                (file) =>
                  html`<li>
                    <a href=${host.client.resolve(file.url)} download
                      >${file.name}
                      <span>(${file.format.toUpperCase()}, ${fileSize(i18n, file.size)})</span></a
                    >
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${renderRelations(item.relations, record, host)}
    <p>
      <a part="source" class="source" href=${item.sourceUrl} target="_blank" rel="noopener"
        >${d.source}<span class="visually-hidden"> ${d.newTab}</span
        ><span aria-hidden="true"> ↗</span></a
      >
    </p>`;
}

/** Related documents by kind of relation; those in the database open in place. */
function renderRelations(
  relations: readonly DocumentRelation[],
  { relations: labels, related }: DocumentRecordTranslation,
  host: RecordHost,
): TemplateResult | typeof nothing {
  if (!relations.length) return nothing;
  const kinds = (Object.keys(labels) as (keyof typeof labels)[]).filter((kind) =>
    relations.some((relation) => relation.kind === kind),
  );
  return html`<div class="block">
    <div class="subheading" role="heading" aria-level=${host.level}>${related}</div>
    <dl part="related" class="related">
      ${kinds.map(
        (kind) =>
          html`<dt>${labels[kind]}</dt>
            <dd>
              <ul>
                ${relations
                  .filter((relation) => relation.kind === kind)
                  .map(
                    (relation) =>
                      html`<li>
                        ${
                          relation.id
                            ? host.link(relation.id, relation)
                            : html`<span class="number">${relation.number}</span> ${relation.title}`
                        }
                      </li>`,
                  )}
              </ul>
            </dd>`,
      )}
    </dl>
  </div>`;
}
