import { css } from 'lit';

/**
 * Design tokens and a reset shared by every widget.
 *
 * Public tokens are `--pbgdpl-*` and are read, never declared, here: a webmaster can set them
 * on `:root` or any ancestor and they inherit in. Each is copied into a private `--_*` property
 * with its default. Defaults take the host's font and colour so a widget blends in; a `theme`
 * changes only the defaults, so the page's own tokens still win over it.
 *
 * The reset neutralises the inherited properties a host page may have set on an ancestor
 * (`text-transform`, `letter-spacing`, `text-align: center`, `white-space: nowrap`…): nothing
 * else of the host's CSS can cross the shadow boundary.
 */
export const hostStyles = css`
  :host {
    display: block;
    font-family: var(--pbgdpl-font-family, inherit);
    font-size: var(--pbgdpl-font-size, inherit);
    color: var(--pbgdpl-text, inherit);
    --_primary: var(--pbgdpl-primary, #0b5cad);
    --_on-primary: var(--pbgdpl-on-primary, #fff);
    --_accent: var(--pbgdpl-accent, var(--_primary));
    --_muted: var(--pbgdpl-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--pbgdpl-surface, transparent);
    --_border: var(--pbgdpl-border, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--pbgdpl-radius, 0.5em);
    --_space: var(--pbgdpl-space, 1em);
    --_s1: calc(var(--_space) * 0.25);
    --_s2: calc(var(--_space) * 0.5);
    --_s3: var(--_space);
    --_s4: calc(var(--_space) * 1.5);
    --_focus: var(--pbgdpl-focus-color, var(--_primary));
    --_heading-size: var(--pbgdpl-heading-size, 1.5em);
    --_touch: 2.75em;

    line-height: var(--pbgdpl-line-height, 1.5);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }

  /* A theme paints its own panel, so its contrast holds on any page (WCAG AA; text 15.9:1). */
  :host([theme]) {
    color-scheme: light;
    color: var(--pbgdpl-text, #222);
    --_surface: var(--pbgdpl-surface, #fff);
  }
  :host([theme]) .base {
    padding: var(--_pad, var(--_s3));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* On #222: text 13.7:1, primary 8:1, muted 8.9:1. Colours made for white paper (validity
     badges, errors) are lifted this far toward white. */
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--pbgdpl-text, #eee);
    --_surface: var(--pbgdpl-surface, #222);
    --_primary: var(--pbgdpl-primary, #8bf);
    --_on-primary: var(--pbgdpl-on-primary, #222);
    --_lift: 55%;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      color: var(--pbgdpl-text, #eee);
      --_surface: var(--pbgdpl-surface, #222);
      --_primary: var(--pbgdpl-primary, #8bf);
      --_on-primary: var(--pbgdpl-on-primary, #222);
      --_lift: 55%;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  figure {
    margin: 0;
  }
  img {
    max-width: 100%;
    height: auto;
    display: block;
  }
  a {
    color: var(--_primary);
  }
  /* Letter spacing and case are reset on buttons by every browser's own stylesheet. */
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .heading {
    font-size: var(--_heading-size);
    font-weight: bold;
    line-height: 1.25;
    margin-block-end: var(--_s3);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_s2);
    min-height: var(--_touch);
    min-width: var(--_touch);
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
    background: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
