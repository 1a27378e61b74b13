/**
 * The sample data set: counts, contract validity, referential integrity, Vietnamese text in
 * NFC, determinism, and no contact data in public questions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TSchema } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentDetail,
  Material,
  NewsDetail,
  QuestionDetail,
  Unit,
} from '../src/schemas/index.js';
import { generateSeed, type SeedData } from '../src/seed/generate.js';
import { SAMPLE_NOTE_HTML } from '../src/seed/random.js';

const NOW = new Date('2026-11-28T08:00:00+07:00');
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const INVERSE: Record<string, string> = {
  amends: 'amended-by',
  'amended-by': 'amends',
  guides: 'guided-by',
  'guided-by': 'guides',
  replaces: 'replaced-by',
  'replaced-by': 'replaces',
};

let seed: SeedData;
beforeAll(() => {
  seed = generateSeed({ now: NOW });
});

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('seed: counts', () => {
  it('has enough of everything', () => {
    expect(seed.news.length).toBeGreaterThanOrEqual(220);
    expect(seed.documents.length).toBeGreaterThanOrEqual(320);
    expect(seed.questions.length).toBeGreaterThanOrEqual(160);
    expect(seed.materials.length).toBeGreaterThanOrEqual(70);
  });

  it('has the unit tree of DOMAIN.md', () => {
    const kinds = (k: string) => seed.units.filter((u) => u.kind === k);
    expect(kinds('national').map((u) => u.id)).toEqual(['trung-uong']);
    expect(kinds('ministry')).toHaveLength(17);
    expect(kinds('province')).toHaveLength(34);
    expect(kinds('organization').length).toBeGreaterThanOrEqual(3);
    for (const id of ['ha-noi', 'hue', 'tp-ho-chi-minh', 'ninh-binh', 'an-giang', 'dak-lak']) {
      expect(seed.units.some((u) => u.id === id && u.kind === 'province')).toBe(true);
    }
    for (const id of [
      'bo-tu-phap',
      'bo-cong-an',
      'ngan-hang-nha-nuoc',
      'thanh-tra-chinh-phu',
      'van-phong-chinh-phu',
    ]) {
      expect(seed.units.some((u) => u.id === id && u.kind === 'ministry')).toBe(true);
    }
    const communesPer = new Map<string, number>();
    for (const c of kinds('commune'))
      communesPer.set(c.parentId ?? '', (communesPer.get(c.parentId ?? '') ?? 0) + 1);
    expect(communesPer.get('ninh-binh')).toBeGreaterThanOrEqual(6);
    expect(communesPer.get('ha-noi')).toBeGreaterThanOrEqual(6);
  });

  it('spreads news over the levels so inheritance shows', () => {
    const kindOf = new Map(seed.units.map((u) => [u.id, u.kind]));
    const share = (k: string) =>
      seed.news.filter((n) => kindOf.get(n.unitId) === k).length / seed.news.length;
    expect(share('national')).toBeGreaterThan(0.2);
    expect(share('province')).toBeGreaterThan(0.25);
    expect(share('commune')).toBeGreaterThan(0.1);
    expect(seed.news.filter((n) => n.unitId === 'ninh-binh').length).toBeGreaterThanOrEqual(15);
    expect(seed.news.filter((n) => n.unitId === 'ha-noi').length).toBeGreaterThanOrEqual(15);
  });

  it('covers every material kind and news category', () => {
    expect(new Set(seed.materials.map((m) => m.kind)).size).toBe(7);
    expect(new Set(seed.news.map((n) => n.category)).size).toBe(6);
  });
});

describe('seed: contract', () => {
  const ajv = addFormats.default(new Ajv({ strict: false }));
  const cases: [string, TSchema, (s: SeedData) => unknown[]][] = [
    ['units', Unit, (s) => s.units],
    ['news', NewsDetail, (s) => s.news],
    ['documents', DocumentDetail, (s) => s.documents],
    ['questions', QuestionDetail, (s) => s.questions],
    ['materials', Material, (s) => s.materials],
  ];
  it.each(cases)('every %s record validates against its schema', (_name, schema, pick) => {
    const check = ajv.compile(schema);
    for (const record of pick(seed)) {
      const ok = check(record);
      expect(ok ? null : { record, errors: check.errors }).toBeNull();
    }
  });

  it('ids are unique per kind and match the id pattern', () => {
    for (const list of [seed.units, seed.news, seed.documents, seed.questions, seed.materials]) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(ID);
    }
  });

  it('every unitId and parentId refers to an existing unit', () => {
    const units = new Set(seed.units.map((u) => u.id));
    for (const u of seed.units) if (u.parentId !== null) expect(units.has(u.parentId)).toBe(true);
    for (const r of [...seed.news, ...seed.documents, ...seed.questions, ...seed.materials]) {
      expect(units.has(r.unitId)).toBe(true);
    }
    const names = new Map(seed.units.map((u) => [u.id, u.name]));
    for (const r of [...seed.news, ...seed.questions, ...seed.materials]) {
      expect(r.unitName).toBe(names.get(r.unitId));
    }
  });

  it('relations and citations with an id point to documents of the corpus, both ways', () => {
    const docs = new Map(seed.documents.map((d) => [d.id, d]));
    for (const d of seed.documents) {
      for (const r of d.relations) {
        if (r.id === null) continue;
        const other = docs.get(r.id);
        expect(other, `${d.id} → ${r.id}`).toBeDefined();
        expect(other?.number).toBe(r.number);
        const inverse = INVERSE[r.kind];
        if (inverse) {
          expect(
            other?.relations.some((x) => x.kind === inverse && x.id === d.id),
            `${r.id} ${inverse} ${d.id}`,
          ).toBe(true);
        }
      }
    }
    for (const q of seed.questions) {
      expect(q.citations.length).toBeGreaterThan(0);
      for (const c of q.citations) {
        if (c.id !== null) expect(docs.get(c.id)?.number).toBe(c.number);
      }
    }
  });
});

describe('seed: content', () => {
  it('every text is NFC', () => {
    for (const text of strings(seed))
      expect(text === text.normalize('NFC') ? null : text).toBeNull();
  });

  it('is deterministic for a given now', () => {
    expect(generateSeed({ now: new Date(NOW.getTime()) })).toEqual(seed);
  });

  it('keeps dates relative to now', () => {
    const later = generateSeed({ now: new Date('2027-03-01T08:00:00+07:00') });
    const newest = (s: SeedData) =>
      s.news
        .map((n) => n.publishedAt)
        .sort()
        .at(-1) ?? '';
    expect(newest(seed) < newest(later)).toBe(true);
    const today = '2026-11-28';
    const ageDays = (iso: string) =>
      (Date.parse(today) - Date.parse(iso.slice(0, 10))) / 86_400_000;
    expect(ageDays(newest(seed))).toBeLessThanOrEqual(5);
    expect(Math.max(...seed.news.map((n) => ageDays(n.publishedAt)))).toBeGreaterThan(400);
    for (const n of seed.news) expect(Date.parse(n.publishedAt)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('has new and upcoming documents, and real documents keep their real facts', () => {
    const today = '2026-11-28';
    const in30 = '2026-12-28';
    const recent = seed.documents.filter((d) => d.issuedDate >= '2026-08-30');
    expect(recent.length).toBeGreaterThanOrEqual(10);
    const upcoming = seed.documents.filter(
      (d) =>
        d.status === 'not-yet-in-force' &&
        d.effectiveDate !== null &&
        d.effectiveDate > today &&
        d.effectiveDate <= in30,
    );
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    for (const d of seed.documents) {
      if (d.status === 'not-yet-in-force')
        expect(d.effectiveDate && d.effectiveDate > today).toBe(true);
      if (d.status === 'in-force' && d.effectiveDate) expect(d.effectiveDate <= today).toBe(true);
    }
    const land = seed.documents.find((d) => d.id === 'luat-31-2024-qh15');
    expect(land).toMatchObject({
      number: '31/2024/QH15',
      issuedDate: '2024-01-18',
      effectiveDate: '2024-08-01',
      status: 'in-force',
    });
    const decree13 = seed.documents.find((d) => d.id === 'nghi-dinh-13-2023-nd-cp');
    expect(decree13?.status).toBe('expired');
    expect(decree13?.relations).toContainEqual(
      expect.objectContaining({ kind: 'replaced-by', id: 'luat-91-2025-qh15' }),
    );
    const decree168 = seed.documents.find((d) => d.id === 'nghi-dinh-168-2024-nd-cp');
    expect(decree168?.relations).toContainEqual(
      expect.objectContaining({ kind: 'guides', id: 'luat-36-2024-qh15' }),
    );
    const samples = seed.documents.filter(
      (d) => d.sourceUrl !== 'https://vbpl.vn/pages/portal.aspx',
    );
    for (const d of samples) expect(d.summary).toContain('Văn bản mẫu phục vụ trình diễn.');
  });

  it('every news body and answer ends with the sample note', () => {
    for (const n of seed.news) expect(n.bodyHtml.endsWith(SAMPLE_NOTE_HTML)).toBe(true);
    for (const q of seed.questions) expect(q.answerHtml.endsWith(SAMPLE_NOTE_HTML)).toBe(true);
    for (const m of seed.materials) expect(m.summary.startsWith('Tài liệu mẫu')).toBe(true);
  });

  it('news titles are unique and bodies use only the allowed markup with https links', () => {
    expect(new Set(seed.news.map((n) => n.title)).size).toBe(seed.news.length);
    const allowed = new Set(['p', 'h2', 'ul', 'li', 'strong', 'em', 'a']);
    for (const html of [
      ...seed.news.map((n) => n.bodyHtml),
      ...seed.questions.map((q) => q.answerHtml),
    ]) {
      for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/g))
        expect(allowed.has(tag ?? '')).toBe(true);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
    }
  });

  it('questions carry no contact data and are answered after being asked', () => {
    const email = /[\w.+-]+@[\w-]+\.[\w.]+/;
    const phone = /(?:\+84|\b0)(?:[\s.-]?\d){8,10}\b/;
    for (const q of seed.questions) {
      for (const text of [q.title, q.question, q.answerHtml]) {
        expect(email.test(text) ? text : null).toBeNull();
        expect(phone.test(text) ? text : null).toBeNull();
      }
      expect(Date.parse(q.askedAt)).toBeLessThan(Date.parse(q.answeredAt));
      expect(Date.parse(q.answeredAt)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('refers only to media files that exist, each small and free of text and scripts', () => {
    const dir = fileURLToPath(new URL('../public/media/', import.meta.url));
    const files = new Set(readdirSync(dir));
    const urls = [
      ...seed.news.flatMap((n) => (n.image ? [n.image.url] : [])),
      ...seed.materials.flatMap((m) => (m.thumbnail ? [m.thumbnail.url] : [])),
    ];
    for (const url of new Set(urls)) expect(files.has(url.replace('/media/', ''))).toBe(true);
    for (const file of files) {
      const svg = readFileSync(`${dir}${file}`, 'utf8');
      expect(svg.length).toBeLessThan(2048);
      expect(svg).toContain('viewBox="0 0 640 360"');
      expect(svg).not.toMatch(/<text|<script|href=|url\(/);
    }
  });
});
