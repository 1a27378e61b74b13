/**
 * Answered questions: every variant of the question bank, answered by a unit spread over the
 * national level, ministries, provinces and communes. Askers are never named.
 */
import type { LegalField } from '../../../src/api/codes.js';
import type { QuestionDetail, Unit } from '../schemas/index.js';
import type { DocRef } from './documents.js';
import {
  at,
  daysBetween,
  instantDaysAgo,
  isoDateOffset,
  isoDateTime,
  Rng,
  SAMPLE_NOTE_HTML,
  slugify,
} from './random.js';
import { realByNumber } from './real-documents.js';
import { QUESTION_BANK } from './question-bank.js';
import { COMMUNES, communeInText, PROVINCES, provinceInText } from './units.js';

/** The ministry that usually answers questions of a field. */
const FIELD_MINISTRY: Partial<Record<LegalField, string>> = {
  'dat-dai': 'bo-nong-nghiep-moi-truong',
  'lao-dong': 'bo-noi-vu',
  'bao-hiem-xa-hoi': 'bo-noi-vu',
  'giao-thong': 'bo-cong-an',
  'cu-tru-can-cuoc': 'bo-cong-an',
  'hinh-su': 'bo-cong-an',
  'du-lieu-ca-nhan': 'bo-cong-an',
  thue: 'bo-tai-chinh',
  'doanh-nghiep': 'bo-tai-chinh',
  'y-te': 'bo-y-te',
};

/** Who actually writes the answer: the Department of Justice for a province, and so on. */
function answeringBody(unit: Unit): string {
  if (unit.kind === 'national') return 'Bộ Tư pháp';
  const province = PROVINCES.find((p) => p.id === unit.id);
  if (province) return `Sở Tư pháp ${provinceInText(province)}`;
  const commune = COMMUNES.find((c) => c.id === unit.id);
  if (commune) return `Ủy ban nhân dân ${communeInText(commune)}`;
  return unit.name;
}

type Target = 'national' | 'justice' | 'ministry' | 'ninh-binh' | 'ha-noi' | 'province' | 'commune';
const TARGETS: Target[] = [
  'national',
  'justice',
  'ministry',
  'ninh-binh',
  'ha-noi',
  'province',
  'commune',
];
const WEIGHTS = [0.18, 0.14, 0.14, 0.17, 0.12, 0.1, 0.15];

export function buildQuestions(
  now: Date,
  units: Unit[],
  ref: (n: string) => DocRef,
): QuestionDetail[] {
  const rng = new Rng('questions');
  const byId = new Map(units.map((u) => [u.id, u]));
  const unit = (id: string): Unit => {
    const u = byId.get(id);
    if (!u) throw new Error(`Unknown unit ${id}`);
    return u;
  };
  const provinces = units.filter(
    (u) => u.kind === 'province' && u.id !== 'ninh-binh' && u.id !== 'ha-noi',
  );
  const communes = units.filter((u) => u.kind === 'commune');
  const ids = new Set<string>();
  const out: QuestionDetail[] = [];

  for (const entry of QUESTION_BANK) {
    // Questions about a document adopted after `now` (a seed dated in the past) are left out.
    const adopted =
      entry.cites
        .map((n) => realByNumber(n).issuedDate)
        .sort()
        .at(-1) ?? '2000-01-01';
    const sinceAdoption = daysBetween(adopted, isoDateOffset(now, 0));
    if (sinceAdoption < 14) continue;
    const citations = entry.cites.map(ref);
    const variants = Math.min(entry.titles.length, entry.situations.length);
    for (let i = 0; i < variants; i++) {
      const title = at(entry.titles, i);
      const target = rng.weighted(TARGETS, WEIGHTS);
      const ministry = FIELD_MINISTRY[entry.field] ?? 'bo-tu-phap';
      const answering =
        target === 'national'
          ? unit('trung-uong')
          : target === 'justice'
            ? unit('bo-tu-phap')
            : target === 'ministry'
              ? unit(ministry)
              : target === 'ninh-binh'
                ? unit('ninh-binh')
                : target === 'ha-noi'
                  ? unit('ha-noi')
                  : target === 'province'
                    ? rng.pick(provinces)
                    : rng.pick(communes);

      // Asked only after the cited documents were adopted.
      const askedDaysAgo = rng.int(12, Math.max(13, Math.min(540, sinceAdoption)));
      const answeredDaysAgo = Math.max(1, askedDaysAgo - rng.int(3, 21));
      const asked = instantDaysAgo(now, askedDaysAgo, rng.int(6 * 60, 22 * 60));
      const answered = instantDaysAgo(now, answeredDaysAgo, rng.int(8 * 60, 17 * 60));

      const slug = slugify(title);
      let id = slug.length <= 70 ? slug : slug.slice(0, 71).replace(/-[a-z0-9]*$/, '');
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);

      const opening = `<p>${answeringBody(answering)} trả lời câu hỏi của ông/bà như sau:</p>`;
      out.push({
        id,
        unitId: answering.id,
        unitName: answering.name,
        title,
        field: entry.field,
        askedAt: isoDateTime(asked),
        answeredAt: isoDateTime(answered),
        question: `${at(entry.situations, i)} ${entry.ask}`,
        answerHtml: `${opening}${entry.answer.map((p) => `<p>${p}</p>`).join('')}${SAMPLE_NOTE_HTML}`,
        citations: citations.map((c) => ({ ...c })),
      });
    }
  }
  out.sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || a.id.localeCompare(b.id));
  return out;
}
