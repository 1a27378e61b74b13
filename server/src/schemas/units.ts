import { Type, type Static } from '@sinclair/typebox';
import { codesOf, UNIT_KIND_LABELS } from '../../../src/api/codes.js';
import { codeList, Id, ListOf, PageQuery, SearchText } from './common.js';

export const UnitKind = codeList(codesOf(UNIT_KIND_LABELS), 'Level in the unit tree');

export const Unit = Type.Object(
  {
    id: Id,
    code: Type.String({ description: 'Administrative code where one exists, else the id' }),
    name: Type.String({ description: 'Vietnamese name' }),
    nameEn: Type.String({ description: 'English name' }),
    kind: UnitKind,
    parentId: Type.Union([Id, Type.Null()]),
    website: Type.Union([Type.String(), Type.Null()], { description: "The unit's own website" }),
  },
  { $id: 'Unit' },
);

export const UnitRef = Type.Object(
  { id: Id, name: Type.String(), kind: UnitKind },
  { $id: 'UnitRef' },
);

export const UnitDetail = Type.Composite(
  [
    Unit,
    Type.Object({
      ancestors: Type.Array(UnitRef, { description: 'From the national level down to the parent' }),
      childCount: Type.Integer({ minimum: 0 }),
    }),
  ],
  { $id: 'UnitDetail' },
);

export const UnitList = ListOf(Unit, 'UnitList');

export const UnitQuery = Type.Object(
  {
    kind: Type.Optional(UnitKind),
    parent: Type.Optional(Id),
    q: Type.Optional(SearchText),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export type Unit = Static<typeof Unit>;
export type UnitRef = Static<typeof UnitRef>;
export type UnitDetail = Static<typeof UnitDetail>;
export type UnitList = Static<typeof UnitList>;
export type UnitQuery = Static<typeof UnitQuery>;
