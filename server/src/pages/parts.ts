/** Fragments every canonical page shares: dates, unit links, the item frame. */
import { vietnamDisplayDate } from '../vietnam-time.js';
import { html, type Html } from './html.js';
import { feedLinks, layout } from './layout.js';
import { absoluteUrl, itemPath, unitPath, type Section } from './links.js';
import { SECTION_LABELS, feedTitle, sectionFeeds } from './sections.js';

export interface UnitName {
  id: string;
  name: string;
}

/** A date or date-time shown as dd/mm/yyyy, machine-readable too. */
export function date(value: string): Html {
  return html`<time datetime="${value}">${vietnamDisplayDate(value)}</time>`;
}

export function unitLink(unit: UnitName): Html {
  return html`<a href="${unitPath(unit.id)}">${unit.name}</a>`;
}

/** A meta description: the text up to `max` characters, cut between words. */
function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export interface ItemHead {
  section: Section;
  id: string;
  unit: UnitName;
  title: string;
  /** Plain text; shortened for the meta description. */
  description: string;
  /** Service-relative or absolute; made absolute for link previews. */
  image?: string;
}

/**
 * The page of one item: where it sits (its unit › the section), the article, and the feeds of
 * that section of that unit.
 */
export function itemPage(origin: string, head: ItemHead, article: Html): string {
  const { section, unit } = head;
  const feeds = sectionFeeds(origin, unit, section);
  return layout(
    {
      title: head.title,
      description: excerpt(head.description),
      canonical: origin + itemPath(section, head.id),
      type: 'article',
      image: head.image && absoluteUrl(origin, head.image),
      feeds,
    },
    html`<nav class="breadcrumb" aria-label="Vị trí trang">
        <ol>
          <li>${unitLink(unit)}</li>
          <li><a href="${unitPath(unit.id)}#${section}">${SECTION_LABELS[section].heading}</a></li>
        </ol>
      </nav>
      <article>${article}</article>
      ${feedLinks(`Theo dõi ${feedTitle(section, unit.name)}`, feeds)}`,
  );
}
