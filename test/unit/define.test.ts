import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '../../src/define.js';
import { injectReserveStyles } from '../../src/styles/reserve.js';
import { defined } from './defined.js';

afterEach(() => vi.restoreAllMocks());

describe('defineElement', () => {
  it('defines a free tag', () => {
    class A extends HTMLElement {}
    defineElement('pbgdpl-test-free', A);
    expect(customElements.get('pbgdpl-test-free')).toBe(A);
  });

  it('never throws when a second copy defines the same tag, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('pbgdpl-test-twice', First);
    expect(() => defineElement('pbgdpl-test-twice', Second)).not.toThrow();
    expect(() => defineElement('pbgdpl-test-twice', Second)).not.toThrow();
    expect(customElements.get('pbgdpl-test-twice')).toBe(First);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(defined(warn.mock.calls[0])[0]).toMatch(/^\[pbgdpl\] <pbgdpl-test-twice>/);
  });

  it('is silent when the same class is defined again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class Same extends HTMLElement {}
    defineElement('pbgdpl-test-same', Same);
    defineElement('pbgdpl-test-same', Same);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('injectReserveStyles', () => {
  it('adopts the reserve stylesheet once per page, whichever copy of the bundle runs', async () => {
    injectReserveStyles();
    injectReserveStyles();
    // A second copy of the bundle is another module instance, with its own code.
    vi.resetModules();
    const copy = await import('../../src/styles/reserve.js');
    expect(copy.injectReserveStyles).not.toBe(injectReserveStyles);
    copy.injectReserveStyles();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const rules = [...defined(document.adoptedStyleSheets[0]).cssRules].map((r) => r.cssText);
    expect(rules.join('\n')).toContain('pbgdpl-news-feed');
    // Not a <style> element: a host page's `style-src 'self'` would refuse it.
    expect(document.querySelector('style')).toBeNull();
  });
});
