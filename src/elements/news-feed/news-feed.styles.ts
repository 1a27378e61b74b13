import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pbgdpl-news-feed-gap, var(--_s4));
    --_image-width: var(--pbgdpl-news-feed-image-width, 10em);
    --_card-min: var(--pbgdpl-news-feed-card-min-width, 16em);
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .item {
    display: grid;
    grid-template-columns: var(--_image-width) minmax(0, 1fr);
    grid-template-areas: 'image text';
    gap: var(--_s3);
    align-items: start;
  }
  .no-image {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'text';
  }
  .text {
    grid-area: text;
    display: grid;
    gap: var(--_s1);
  }
  .image {
    grid-area: image;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 8%, transparent);
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
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline: 0.5em;
  }
  .category {
    font-weight: bold;
  }

  /* On narrow screens the image goes above the text. */
  @media (max-width: 30rem) {
    .item {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'image' 'text';
    }
  }

  :host([layout='cards']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
  }
  :host([layout='cards']) .item {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'image' 'text';
    grid-template-rows: auto 1fr;
    height: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  :host([layout='cards']) .image {
    border-radius: 0;
  }
  :host([layout='cards']) .text {
    padding: 0 var(--_s3) var(--_s3);
  }
  :host([layout='cards']) .no-image .text {
    padding-top: var(--_s3);
  }

  :host([layout='compact']) .list {
    gap: 0;
  }
  :host([layout='compact']) .item {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'text';
    padding-block: var(--_s2);
    border-bottom: 1px solid var(--_border);
  }
  :host([layout='compact']) .image,
  :host([layout='compact']) .summary,
  :host([layout='compact']) .category {
    display: none;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
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
    padding-block-start: var(--_s3);
    border-top: 1px solid var(--_border);
  }
  .page-status {
    text-align: center;
  }
  .total {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
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
  .detail-image {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  @media print {
    .pagination,
    .back {
      display: none;
    }
  }
`;
