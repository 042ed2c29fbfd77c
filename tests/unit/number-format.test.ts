// Numbers read the way each language writes them, whatever order the formats are first used in.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/services/number-format';

describe('formatNumber', () => {
  it('writes decimals and signs in French and English', () => {
    expect(formatNumber(7.4, 'dec1', 'en')).toBe('7.4');
    expect(formatNumber(7.4, 'dec1', 'fr')).toBe('7,4');
    expect(formatNumber(2.25, 'signed', 'en')).toBe('+2.3');
    expect(formatNumber(-1.5, 'signed', 'fr')).toMatch(/^[-−]1,5$/);
    expect(formatNumber(0, 'signed', 'en')).toBe('0.0');
    expect(formatNumber(53.6, 'int', 'fr')).toBe('54');
  });
  it('keeps each language and format apart once cached', () => {
    expect(formatNumber(1234.5, 'dec1', 'fr')).not.toBe(formatNumber(1234.5, 'dec1', 'en'));
    expect(formatNumber(1.25, 'int', 'en')).toBe('1');
    expect(formatNumber(1.25, 'dec1', 'en')).toBe('1.3');
  });
  it('uses English numbers for the pseudo-locale', () => {
    expect(formatNumber(7.4, 'dec1', 'pseudo')).toBe('7.4');
  });
});
