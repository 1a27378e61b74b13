import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MAX_PAGE_SIZE } from '../../../src/api/codes.js';

/** A string enum from one of the shared code lists, so an unknown value is a 400. */
export function codeList<const T extends readonly string[]>(
  codes: T,
  description: string,
  options: { default?: T[number] } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...codes], description, ...options });
}

/** Slug identifiers: units, news, documents, questions, materials. */
export const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$', description: 'Slug id' });

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IsoDateTime = Type.String({
  format: 'date-time',
  description: 'ISO 8601 with offset',
});

export const Image = Type.Object(
  {
    url: Type.String({ description: 'Absolute or service-relative URL' }),
    alt: Type.String({ description: 'Text alternative; empty only for decorative images' }),
  },
  { $id: 'Image' },
);

// No $id: Taxonomies embeds Term seven times, and Ajv rejects a schema in which one $id occurs
// more than once ("resolves to more than one schema").
export const Term = Type.Object(
  { code: Type.String(), vi: Type.String(), en: Type.String() },
  { description: 'A code with its Vietnamese and English labels' },
);

export const FacetBucket = Type.Object(
  { value: Type.String(), count: Type.Integer({ minimum: 0 }) },
  { $id: 'FacetBucket' },
);

/** Facet name → buckets, e.g. `{ type: [{ value: 'luat', count: 12 }] }`. */
export const Facets = Type.Record(Type.String(), Type.Array(FacetBucket), { $id: 'Facets' });

/** The list envelope every collection answers with. */
export function ListOf<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      page: Type.Integer({ minimum: 1 }),
      pageSize: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE }),
      total: Type.Integer({ minimum: 0 }),
      facets: Type.Optional(Facets),
    },
    { $id: name },
  );
}

/** RFC 9457 problem details, served as application/problem+json. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI identifying the problem type' }),
    title: Type.String({ description: 'Short, human-readable summary (Vietnamese)' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          name: Type.String({ description: 'The parameter or field at fault' }),
          reason: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'Problem' },
);

/**
 * An integer in the query string. Ajv coerces "1e309" or 400 nines to Infinity, which passes
 * `type: integer` during coercion and skips minimum/maximum (they check only finite numbers):
 * the nested `allOf` checks the coerced value again, so Infinity is a 400, not a 500.
 */
function QueryInteger(options: { minimum: number; maximum: number; default: number }) {
  return Type.Integer({ ...options, allOf: [{ type: 'integer' }] });
}

export const PageQuery = {
  page: QueryInteger({ minimum: 1, maximum: 10000, default: 1 }),
  pageSize: QueryInteger({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 10 }),
};

export const ScopeQuery = {
  unit: Type.Optional(Id),
  // A string enum rather than a union of literals: one clear validation error, and OpenAPI
  // shows the allowed values.
  scope: codeList(
    ['inherited', 'own'],
    "inherited: the unit's items plus its ancestors' and national ones; own: the unit's alone",
    { default: 'inherited' },
  ),
};

export const SearchText = Type.String({ minLength: 1, maxLength: 200, description: 'Search text' });

export const IdParams = Type.Object({ id: Id });

export type Problem = Static<typeof Problem>;
export type Facets = Static<typeof Facets>;
