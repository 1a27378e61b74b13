import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pbgdpl-materials-gap, var(--_s4));
    --_card-min: var(--pbgdpl-materials-card-min-width, 15em);
    --_thumb-width: var(--pbgdpl-materials-thumbnail-width, 10em);
    /* Translucent amber: AA under text and links on a light or a dark surface alike. */
    --_mark: var(--pbgdpl-materials-mark, #e6b80040);
  }
  /* Layouts follow the space the widget gets, not the window: a sidebar is narrow on any screen. */
  .base {
    container-type: inline-size;
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
    /* 3:1 against the background, as WCAG asks of a control's boundary. */
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
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: var(--_s2) var(--_s3);
  }

  .list {
    list-style: none;
    padding: 0;
    margin-block-start: var(--_s2);
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
  }
  .item {
    display: grid;
    /* minmax(0, …): a long unbroken word wraps instead of widening the card. */
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'thumbnail' 'text';
    grid-template-rows: auto 1fr;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .thumbnail {
    grid-area: thumbnail;
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .text {
    grid-area: text;
    display: grid;
    gap: var(--_s1);
    align-content: start;
    padding: var(--_s3);
  }
  .kind {
    font-weight: bold;
  }
  .title {
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .title a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline: 0.5em;
  }
  /* Cards stay even: the summary is cut after three lines (the detail shows it whole). */
  .item .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  :host([layout='list']) .list {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([layout='list']) .item {
    grid-template-columns: var(--_thumb-width) minmax(0, 1fr);
    grid-template-areas: 'thumbnail text';
    grid-template-rows: auto;
    gap: var(--_s3);
    align-items: start;
    padding-block-end: var(--_gap);
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: none;
  }
  :host([layout='list']) .text {
    padding: 0;
  }
  :host([layout='list']) .thumbnail {
    border-radius: var(--_radius);
  }
  :host([layout='list']) .item .summary {
    display: block;
  }
  @container (max-width: 30em) {
    :host([layout='list']) .item {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'thumbnail' 'text';
    }
  }

  /* Placeholders shaped like the cards they stand for. */
  :host([layout='grid']) .skeleton {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
  }
  :host([layout='grid']) .bone-row {
    flex-direction: column;
  }
  :host([layout='grid']) .bone-media {
    flex: none;
    height: auto;
    aspect-ratio: 16 / 9;
  }

  /* Comfortable touch targets on phones (WCAG 2.5.5). */
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
  .back,
  .download {
    justify-self: start;
  }
  .download {
    text-decoration: none;
  }
  .detail-title {
    font-size: 1.375em;
    font-weight: bold;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .summary,
  .transcript p {
    max-width: 70ch;
  }
  .cover {
    width: min(20em, 100%);
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .viewer {
    display: grid;
    gap: var(--_s2);
  }
  .infographic {
    width: auto;
    max-height: 80vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .player {
    display: block;
    width: 100%;
    max-width: 48em;
  }
  video.player {
    aspect-ratio: 16 / 9;
    background: #000;
    border-radius: var(--_radius);
  }
  .transcript summary {
    display: list-item;
    min-height: var(--_touch);
    padding-block: var(--_s2);
    color: var(--_primary);
    font-weight: bold;
    cursor: pointer;
  }
  /* Transcripts come as plain text: keep their paragraphs. */
  .transcript p {
    white-space: pre-line;
  }
  .media-error {
    display: grid;
    gap: var(--_s2);
    justify-items: start;
    padding: var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
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
