/**
 * MSW handlers for `/api/v1/materials` and `/api/v1/materials/:id`, answering like the server
 * from the sample materials (unit scope, kind and field filters, a folded search, facets counted
 * over the other filters, pages, problems for bad input), and stand-ins for their files.
 */
import { http, HttpResponse } from 'msw';
import type { Facets, ListResponse, Material } from '../src/api/types.js';
import { fold } from '../src/text/fold.js';
import { LEGAL_FIELD_LABELS, MATERIAL_KIND_LABELS } from '../src/api/labels.js';
import { materials } from './fixtures/materials.js';
import { unitLineage } from './fixtures/units.js';
import { paging, problem, withEtag } from './respond.js';

const API = '*/api/v1';

type Check = (m: Material) => boolean;
const FACETS = {
  kind: { labels: MATERIAL_KIND_LABELS, values: (m: Material): readonly string[] => [m.kind] },
  field: { labels: LEGAL_FIELD_LABELS, values: (m: Material): readonly string[] => m.fields },
};
type FacetName = keyof typeof FACETS;
const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** As the server does: folded, and every run of other characters one space. */
const searchText = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const list = http.get(`${API}/materials`, ({ request }) => {
  const params = new URL(request.url).searchParams;
  const pages = paging(new URL(request.url));
  if (pages instanceof HttpResponse) return pages;
  const { page, pageSize } = pages;

  // Filters by facet, so that each facet can be counted over the others.
  const byFacet: Partial<Record<FacetName, Check>> = {};
  for (const name of FACET_NAMES) {
    const value = params.get(name);
    if (value === null) continue;
    if (!(value in FACETS[name].labels)) {
      return problem(400, `Tham số ${name} không hợp lệ`, `Không có giá trị "${value}".`);
    }
    byFacet[name] = (m) => FACETS[name].values(m).includes(value);
  }
  const checks: Check[] = [];
  const unit = params.get('unit');
  if (unit) {
    const visible = params.get('scope') === 'own' ? [unit] : unitLineage(unit);
    checks.push((m) => visible.includes(m.unitId));
  }
  const q = params.get('q');
  if (q !== null) {
    const words = searchText(q).split(' ').filter(Boolean);
    checks.push((m) => {
      const text = searchText(`${m.title} ${m.summary}`);
      return words.every((word) => text.includes(word));
    });
  }
  const matches = (m: Material, except?: FacetName) =>
    checks.every((check) => check(m)) &&
    FACET_NAMES.every((name) => name === except || !byFacet[name] || byFacet[name](m));

  const facets: Facets = {};
  for (const name of FACET_NAMES) {
    const counts = new Map<string, number>();
    for (const m of materials.filter((item) => matches(item, name))) {
      for (const value of FACETS[name].values(m)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }

  const matching = materials.filter((m) => matches(m));
  const body: ListResponse<Material> = {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: matching.length,
    facets,
  };
  return withEtag(request, body);
});

const item = http.get(`${API}/materials/:id`, ({ request, params }) => {
  const found = materials.find((m) => m.id === params['id']);
  return found
    ? withEtag(request, found)
    : problem(404, 'Không tìm thấy tài liệu', `Không có tài liệu "${String(params['id'])}".`);
});

/**
 * One second of silence as 8-bit mono WAV: the stand-in for every video and audio file, which
 * Chromium plays in `<video>` and `<audio>` alike, so players work without media files here.
 */
function silence(): ArrayBuffer {
  const rate = 8000;
  const buffer = new ArrayBuffer(44 + rate);
  const view = new DataView(buffer);
  const ascii = (at: number, text: string) =>
    [...text].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + rate, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true); // size of the format chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true); // samples per second
  view.setUint32(28, rate, true); // bytes per second
  view.setUint16(32, 1, true); // bytes per sample
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, rate, true);
  new Uint8Array(buffer, 44).fill(128); // unsigned 8-bit: silence is the midpoint
  return buffer;
}

const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:01.000\nPhụ đề mẫu, chỉ dùng để minh họa.\n';

/** A plain picture in place of an infographic's full-size image. */
const INFOGRAPHIC =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800"><rect width="600" height="800" fill="#e8f0fa"/><rect x="40" y="40" width="520" height="90" rx="12" fill="#0b5cad"/><g fill="#7aa5d6"><circle cx="100" cy="230" r="40"/><circle cx="100" cy="380" r="40"/><circle cx="100" cy="530" r="40"/><circle cx="100" cy="680" r="40"/></g><g fill="#b9cde6"><rect x="170" y="210" width="370" height="40" rx="8"/><rect x="170" y="360" width="370" height="40" rx="8"/><rect x="170" y="510" width="370" height="40" rx="8"/><rect x="170" y="660" width="370" height="40" rx="8"/></g></svg>';

/** Stand-ins for the files the sample materials point at (`/files/materials/…`). */
const files = http.get('*/files/materials/:name', ({ params }) => {
  const name = String(params['name']);
  if (name.endsWith('.vtt')) {
    return new HttpResponse(CAPTIONS, { headers: { 'content-type': 'text/vtt; charset=utf-8' } });
  }
  if (/\.(mp4|mp3)$/.test(name)) {
    return new HttpResponse(silence(), { headers: { 'content-type': 'audio/wav' } });
  }
  if (name.endsWith('.png')) {
    return new HttpResponse(INFOGRAPHIC, { headers: { 'content-type': 'image/svg+xml' } });
  }
  return new HttpResponse(`Tệp mẫu ${name} (dữ liệu mẫu).`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
});

/** The working material endpoints, from the sample data, and their files. */
export const materialHandlers = [list, item, files];

/** Every material file fails to load: the players' failure state. */
export const brokenMaterialFiles = [
  http.get('*/files/materials/:name', () => new HttpResponse(null, { status: 404 })),
];
