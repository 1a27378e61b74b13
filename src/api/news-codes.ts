/**
 * The news categories with both labels, for the server (schemas, taxonomies, pages, feeds).
 * Widgets never import this: each of their dictionaries holds its own language's labels.
 */
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';
import { NEWS_CATEGORIES, type Label, type NewsCategory } from './codes.js';

export const NEWS_CATEGORY_LABELS = Object.fromEntries(
  NEWS_CATEGORIES.map((code) => [
    code,
    { vi: vi.news.categories[code], en: en.news.categories[code] },
  ]),
) as Record<NewsCategory, Label>;
