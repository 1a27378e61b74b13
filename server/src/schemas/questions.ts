import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDateTime, ListOf, PageQuery, ScopeQuery, SearchText } from './common.js';
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
