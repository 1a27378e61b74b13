import { css, html, type TemplateResult } from 'lit';
import { notices } from '../../api/client.js';
import type { ApiError } from '../../api/errors.js';
import type { Translation } from '../../i18n/translation.js';

/**
 * Placeholder rows while the first result loads. Decorative (hidden from assistive technology:
 * the element's status region says "loading"); sized like real rows so nothing jumps.
 */
export function renderSkeleton(rows: number): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-hidden="true">
    ${Array.from(
      { length: Math.min(rows, 10) },
      () =>
        html`<div class="bone-row">
          <span class="bone bone-media"></span>
          <span class="bone-lines"
            ><span class="bone bone-title"></span><span class="bone"></span
            ><span class="bone bone-short"></span
          ></span>
        </div>`,
    )}
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<p part="empty" class="empty">${message}</p>`;
}

/** What went wrong, in the reader's language (the server's problem titles are Vietnamese only). */
export function errorMessage(error: ApiError, t: Translation): string {
  if (error.status === 404) return t.error.notFound;
  return t.error[error.kind];
}

/** The failure as a state: the message is announced, the retry button is a real button. */
export function renderError(error: ApiError, t: Translation, retry: () => void): TemplateResult {
  return html`<div part="error" class="error">
    <p role="alert">${errorMessage(error, t)}</p>
    ${notices.get(error)?.(t, null)}
    <button type="button" part="retry" class="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

export const stateStyles = css`
  /* The previous results stay at full contrast while the next ones load (dimming them fell
     below WCAG AA); a bar in the accent colour says they are being replaced. */
  .list[aria-busy='true'] {
    cursor: progress;
    box-shadow: 0 -3px 0 var(--_accent);
  }
  .skeleton {
    display: grid;
    gap: var(--_s3);
  }
  .bone-row {
    display: flex;
    gap: var(--_s3);
    min-height: 5.5em;
  }
  .bone-lines {
    flex: 1;
    display: grid;
    gap: var(--_s2);
    align-content: start;
  }
  .bone {
    display: block;
    height: 0.9em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 10%, transparent);
    animation: pbgdpl-pulse 1.5s ease-in-out infinite;
  }
  .bone-media {
    flex: 0 0 8em;
    height: 4.5em;
  }
  .bone-title {
    height: 1.2em;
    width: 80%;
  }
  .bone-short {
    width: 50%;
  }
  @keyframes pbgdpl-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  .empty,
  .error {
    padding: var(--_s3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    display: grid;
    gap: var(--_s3);
    justify-items: start;
    border-style: solid;
  }
`;
