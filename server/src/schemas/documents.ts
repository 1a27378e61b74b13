import { Type, type Static } from '@sinclair/typebox';
import { ATTACHMENT_FORMATS, codesOf, DOCUMENT_RELATION_KINDS } from '../../../src/api/codes.js';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  LEGAL_FIELD_LABELS,
} from '../../../src/api/labels.js';
import { codeList, Id, IsoDate, ListOf, PageQuery, ScopeQuery, SearchText } from './common.js';

export const DocumentType = codeList(
  codesOf(DOCUMENT_TYPE_LABELS),
  'Form of the document (hình thức văn bản)',
);
export const DocumentStatus = codeList(
  codesOf(DOCUMENT_STATUS_LABELS),
  'Validity status (tình trạng hiệu lực)',
);
export const IssuerCode = codeList(codesOf(ISSUER_LABELS), 'Issuing body (cơ quan ban hành)');
export const LegalField = codeList(codesOf(LEGAL_FIELD_LABELS), 'Field of law (lĩnh vực)');

export const DocumentSummary = Type.Object(
  {
    id: Id,
    unitId: Id,
    number: Type.String({ description: 'Số ký hiệu, e.g. 31/2024/QH15' }),
    title: Type.String({ description: 'Trích yếu' }),
    type: DocumentType,
    issuers: Type.Array(IssuerCode, { minItems: 1 }),
    issuedDate: IsoDate,
    effectiveDate: Type.Union([IsoDate, Type.Null()]),
    status: DocumentStatus,
    fields: Type.Array(LegalField),
    summary: Type.String(),
  },
  { $id: 'DocumentSummary' },
);

export const Signer = Type.Object({ name: Type.String(), title: Type.String() }, { $id: 'Signer' });

export const Attachment = Type.Object(
  {
    name: Type.String(),
    url: Type.String(),
    format: codeList(ATTACHMENT_FORMATS, 'File format'),
    size: Type.Integer({ minimum: 0, description: 'Bytes' }),
  },
  { $id: 'Attachment' },
);

export const DocumentRelation = Type.Object(
  {
    kind: codeList(DOCUMENT_RELATION_KINDS, 'How this document relates to the other'),
    id: Type.Union([Id, Type.Null()], { description: 'Null when the other is not in the corpus' }),
    number: Type.String(),
    title: Type.String(),
  },
  { $id: 'DocumentRelation' },
);

export const DocumentDetail = Type.Composite(
  [
    DocumentSummary,
    Type.Object({
      signers: Type.Array(Signer),
      expiryDate: Type.Union([IsoDate, Type.Null()]),
      gazetteNo: Type.Union([Type.String(), Type.Null()]),
      gazetteDate: Type.Union([IsoDate, Type.Null()]),
      attachments: Type.Array(Attachment),
      sourceUrl: Type.String({ description: 'The official record (vbpl.vn or the issuer)' }),
      relations: Type.Array(DocumentRelation),
    }),
  ],
  { $id: 'DocumentDetail' },
);

export const DocumentList = ListOf(DocumentSummary, 'DocumentList');

/** An issue-date bound: a real calendar date in a plausible range, else a 400. */
const QueryDate = Type.String({
  format: 'date',
  pattern: '^(19|20)\\d{2}-',
  description: 'YYYY-MM-DD, years 1900 to 2099',
});

export const DocumentQuery = Type.Object(
  {
    ...ScopeQuery,
    type: Type.Optional(DocumentType),
    issuer: Type.Optional(IssuerCode),
    field: Type.Optional(LegalField),
    status: Type.Optional(DocumentStatus),
    from: Type.Optional(QueryDate),
    to: Type.Optional(QueryDate),
    q: Type.Optional(SearchText),
    view: Type.Optional(
      codeList(
        ['new', 'upcoming'],
        'new: issued in the last 90 days; upcoming: taking effect today or in the next 30 days (dates in Vietnam time)',
      ),
    ),
    sort: Type.Optional(
      codeList(
        ['issued', 'effective', 'relevance'],
        'Default: relevance when q is given, else effective date ascending for view=upcoming, else issued date (newest first)',
      ),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export type DocumentSummary = Static<typeof DocumentSummary>;
export type DocumentDetail = Static<typeof DocumentDetail>;
export type DocumentList = Static<typeof DocumentList>;
export type DocumentQuery = Static<typeof DocumentQuery>;
