import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';

/**
 * Previous / "Trang 2/13" / next. The buttons stay focusable at the ends (aria-disabled, not
 * disabled) so keyboard focus is never dropped when the last page is reached.
 */
export function renderPagination(
  result: { page: number; pageSize: number; total: number },
  i18n: LocalizeController,
  onPage: (page: number) => void,
  extra: unknown = nothing,
): TemplateResult | typeof nothing {
  const { t } = i18n;
  const pages = Math.ceil(result.total / result.pageSize);
  if (pages <= 1) return nothing;
  const { page } = result;
  return html`<nav part="pagination" class="pagination" aria-label=${t.pagination}>
    <button
      type="button"
      part="previous"
      class="button"
      aria-disabled=${page <= 1}
      @click=${() => page > 1 && onPage(page - 1)}
    >
      <span aria-hidden="true">‹</span> ${t.previous}
    </button>
    <p class="page-status">${t.pageOf(i18n.number(page), i18n.number(pages))}${extra}</p>
    <button
      type="button"
      part="next"
      class="button"
      aria-disabled=${page >= pages}
      @click=${() => page < pages && onPage(page + 1)}
    >
      ${t.next} <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}
