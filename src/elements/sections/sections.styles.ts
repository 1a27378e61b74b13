import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* The sections sit on this element's themed panel, in its font size: an em size set by the
     page must not apply twice. */
  .panel > * {
    --pbgdpl-font-size: initial;
    --_pad: 0;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1);
    border-block-end: 1px solid var(--_border);
    margin-block-end: var(--_s4);
  }
  .tab {
    min-height: var(--_touch);
    padding: var(--_s2) var(--_s3);
    border: 0;
    border-block-end: 3px solid transparent;
    margin-block-end: -1px;
    background: none;
    cursor: pointer;
    text-align: start;
  }
  .tab:hover {
    color: var(--_primary);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_primary);
    font-weight: bold;
  }
  /* A narrow host (a phone, a side column) stacks the tabs into a menu, one row each. */
  @container (max-width: 40em) {
    .tabs {
      flex-direction: column;
      gap: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .tab {
      border-block-end: 1px solid var(--_border);
      border-inline-start: 4px solid transparent;
      margin: 0;
    }
    .tab:last-child {
      border-block-end: 0;
    }
    .tab[aria-selected='true'] {
      border-inline-start-color: var(--_accent);
      border-block-end-color: var(--_border);
      background: color-mix(in srgb, var(--_primary) 8%, transparent);
    }
  }
`;
