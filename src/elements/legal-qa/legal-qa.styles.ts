import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pbgdpl-legal-qa-gap, var(--_s4));
    /* Translucent amber: AA under text and links on a light or a dark surface alike. */
    --_mark: var(--pbgdpl-legal-qa-mark, #e6b80040);
    --_danger: color-mix(in srgb, var(--pbgdpl-legal-qa-error, #a1262b), #fff var(--_lift, 0%));
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    margin-block-end: var(--_s3);
  }
  .views [aria-current='true'],
  .primary,
  .primary:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Unseen on the primary fill until a page sets an accent of its own. */
  .views [aria-current='true'] {
    box-shadow: inset 0 -4px 0 var(--_accent);
  }
  .search,
  .controls,
  .form > * + * {
    margin-block-end: var(--_s3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
  }
  .row .input {
    flex: 1;
  }
  .label {
    display: block;
    font-weight: bold;
    margin-block-end: var(--_s1);
  }
  .hint,
  .meta,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .input {
    box-sizing: border-box;
    min-height: var(--_touch);
    max-width: 100%;
    padding: var(--_s2);
    /* 3:1 against the background, as WCAG asks of a control's boundary. */
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  textarea.input,
  .form input.input,
  .form select.input {
    width: 100%;
  }
  .input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error,
  .summary {
    color: var(--_danger);
    font-weight: bold;
  }
  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .title {
    font-weight: bold;
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_s3);
  }
  .notice {
    font-size: 0.875em;
  }
  .consent {
    display: flex;
    gap: var(--_s2);
    align-items: start;
  }
  .consent input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
  }
  /* Off-screen for people, skipped by keyboards and hidden from assistive technology. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .outcome {
    padding: var(--_s3);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    margin-block-end: var(--_s3);
  }
  /* A tracked question's facts: labels beside their values, one line each. */
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_s1) var(--_s3);
    align-items: baseline;
    margin-block: var(--_s3);
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
  }
  .code {
    font-size: 1.5em;
    font-weight: bold;
    letter-spacing: 0.05em;
    font-family: ui-monospace, monospace;
  }
  .block {
    margin-block: var(--_s3);
  }
  .subheading {
    font-weight: bold;
  }
  .pagination {
    display: flex;
    gap: var(--_s2);
    align-items: center;
    flex-wrap: wrap;
  }
`;
