import { Type, type Static } from '@sinclair/typebox';
import { codesOf } from '../../../src/api/codes.js';
import { NEWS_CATEGORY_LABELS } from '../../../src/api/labels.js';
import {
  codeList,
  Id,
  Image,
  IsoDateTime,
  ListOf,
  PageQuery,
  ScopeQuery,
  SearchText,
} from './common.js';

export const NewsCategory = codeList(codesOf(NEWS_CATEGORY_LABELS), 'News category');

export const NewsSummary = Type.Object(
  {
    id: Id,
    unitId: Id,
    unitName: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    category: NewsCategory,
    image: Type.Union([Image, Type.Null()]),
    publishedAt: IsoDateTime,
  },
  { $id: 'NewsSummary' },
);

export const NewsDetail = Type.Composite(
  [
    NewsSummary,
    Type.Object({
      bodyHtml: Type.String({ description: 'Sanitized HTML (allow-list) of the article body' }),
      author: Type.Union([Type.String(), Type.Null()]),
    }),
  ],
  { $id: 'NewsDetail' },
);

export const NewsList = ListOf(NewsSummary, 'NewsList');

export const NewsQuery = Type.Object(
  {
    ...ScopeQuery,
    category: Type.Optional(NewsCategory),
    q: Type.Optional(SearchText),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export type NewsSummary = Static<typeof NewsSummary>;
export type NewsDetail = Static<typeof NewsDetail>;
export type NewsList = Static<typeof NewsList>;
export type NewsQuery = Static<typeof NewsQuery>;
