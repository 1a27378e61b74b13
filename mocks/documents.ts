/**
 * MSW handlers for `/api/v1/documents` and `/api/v1/documents/:id`, answering like the server
 * from the sample documents: unit scope, filters, views relative to SAMPLE_TODAY, a folded
 * search, sorts, facets counted over the other filters, pages and problems for bad input.
 */
import { http, HttpResponse } from 'msw';
import type { Label } from '../src/api/codes.js';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  LEGAL_FIELD_LABELS,
} from '../src/api/labels.js';
import type { DocumentDetail, Facets, ListResponse, DocumentSummary } from '../src/api/types.js';
import { fold } from '../src/text/fold.js';
import { documents, SAMPLE_TODAY, toDocumentSummary } from './fixtures/documents.js';
import { unitLineage } from './fixtures/units.js';
import { paging, problem, withEtag } from './respond.js';

const API = '*/api/v1';

/** As the server does: folded, and every run of other characters one space. */
const searchText = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Check = (d: DocumentDetail) => boolean;
interface Facet {
  labels: Record<string, Label>;
  values: (d: DocumentDetail) => readonly string[];
}
const FACETS: Record<'type' | 'issuer' | 'field' | 'status', Facet> = {
  type: { labels: DOCUMENT_TYPE_LABELS, values: (d: DocumentDetail) => [d.type] },
  issuer: { labels: ISSUER_LABELS, values: (d: DocumentDetail) => d.issuers },
  field: { labels: LEGAL_FIELD_LABELS, values: (d: DocumentDetail) => d.fields },
  status: { labels: DOCUMENT_STATUS_LABELS, values: (d: DocumentDetail) => [d.status] },
};
type FacetName = keyof typeof FACETS;
const FACET_NAMES = Object.keys(FACETS) as FacetName[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = http.get(`${API}/documents`, ({ request }) => {
  const params = new URL(request.url).searchParams;
  const get = (name: string) => params.get(name) ?? undefined;
  const pages = paging(new URL(request.url));
  if (pages instanceof HttpResponse) return pages;
  const { page, pageSize } = pages;

  // Filters by facet, so that each facet can be counted over the others.
  const byFacet: Partial<Record<FacetName, Check>> = {};
  for (const name of FACET_NAMES) {
    const value = get(name);
    if (value === undefined) continue;
    if (!(value in FACETS[name].labels)) {
      return problem(400, `Tham số ${name} không hợp lệ`, `Không có giá trị "${value}".`);
    }
    byFacet[name] = (d) => FACETS[name].values(d).includes(value);
  }

  const checks: Check[] = [];
  const unit = get('unit');
  if (unit) {
    const visible = get('scope') === 'own' ? [unit] : unitLineage(unit);
    checks.push((d) => visible.includes(d.unitId));
  }
  const from = get('from');
  const to = get('to');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) {
      return problem(400, `Tham số ${name} không hợp lệ`, 'Ngày phải có dạng YYYY-MM-DD.');
    }
  }
  if (from && to && from > to) return problem(400, 'Tham số from không hợp lệ');
  if (from) checks.push((d) => d.issuedDate >= from);
  if (to) checks.push((d) => d.issuedDate <= to);

  const view = get('view');
  if (view === 'new') {
    const since = addDays(SAMPLE_TODAY, -90);
    checks.push((d) => d.issuedDate >= since && d.issuedDate <= SAMPLE_TODAY);
  } else if (view === 'upcoming') {
    const until = addDays(SAMPLE_TODAY, 30);
    checks.push(
      (d) => !!d.effectiveDate && d.effectiveDate >= SAMPLE_TODAY && d.effectiveDate <= until,
    );
  } else if (view !== undefined) {
    return problem(400, 'Tham số view không hợp lệ');
  }

  const q = get('q');
  const words = q === undefined ? [] : searchText(q).split(' ').filter(Boolean);
  if (q !== undefined) {
    checks.push((d) => {
      const text = searchText(`${d.number} ${d.title} ${d.summary}`);
      return words.every((word) => text.includes(word));
    });
  }

  const matches = (d: DocumentDetail, except?: FacetName) =>
    checks.every((check) => check(d)) &&
    FACET_NAMES.every((name) => name === except || !byFacet[name] || byFacet[name](d));

  const facets: Facets = {};
  for (const name of FACET_NAMES) {
    const counts = new Map<string, number>();
    for (const d of documents.filter((doc) => matches(doc, name))) {
      for (const value of FACETS[name].values(d)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }

  const sort =
    get('sort') ?? (q !== undefined ? 'relevance' : view === 'upcoming' ? 'soonest' : 'issued');
  const numberKey = searchText(q ?? '').replace(/ /g, '');
  const phrase = words.join(' ');
  // As the server ranks: the exact number, then the title itself, then a phrase match.
  const rank = (d: DocumentDetail) => {
    if (searchText(d.number).replace(/ /g, '') === numberKey) return 0;
    if (searchText(d.title) === phrase) return 1;
    return searchText(`${d.number} ${d.title} ${d.summary}`).includes(phrase) ? 2 : 3;
  };
  const byIssued = (a: DocumentDetail, b: DocumentDetail) =>
    b.issuedDate.localeCompare(a.issuedDate) || a.id.localeCompare(b.id);
  const orders: Record<string, (a: DocumentDetail, b: DocumentDetail) => number> = {
    issued: byIssued,
    relevance: (a, b) => rank(a) - rank(b) || byIssued(a, b),
    effective: (a, b) =>
      (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') || byIssued(a, b),
    soonest: (a, b) =>
      (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? '') || byIssued(a, b),
  };
  const order = orders[sort];
  if (!order) return problem(400, 'Tham số sort không hợp lệ');

  const matching = documents.filter((d) => matches(d)).sort(order);
  const body: ListResponse<DocumentSummary> = {
    items: matching.slice((page - 1) * pageSize, page * pageSize).map(toDocumentSummary),
    page,
    pageSize,
    total: matching.length,
    facets,
  };
  return withEtag(request, body);
});

const item = http.get(`${API}/documents/:id`, ({ request, params }) => {
  const found = documents.find((d) => d.id === params['id']);
  return found
    ? withEtag(request, found)
    : problem(404, 'Không tìm thấy văn bản', `Không có văn bản với mã "${String(params['id'])}".`);
});

/** The working document endpoints, from the sample data. */
export const documentHandlers = [list, item];
