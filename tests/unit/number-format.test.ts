// Numbers read the way each language writes them, whatever order the formats are first used in.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/services/number-format';

describe('formatNumber', () => {
  it('writes decimals and signs in French and English', () => {
    expect(formatNumber(7.4, 'dec1', 'en')).toBe('7.4');
    expect(formatNumber(7.4, 'dec1', 'fr')).toBe('7,4');
    expect(formatNumber(2.25, 'signed', 'en')).toBe('+2.3');
    expect(formatNumber(-1.5, 'signed', 'fr')).toBe('\u22121,5');
    expect(formatNumber(-2.3, 'dec1', 'en')).toBe('\u22122.3');
    expect(formatNumber(-3, 'int', 'fr')).not.toContain('-');
    expect(formatNumber(0, 'signed', 'en')).toBe('0.0');
    expect(formatNumber(53.6, 'int', 'fr')).toBe('54');
  });
  it('keeps each language and format apart once cached', () => {
    expect(formatNumber(1234.5, 'dec1', 'fr')).not.toBe(formatNumber(1234.5, 'dec1', 'en'));
    expect(formatNumber(1.25, 'int', 'en')).toBe('1');
    expect(formatNumber(1.25, 'dec1', 'en')).toBe('1.3');
  });
  it('writes a percentage the same way in every format, with a no-break space in French', () => {
    expect(formatNumber(0.5, 'percent', 'fr')).toMatch(/^50[\u00a0\u202f]%$/);
    expect(formatNumber(0.5, 'percent', 'en')).toBe('50%');
  });
  it('uses English numbers for the pseudo-locale', () => {
    expect(formatNumber(7.4, 'dec1', 'pseudo')).toBe('7.4');
  });
});
