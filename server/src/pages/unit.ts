/**
 * A unit's page: where it sits in the tree, the newest items of each section as its widgets
 * would show them (its own, its parents' and national ones), and its feeds.
 */
import { UNIT_KIND_LABELS } from '../../../src/api/codes.js';
import type { UnitDetail } from '../schemas/index.js';
import { html } from './html.js';
import { feedLinks, layout } from './layout.js';
import { SECTIONS, safeUrl, unitPath, type Section } from './links.js';
import { date, unitLink } from './parts.js';
import { SECTION_LABELS, sectionFeeds, type Entry } from './sections.js';

export function unitPage(
  origin: string,
  unit: UnitDetail,
  latest: ReadonlyMap<Section, Entry[]>,
): string {
  const website = unit.website && safeUrl(unit.website);
  const inherited = unit.ancestors.length ? ', cùng nội dung của cấp trên' : '';
  const description =
    'Tin tức, văn bản pháp luật, hỏi đáp pháp luật và tài liệu phổ biến, giáo dục pháp luật ' +
    `của ${unit.name}${inherited}.`;
  const sections = SECTIONS.map((section) => {
    const feeds = sectionFeeds(origin, unit, section);
    const entries = latest.get(section) ?? [];
    return {
      feeds,
      content: html`<section id="${section}" aria-labelledby="${section}-heading">
        <h2 id="${section}-heading">${SECTION_LABELS[section].heading}</h2>
        ${
          entries.length
            ? html`<ul>
                ${entries.map(
                  (entry) =>
                    html`<li>
                      <a href="${entry.path}">${entry.title}</a>
                      <span class="meta"
                        >·
                        ${date(entry.date.toISOString())}${entry.unitId === unit.id ? '' : ` · ${entry.unitName}`}</span
                      >
                    </li>`,
                )}
              </ul>`
            : html`<p>${SECTION_LABELS[section].empty}</p>`
        }
        ${feedLinks('Theo dõi', feeds)}
      </section>`,
    };
  });

  return layout(
    {
      title: unit.name,
      description,
      canonical: origin + unitPath(unit.id),
      type: 'website',
      feeds: sections.flatMap((s) => s.feeds),
    },
    html`${
        unit.ancestors.length
          ? html`<nav class="breadcrumb" aria-label="Cấp trên">
              <ol>
                ${unit.ancestors.map((ancestor) => html`<li>${unitLink(ancestor)}</li>`)}
                <li aria-current="page">${unit.name}</li>
              </ol>
            </nav>`
          : ''
      }
      <h1>${unit.name}</h1>
      <p class="meta">
        ${UNIT_KIND_LABELS[unit.kind].vi}${website ? html` · <a href="${website}">Trang thông tin điện tử của đơn vị</a>` : ''}
      </p>
      <p>${description}</p>
      ${sections.map((s) => s.content)}`,
  );
}
