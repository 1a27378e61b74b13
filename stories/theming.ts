/** What the Dark and Themed stories of every element share. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { PbgdplTheme } from '../src/index.js';

export const themeArgType = {
  control: 'inline-radio',
  options: [undefined, 'light', 'dark', 'auto'] satisfies (PbgdplTheme | undefined)[],
} as const;

/**
 * A provincial portal's look, set by the page on a wrapper with tokens alone: red and gold, a
 * serif font, square corners, roomier spacing.
 */
export const portalTokens = {
  primary: 'rgb(164, 22, 26)',
  style: [
    '--pbgdpl-primary: #a4161a',
    '--pbgdpl-accent: #b8860b',
    '--pbgdpl-font-family: Georgia, serif',
    '--pbgdpl-radius: 0',
    '--pbgdpl-space: 1.25rem',
    '--pbgdpl-heading-size: 1.75em',
  ].join('; '),
};

export const withPortalTokens: Decorator = (story) =>
  html`<div style=${portalTokens.style}>${story()}</div>`;

/** `selector` in the shadow root of the canvas's `tag`, once rendered. */
export function shown(canvas: HTMLElement, tag: string, selector: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`${selector} not rendered yet`);
      return found;
    },
    { timeout: 8000 },
  );
}

/** The widget says dark to the browser and paints light text on its own dark panel. */
export async function expectDark(canvas: HTMLElement, tag: string): Promise<void> {
  const host = canvas.querySelector<HTMLElement>(tag);
  await expect(host && getComputedStyle(host).colorScheme).toBe('dark');
  await expect(getComputedStyle(await shown(canvas, tag, '.base')).backgroundColor).toBe(
    'rgb(34, 34, 34)',
  );
  await expect(getComputedStyle(await shown(canvas, tag, '[part=heading]')).color).toBe(
    'rgb(238, 238, 238)',
  );
}

/** The page's tokens reach inside: the heading's font and the colour of `primary`. */
export async function expectPortal(canvas: HTMLElement, tag: string, primary: string) {
  const heading = await shown(canvas, tag, '[part=heading]');
  await expect(getComputedStyle(heading).fontFamily).toContain('Georgia');
  await expect(getComputedStyle(await shown(canvas, tag, primary)).color).toBe(
    portalTokens.primary,
  );
}
