import { Type, type Static } from '@sinclair/typebox';
import { codesOf } from '../../../src/api/codes.js';
import { MATERIAL_KIND_LABELS } from '../../../src/api/labels.js';
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
import { LegalField } from './documents.js';

export const MaterialKind = codeList(
  codesOf(MATERIAL_KIND_LABELS),
  'Kind of dissemination material',
);

export const Material = Type.Object(
  {
    id: Id,
    unitId: Id,
    unitName: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    kind: MaterialKind,
    fields: Type.Array(LegalField),
    thumbnail: Type.Union([Image, Type.Null()]),
    file: Type.Union([
      Type.Object({
        url: Type.String(),
        format: Type.String({ description: 'pdf, docx, pptx, png…' }),
        size: Type.Integer({ minimum: 0, description: 'Bytes' }),
      }),
      Type.Null(),
    ]),
    media: Type.Union([
      Type.Object({
        url: Type.String(),
        mimeType: Type.String(),
        duration: Type.Integer({ minimum: 0, description: 'Seconds' }),
        captionsUrl: Type.Union([Type.String(), Type.Null()], { description: 'WebVTT' }),
        transcript: Type.Union([Type.String(), Type.Null()]),
      }),
      Type.Null(),
    ]),
    publishedAt: IsoDateTime,
  },
  { $id: 'Material' },
);

export const MaterialList = ListOf(Material, 'MaterialList');

export const MaterialQuery = Type.Object(
  {
    ...ScopeQuery,
    kind: Type.Optional(MaterialKind),
    field: Type.Optional(LegalField),
    q: Type.Optional(SearchText),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export type Material = Static<typeof Material>;
export type MaterialList = Static<typeof MaterialList>;
export type MaterialQuery = Static<typeof MaterialQuery>;
