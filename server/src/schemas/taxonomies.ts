import { Type, type Static } from '@sinclair/typebox';
import { Term } from './common.js';

/** Labels (vi, en) for every code list of the API. */
export const Taxonomies = Type.Object(
  {
    unitKinds: Type.Array(Term),
    newsCategories: Type.Array(Term),
    documentTypes: Type.Array(Term),
    documentStatuses: Type.Array(Term),
    issuers: Type.Array(Term),
    fields: Type.Array(Term),
    materialKinds: Type.Array(Term),
  },
  { $id: 'Taxonomies' },
);

export const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    version: Type.String(),
    database: Type.String({ description: 'Which store answers: sqlite or postgres' }),
  },
  { $id: 'Health' },
);

export type Taxonomies = Static<typeof Taxonomies>;
export type Health = Static<typeof Health>;
