/**
 * The widget types (src/api/types.ts) and the server's TypeBox schemas must describe the same
 * JSON. The type-level assertions fail `npm run typecheck`; the runtime checks fail vitest when
 * the shared fixtures no longer match the schemas.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as schema from '../../server/src/schemas/index.js';
import type * as api from '../../src/api/types.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function agree<S extends TSchema, T>(_schema: S, same: Same<Static<S>, T>) {
  return same;
}

describe('widget types agree with the API schemas', () => {
  it('matches every resource type', () => {
    expect(agree<typeof schema.Unit, api.Unit>(schema.Unit, true)).toBe(true);
    expect(agree<typeof schema.UnitDetail, api.UnitDetail>(schema.UnitDetail, true)).toBe(true);
    expect(agree<typeof schema.NewsSummary, api.NewsSummary>(schema.NewsSummary, true)).toBe(true);
    expect(agree<typeof schema.NewsDetail, api.NewsDetail>(schema.NewsDetail, true)).toBe(true);
    expect(
      agree<typeof schema.DocumentSummary, api.DocumentSummary>(schema.DocumentSummary, true),
    ).toBe(true);
    expect(
      agree<typeof schema.DocumentDetail, api.DocumentDetail>(schema.DocumentDetail, true),
    ).toBe(true);
    expect(
      agree<typeof schema.QuestionSummary, api.QuestionSummary>(schema.QuestionSummary, true),
    ).toBe(true);
    expect(
      agree<typeof schema.QuestionDetail, api.QuestionDetail>(schema.QuestionDetail, true),
    ).toBe(true);
    expect(
      agree<typeof schema.QuestionSubmission, api.QuestionSubmission>(
        schema.QuestionSubmission,
        true,
      ),
    ).toBe(true);
    expect(
      agree<typeof schema.QuestionReceipt, api.QuestionReceipt>(schema.QuestionReceipt, true),
    ).toBe(true);
    expect(
      agree<typeof schema.QuestionTracking, api.QuestionTracking>(schema.QuestionTracking, true),
    ).toBe(true);
    expect(agree<typeof schema.Material, api.Material>(schema.Material, true)).toBe(true);
    expect(agree<typeof schema.Taxonomies, api.Taxonomies>(schema.Taxonomies, true)).toBe(true);
    expect(agree<typeof schema.Problem, api.Problem>(schema.Problem, true)).toBe(true);
    // The widget's query type is what the server accepts, every key optional.
    expectTypeOf<Partial<Static<typeof schema.DocumentQuery>>>().toEqualTypeOf<api.DocumentQuery>();
    expectTypeOf<Partial<Static<typeof schema.MaterialQuery>>>().toEqualTypeOf<api.MaterialQuery>();
    expectTypeOf<Static<typeof schema.NewsList>>().toEqualTypeOf<
      api.ListResponse<api.NewsSummary>
    >();
  });

  it('validates with Ajv, as Fastify does, and rejects what the widget type would not accept', () => {
    const ajv = addFormats.default(new Ajv({ strict: false }));
    const check = ajv.compile(schema.NewsSummary);
    const news: api.NewsSummary = {
      id: 'tin-1',
      unitId: 'bo-tu-phap',
      unitName: 'Bộ Tư pháp',
      title: 'Tiêu đề',
      summary: 'Tóm tắt',
      category: 'hoat-dong',
      image: null,
      publishedAt: '2026-11-09T08:00:00+07:00',
    };
    expect(check(news)).toBe(true);
    expect(check({ ...news, category: 'khong-co' })).toBe(false);
    expect(check({ ...news, publishedAt: '9/11/2026' })).toBe(false);
  });
});
