import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';

describe('fold', () => {
  it('drops case, tone and vowel marks and maps đ to d', () => {
    expect(fold('Luật Đất đai')).toBe('luat dat dai');
    expect(fold('Hòa giải ở cơ sở')).toBe('hoa giai o co so');
    expect(fold('NGƯỜI DÂN')).toBe('nguoi dan');
  });

  it('folds the marks FTS5 leaves behind (ộ, ữ, ệ, ặ)', () => {
    expect(fold('Bộ luật hữu hiệu đặc biệt')).toBe('bo luat huu hieu dac biet');
  });

  it('treats decomposed (NFD) input like precomposed input', () => {
    expect(fold('Luật'.normalize('NFD'))).toBe(fold('Luật'));
  });

  it('makes document numbers typed in any case match', () => {
    expect(fold('13/2023/NĐ-CP')).toBe(fold('13/2023/nd-cp'));
  });
});
