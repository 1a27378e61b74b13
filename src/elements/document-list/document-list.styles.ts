import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pbgdpl-document-list-gap, var(--_s4));
    /* Translucent amber: AA under text and links on a light or a dark surface alike. */
    --_mark: var(--pbgdpl-document-list-mark, #e6b80040);
  }

  .search,
  .filters {
    margin-block-end: var(--_s3);
  }
  .search-row {
    display: flex;
    gap: var(--_s2);
  }
  .search-row .input {
    flex: 1;
  }
  .label {
    display: block;
    font-weight: bold;
    margin-block-end: var(--_s1);
  }
  .hint,
  .count,
  .meta,
  .kind {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hint {
    margin-block-start: var(--_s1);
  }
  .input {
    font: inherit;
    color: inherit;
    min-height: var(--_touch);
    min-width: 0;
    width: 100%;
    padding: var(--_s1) var(--_s2);
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_primary) 85%, black);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(13em, 100%), 1fr));
    gap: var(--_s2) var(--_s3);
    align-items: end;
  }
  .clear {
    justify-self: start;
  }

  .list {
    list-style: none;
    padding: 0;
    margin-block-start: var(--_s2);
    display: grid;
    gap: var(--_gap);
  }
  .item {
    display: grid;
    gap: var(--_s1);
    padding-block-end: var(--_gap);
    border-bottom: 1px solid var(--_border);
  }
  .kind {
    font-weight: bold;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .kind .number::before {
    content: '·';
    margin-inline: 0.4em;
  }
  .title {
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }
  .title a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  .meta-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s1) var(--_s3);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline: 0.5em;
  }

  .badge {
    --_c: var(--pbgdpl-document-list-in-force, #17663a);
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.05em 0.6em 0.05em 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: color-mix(in srgb, var(--_c), #fff var(--_lift, 0%));
    background: color-mix(in srgb, var(--_c) 9%, transparent);
    font-size: 0.875em;
    font-weight: bold;
    white-space: nowrap;
  }
  .badge svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [data-status='not-yet-in-force'] {
    --_c: var(--pbgdpl-document-list-not-yet-in-force, #0b5cad);
  }
  [data-status='partly-expired'] {
    --_c: var(--pbgdpl-document-list-partly-expired, #8a4600);
  }
  [data-status='expired'] {
    --_c: var(--pbgdpl-document-list-expired, #a1262b);
    border-style: dashed;
  }
  [data-status='suspended'] {
    --_c: var(--pbgdpl-document-list-suspended, #5b3b8c);
    border-style: double;
    border-width: 3px;
  }
  @media (forced-colors: active) {
    .badge {
      color: CanvasText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }

  @media (pointer: coarse) {
    .title a {
      display: inline-block;
      min-height: var(--_touch);
      padding-block: var(--_s2);
    }
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s2) var(--_s3);
    margin-block-start: var(--_s4);
  }

  .detail {
    display: grid;
    gap: var(--_s3);
  }
  .back {
    justify-self: start;
  }
  .detail-title {
    font-size: 1.375em;
    font-weight: bold;
    line-height: 1.3;
  }
  .fields {
    display: grid;
    margin: 0;
    border-top: 1px solid var(--_border);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 3fr;
    gap: var(--_s3);
    padding-block: var(--_s2);
    border-bottom: 1px solid var(--_border);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .block {
    display: grid;
    gap: var(--_s2);
  }
  .subheading {
    font-size: 1.125em;
    font-weight: bold;
  }
  .summary {
    max-width: 70ch;
  }
  .files,
  .related ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .files li + li,
  .related li + li {
    margin-block-start: var(--_s1);
  }
  .related dd + dt {
    margin-block-start: var(--_s2);
  }

  @media print {
    .search,
    .filters,
    .pagination,
    .back {
      display: none;
    }
  }
`;
