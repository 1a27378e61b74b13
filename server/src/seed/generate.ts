/**
 * Assembles the sample data set of the central service. Deterministic: the same `now` always
 * yields the same data; dates are relative to `now` so the data always looks current, while
 * real documents keep their real dates.
 */
import type {
  DocumentDetail,
  Material,
  NewsDetail,
  QuestionDetail,
  Unit,
} from '../schemas/index.js';
import { buildDocuments } from './documents.js';
import { buildMaterials } from './materials.js';
import { buildNews } from './news.js';
import { buildQuestions } from './questions.js';
import { buildUnits } from './units.js';

export interface SeedData {
  units: Unit[];
  news: NewsDetail[];
  documents: DocumentDetail[];
  questions: QuestionDetail[];
  materials: Material[];
}

export function generateSeed(options: { now: Date }): SeedData {
  const now = new Date(options.now.getTime());
  const units = buildUnits();
  const { documents, ref } = buildDocuments(now);
  const news = buildNews(now, units);
  const questions = buildQuestions(now, units, ref);
  const materials = buildMaterials(now, units);
  // Every string is stored NFC (the content tables are NFC already; this guards edits).
  return normalize({ units, news, documents, questions, materials });
}

function normalize<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? v.normalize('NFC') : v,
  ) as T;
}
