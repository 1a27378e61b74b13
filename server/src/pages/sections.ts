/**
 * The four sections as lists of entries: one shape for whatever a feed or a unit's page shows
 * of news, documents, questions and materials, read through the store's scoped list methods.
 */
import {
  DOCUMENT_TYPE_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../../src/api/labels.js';
import type { UnitDetail } from '../schemas/index.js';
import type { Store } from '../store/store.js';
import { vietnamMidnight } from '../vietnam-time.js';
import type { FeedLink } from './layout.js';
import { FEED_FORMATS, FEED_TYPES, feedPath, itemPath, type Scope, type Section } from './links.js';

export const SECTION_LABELS: Record<Section, { heading: string; feed: string; empty: string }> = {
  news: {
    heading: 'Tin tức hoạt động PBGDPL',
    feed: 'Tin tức PBGDPL',
    empty: 'Chưa có tin nào.',
  },
  documents: {
    heading: 'Văn bản pháp luật mới',
    feed: 'Văn bản pháp luật mới',
    empty: 'Chưa có văn bản nào.',
  },
  questions: {
    heading: 'Hỏi đáp pháp luật',
    feed: 'Hỏi đáp pháp luật',
    empty: 'Chưa có câu hỏi nào được trả lời.',
  },
  materials: {
    heading: 'Tài liệu PBGDPL',
    feed: 'Tài liệu PBGDPL',
    empty: 'Chưa có tài liệu nào.',
  },
};

/** "Tin tức PBGDPL — Xã Gia Viễn". */
export function feedTitle(section: Section, unitName: string): string {
  return `${SECTION_LABELS[section].feed} — ${unitName}`;
}

/** A unit's feeds of one section, in every format, with absolute addresses. */
export function sectionFeeds(
  origin: string,
  unit: { id: string; name: string },
  section: Section,
): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    title: feedTitle(section, unit.name),
    type: FEED_TYPES[format].mime,
    format: FEED_TYPES[format].name,
    href: origin + feedPath(unit.id, section, format),
  }));
}

export interface Entry {
  title: string;
  /** The canonical page, service-relative. */
  path: string;
  /** Published (news, materials), issued (documents) or answered (questions). */
  date: Date;
  /** Plain text. */
  summary: string;
  unitId: string;
  unitName: string;
  /** Vietnamese labels: category, document type, kind, fields. */
  categories: string[];
}

/**
 * The newest `limit` entries of a section for `unit`: its own, plus (scope `inherited`) its
 * ancestors' and the national level's, as the API scopes them. Documents are newest issued
 * first: "new documents".
 */
export async function latestEntries(
  store: Store,
  unit: UnitDetail,
  section: Section,
  scope: Scope,
  limit: number,
): Promise<Entry[]> {
  const query = { unit: unit.id, scope, page: 1, pageSize: limit };
  const fields = (codes: readonly (keyof typeof LEGAL_FIELD_LABELS)[]) =>
    codes.map((code) => LEGAL_FIELD_LABELS[code].vi);

  switch (section) {
    case 'news':
      return (await store.listNews(query)).items.map((n) => ({
        title: n.title,
        path: itemPath('news', n.id),
        date: new Date(n.publishedAt),
        summary: n.summary,
        unitId: n.unitId,
        unitName: n.unitName,
        categories: [NEWS_CATEGORY_LABELS[n.category].vi],
      }));
    case 'documents': {
      // Documents carry no unit name; in scope, every unit is this one or an ancestor.
      const names = new Map([...unit.ancestors, unit].map((u) => [u.id, u.name]));
      return (await store.listDocuments({ ...query, sort: 'issued' })).items.map((d) => ({
        title: documentTitle(d),
        path: itemPath('documents', d.id),
        date: vietnamMidnight(d.issuedDate),
        summary: d.summary,
        unitId: d.unitId,
        unitName: names.get(d.unitId) ?? d.unitId,
        categories: [DOCUMENT_TYPE_LABELS[d.type].vi, ...fields(d.fields)],
      }));
    }
    case 'questions':
      return (await store.listQuestionDetails(query)).items.map((q) => ({
        title: q.title,
        path: itemPath('questions', q.id),
        date: new Date(q.answeredAt),
        summary: q.question,
        unitId: q.unitId,
        unitName: q.unitName,
        categories: fields([q.field]),
      }));
    case 'materials':
      return (await store.listMaterials(query)).items.map((m) => ({
        title: m.title,
        path: itemPath('materials', m.id),
        date: new Date(m.publishedAt),
        summary: m.summary,
        unitId: m.unitId,
        unitName: m.unitName,
        categories: [MATERIAL_KIND_LABELS[m.kind].vi, ...fields(m.fields)],
      }));
  }
}

/** "Luật Đất đai (31/2024/QH15)": the number is how people cite a document. */
export function documentTitle(document: { title: string; number: string }): string {
  return `${document.title} (${document.number})`;
}
