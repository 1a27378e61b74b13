import type {
  DocumentRelationKind,
  DocumentStatus,
  DocumentType,
  Issuer,
  LegalField,
  MaterialKind,
  NewsCategory,
} from '../api/codes.js';

/** Languages the widgets speak; Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/**
 * Every user-facing string of the widgets. Parametrised strings are functions so word order
 * stays each language's own; numbers arrive already formatted.
 */
export interface Translation {
  /** BCP 47 locale for Intl. */
  locale: string;
  /** Intl options for calendar dates (publication dates). */
  dateFormat: Intl.DateTimeFormatOptions;
  loading: string;
  retry: string;
  back: string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: string, pages: string) => string;
  publishedOn: (date: string) => string;
  author: string;
  error: {
    network: string;
    timeout: string;
    http: string;
    parse: string;
    notFound: string;
  };
  news: {
    heading: string;
    /** Labels of the news categories (the server's taxonomies take them from here too). */
    categories: Record<NewsCategory, string>;
    empty: string;
    total: (count: string, n: number) => string;
  };
  /**
   * The document list's strings. English has them here (the English dictionary loads on demand
   * anyway); the Vietnamese ones travel with the document list's own code
   * (i18n/vi-documents.ts), so a page without that section never downloads them.
   */
  /** Names of the fields of law; Vietnamese in i18n/vi-fields.ts. */
  fields?: Record<LegalField, string>;
  documents?: DocumentsTranslation;
  documentRecord?: DocumentRecordTranslation;
  /** The legal Q&A section's strings; Vietnamese in i18n/vi-qa.ts, as for `documents`. */
  qa?: QaTranslation;
  /** The ask form's strings; Vietnamese in i18n/vi-ask.ts, with the form's code. */
  ask?: AskTranslation;
  /** The dissemination materials section's strings; Vietnamese in i18n/vi-materials.ts. */
  materials?: MaterialsTranslation;
  /** The all-sections element's strings; Vietnamese in i18n/vi-sections.ts. */
  sections?: SectionsTranslation;
  /** What a section says while the service is down; Vietnamese in i18n/vi-outage.ts. */
  outage?: OutageTranslation;
}

export interface OutageTranslation {
  /** Stored content stands in for the unreachable service; `time` is when it was fresh. */
  stale: (time: string) => string;
  /** The link to the unit's page on the central service, when nothing is stored. */
  unitPage: string;
}

/** Names of the sections `<pbgdpl-sections>` can show, in their default order. */
export type SectionName = 'news' | 'documents' | 'qa' | 'materials';

export interface SectionsTranslation {
  /** Heading of the whole PBGDPL page. */
  heading: string;
  /** Accessible name of the list of tabs. */
  tabs: string;
  /** Each section's tab label. */
  names: Record<SectionName, string>;
  /** A section's code could not be downloaded. */
  loadFailed: string;
}

export interface DocumentsTranslation {
  /** Labels of the code lists (the server's taxonomies take them from here too, via labels.ts). */
  types: Record<DocumentType, string>;
  statuses: Record<DocumentStatus, string>;
  issuers: Record<Issuer, string>;
  heading: string;
  /** Heading of `view="new"`. */
  headingNew: string;
  /** Heading of `view="upcoming"`. */
  headingUpcoming: string;
  search: string;
  /** Says under the search box that diacritics and number shapes do not matter. */
  searchHint: string;
  searchButton: string;
  filters: string;
  type: string;
  issuer: string;
  field: string;
  status: string;
  /** The filter option that does not filter. */
  all: string;
  /** A filter option with its count of documents, e.g. "Luật (12)". */
  option: (label: string, count: string) => string;
  from: string;
  to: string;
  clear: string;
  sort: string;
  sortIssued: string;
  sortEffective: string;
  sortRelevance: string;
  /** Default order of `view="upcoming"`: soonest effective first. */
  sortSoonest: string;
  empty: string;
  /** Nothing matches the search or filters. */
  noMatch: string;
  total: (count: string, n: number) => string;
  /** Announced to screen readers when results arrive. */
  found: (count: string, n: number) => string;
  issued: string;
  effective: string;
  /** Shown in place of a date not yet known (e.g. an effective date to be set). */
  undetermined: string;
  /** The back button when the previous view is another document. */
  backToDocument: string;
}

/** A document's official record in the detail view; Vietnamese in i18n/vi-document-record.ts. */
export interface DocumentRecordTranslation {
  number: string;
  signers: string;
  expiry: string;
  gazette: string;
  gazetteValue: (number: string, date: string) => string;
  fields: string;
  summary: string;
  attachments: string;
  related: string;
  relations: Record<DocumentRelationKind, string>;
  /** The link to the official record. */
  source: string;
  /** Appended, visually hidden, to links that open a new tab. */
  newTab: string;
}

/** Names of the ask form's fields, as validation errors refer to them. */
export type QaFieldName = 'title' | 'question' | 'field' | 'name' | 'contact' | 'consent';

export interface QaTranslation {
  heading: string;
  search: string;
  searchHint: string;
  searchButton: string;
  field: string;
  /** The field option that does not filter. */
  all: string;
  option: (label: string, count: string) => string;
  empty: string;
  noMatch: string;
  total: (count: string, n: number) => string;
  found: (count: string, n: number) => string;
  asked: string;
  answeredOn: (date: string) => string;
  answeredBy: (unit: string, date: string) => string;
  questionHeading: string;
  answerHeading: string;
  citations: string;
  /** The link from a cited document to its official record; hidden text for a new tab. */
  citedSource: string;
  newTab: string;
  /** The navigation between browsing, asking and looking up. */
  views: string;
  browse: string;
  ask: string;
  track: string;
  trackingCode: string;
  /** Tracking lookup. */
  trackIntro: string;
  code: string;
  codeHint: string;
  lookup: string;
  codeInvalid: string;
  codeUnknown: string;
  status: string;
  statuses: Record<'pending' | 'answered' | 'rejected', string>;
  addressedTo: string;
  rejection: string;
  readAnswer: string;
}

/** The legal Q&A's ask form: its fields, checks, privacy notice and what came of sending. */
export interface AskTranslation {
  askIntro: string;
  required: string;
  title: string;
  titleHint: string;
  question: string;
  questionHint: string;
  chooseField: string;
  name: string;
  email: string;
  phone: string;
  contactHint: string;
  /** The short privacy notice above the consent box; `controller` is the unit's name. */
  notice: (controller: string) => string;
  /** Stands for the controller when the unit's name is not known. */
  controllerFallback: string;
  noticeLink: string;
  consent: string;
  submit: string;
  sending: string;
  /** The ALTCHA proof of work being computed, announced. */
  proving: string;
  /** Kept in this browser; cleared once sent. */
  draftSaved: string;
  errorSummary: (count: string, n: number) => string;
  errors: Record<QaFieldName, string>;
  /** The server refused the question (a 4xx); `detail` is its reason, if any. */
  rejected: (detail: string) => string;
  throttled: (seconds: string) => string;
  queued: string;
  retryNow: string;
  sentHeading: string;
  sentHelp: string;
  askAnother: string;
}

export interface MaterialsTranslation {
  /** Labels of the material kinds (the server's taxonomies take them from here too). */
  kinds: Record<MaterialKind, string>;
  heading: string;
  search: string;
  /** Says under the search box that diacritics do not matter. */
  searchHint: string;
  searchButton: string;
  filters: string;
  kind: string;
  field: string;
  /** The filter options that do not filter. */
  allKinds: string;
  allFields: string;
  /** A filter option with its count of materials, e.g. "Video (4)". */
  option: (label: string, count: string) => string;
  empty: string;
  /** Nothing matches the search or filters. */
  noMatch: string;
  total: (count: string, n: number) => string;
  /** Announced to screen readers when results arrive. */
  found: (count: string, n: number) => string;
  /** The download link of a file; its format and size follow. */
  download: string;
  /** The link to an infographic at full size. */
  openFull: string;
  /** Appended, visually hidden, to links that open a new tab. */
  newTab: string;
  /** Label of the Vietnamese captions track in the player's menu. */
  captions: string;
  /** The disclosure holding a video's or programme's text. */
  transcript: string;
  /** The player could not load the media. */
  mediaFailed: string;
  /** The link that downloads the media instead; its format follows. */
  downloadMedia: string;
}
