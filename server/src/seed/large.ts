/**
 * A large, realistic document corpus for benchmarks: the sample seed's documents as
 * templates, re-issued by every province and ministry over twelve years, numbered per unit,
 * series and year, with plausible statuses and replacement chains. Deterministic for a given
 * `now` and count. Real documents (laws, decrees) are never copied: they exist once, as in
 * the sample seed, so "luật đất đai" still has one right answer among 100,000 documents.
 */
import type { DocumentStatus } from '../../../src/api/codes.js';
import type { DocumentDetail } from '../schemas/index.js';
import { SAMPLE_DOCUMENT_NOTE } from './documents.js';
import { isoDateOffset, Rng, slugify } from './random.js';
import { PROVINCES, provinceInText, type ProvinceRow } from './units.js';

/** How far back the large corpus reaches. */
const YEARS = 12;
const MAX_ID = 80;

interface Template {
  doc: DocumentDetail;
  province: ProvinceRow | undefined;
  /** The number without its sequence (and year): "/QĐ-UBND", "/2025/TT-BTP" → suffix. */
  suffix: string;
  yearly: boolean;
}

function templateOf(doc: DocumentDetail): Template {
  const province = PROVINCES.find((p) => p.id === doc.unitId);
  const match = /^\d+(\/(\d{4}))?(\/.*)$/.exec(doc.number);
  return {
    doc,
    province,
    suffix: match?.[3] ?? `/${doc.number}`,
    yearly: match?.[2] !== undefined,
  };
}

/**
 * `count` documents beyond `base` (the sample seed's documents), ready for
 * SqliteStore.insertDocuments(). Units are those of the sample seed.
 */
export function generateLargeDocuments(
  base: readonly DocumentDetail[],
  now: Date,
  count: number,
): DocumentDetail[] {
  const rng = new Rng(`large-${count}`);
  const today = isoDateOffset(now, 0);
  const templates = base.filter((d) => d.summary.endsWith(SAMPLE_DOCUMENT_NOTE)).map(templateOf);
  const provincial = templates.filter((t) => t.province);
  const central = templates.filter((t) => !t.province);
  if (provincial.length === 0 || central.length === 0) throw new Error('No templates to copy');
  // Provinces differ in size: a few issue far more than others.
  const provinceWeights = PROVINCES.map(() => 0.5 + rng.float() * 2);

  const ids = new Set(base.map((d) => d.id));
  const sequence = new Map<string, number>();
  /** The latest copy of a template per unit: a newer copy may replace it. */
  const latest = new Map<string, DocumentDetail>();
  const out: DocumentDetail[] = [];

  for (let i = 0; i < count; i++) {
    // Provinces issue most documents; ministries and the Government the rest.
    const isProvincial = rng.chance(0.8);
    const t = isProvincial ? rng.pick(provincial) : rng.pick(central);
    const province = isProvincial ? rng.weighted(PROVINCES, provinceWeights) : undefined;
    const unitId = province?.id ?? t.doc.unitId;
    // Skewed towards recent years, as publication on websites is.
    const daysAgo = Math.floor(YEARS * 365 * rng.float() ** 1.6) + 1;
    const issuedDate = isoDateOffset(now, -daysAgo);
    const year = issuedDate.slice(0, 4);

    const key = `${unitId}|${t.suffix}|${year}`;
    const n = (sequence.get(key) ?? rng.int(0, 20)) + rng.int(1, 4);
    sequence.set(key, n);
    const nn = n < 10 ? `0${n}` : String(n);
    const number = t.yearly ? `${nn}/${year}${t.suffix}` : `${n}${t.suffix}`;

    const rewrite = (text: string) => {
      let out = text;
      if (t.province && province && t.province !== province) {
        const from = provinceInText(t.province);
        const to = provinceInText(province);
        out = out.replaceAll(from, to).replaceAll(capitalize(from), capitalize(to));
        out = out.replaceAll(t.province.place, province.place);
      }
      return out.replace(/năm \d{4}/g, `năm ${year}`);
    };

    const baseOffset =
      t.doc.effectiveDate === null
        ? null
        : Math.max(
            0,
            Math.round(
              (Date.parse(t.doc.effectiveDate) - Date.parse(t.doc.issuedDate)) / 86_400_000,
            ),
          );
    const effectiveDate =
      baseOffset === null
        ? null
        : isoDateOffset(new Date(`${issuedDate}T12:00:00+07:00`), baseOffset);

    let status: DocumentStatus = 'in-force';
    let expiryDate: string | null = null;
    if (effectiveDate !== null && effectiveDate > today) status = 'not-yet-in-force';
    else {
      const r = rng.float();
      // Older documents are more often out of force.
      const age = daysAgo / (YEARS * 365);
      if (r < 0.05 + 0.3 * age) {
        status = 'expired';
        expiryDate = isoDateOffset(now, -rng.int(1, Math.max(1, daysAgo - 1)));
      } else if (r < 0.12 + 0.35 * age) status = 'partly-expired';
      else if (r < 0.125 + 0.35 * age) status = 'suspended';
    }

    let id = slugify(`${t.doc.type} ${number} ${t.yearly ? '' : year} ${unitId}`).slice(0, MAX_ID);
    if (ids.has(id)) id = `${id.slice(0, MAX_ID - 8)}-${i.toString(36)}`;
    ids.add(id);

    const relations: DocumentDetail['relations'] = t.doc.relations.filter(
      (r) => r.kind === 'legal-basis',
    );
    const doc: DocumentDetail = {
      ...t.doc,
      id,
      unitId,
      number,
      title: rewrite(t.doc.title),
      summary: rewrite(t.doc.summary),
      issuedDate,
      effectiveDate,
      expiryDate,
      status,
      gazetteNo: null,
      gazetteDate: null,
      attachments: t.doc.attachments.map((a) => ({
        ...a,
        name: a.name.replace(t.doc.number, number),
        url: a.url.replace(t.doc.id, id),
        size: Math.max(20_000, Math.round(a.size * (0.5 + rng.float()))),
      })),
      sourceUrl: province?.website ?? t.doc.sourceUrl,
      relations,
    };

    // About one in six replaces the unit's previous copy of the same regulation.
    const chain = `${unitId}|${t.doc.id}`;
    const previous = latest.get(chain);
    if (previous && previous.issuedDate < issuedDate && rng.chance(0.15)) {
      doc.relations = [
        ...relations,
        { kind: 'replaces', id: previous.id, number: previous.number, title: previous.title },
      ];
      previous.relations = [
        ...previous.relations,
        { kind: 'replaced-by', id: doc.id, number: doc.number, title: doc.title },
      ];
      const until = effectiveDate ?? issuedDate;
      if (until <= today) {
        previous.status = 'expired';
        previous.expiryDate = until;
      }
    }
    if (!previous || previous.issuedDate < issuedDate) latest.set(chain, doc);
    out.push(doc);
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
