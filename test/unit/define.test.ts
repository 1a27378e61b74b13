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
  it('adds the reserve stylesheet to the head once', () => {
    injectReserveStyles();
    injectReserveStyles();
    const styles = document.head.querySelectorAll('style[data-pbgdpl-reserve]');
    expect(styles).toHaveLength(1);
    expect(defined(styles[0]).textContent).toContain('pbgdpl-news-feed:not(:defined)');
  });
});
