/** Realistic requests, shared by `bench:search` and `bench`. */
import type { DocumentQuery } from '../src/schemas/index.js';

/** The news feed's first request on the demo page. */
export const NEWS_LIST = '/api/v1/news?unit=ninh-binh';

export type Params = Partial<Omit<DocumentQuery, 'scope' | 'page' | 'pageSize'>> & {
  page?: number;
  pageSize?: number;
};

export interface SearchClass {
  name: string;
  queries: Params[];
}

export const SEARCH_CLASSES: SearchClass[] = [
  {
    name: 'selective',
    queries: [
      { q: 'bảo vệ dữ liệu cá nhân' },
      { q: 'giấy phép lái xe' },
      { q: 'hạn mức giao đất ở' },
      { q: 'hòa giải ở cơ sở', unit: 'ninh-binh' },
    ],
  },
  {
    name: 'broad',
    queries: [{ q: 'quy định' }, { q: 'tinh' }, { q: 'ubnd' }, { q: 'phap luat' }],
  },
  {
    name: 'document number',
    queries: [{ q: '31/2024/QH15' }, { q: '13/2023/nd-cp' }, { q: '168-2024-ND-CP' }],
  },
  {
    name: 'no diacritics',
    queries: [{ q: 'luat dat dai' }, { q: 'duong bo' }, { q: 'bao hiem xa hoi' }],
  },
  {
    name: 'filters, no text',
    queries: [
      {},
      { type: 'quyet-dinh' },
      { field: 'dat-dai', status: 'in-force' },
      { unit: 'ha-noi' },
      { issuer: 'ubnd-tinh', from: '2024-01-01', to: '2024-12-31' },
      { view: 'new' },
    ],
  },
  {
    name: 'deep page',
    queries: [
      { page: 1000, pageSize: 50 },
      { q: 'ubnd', page: 400, pageSize: 50 },
      { type: 'cong-van', page: 300, pageSize: 20 },
    ],
  },
];

export function documentsPath(params: Params): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) search.set(k, String(v));
  const qs = search.toString();
  return `/api/v1/documents${qs ? `?${qs}` : ''}`;
}
