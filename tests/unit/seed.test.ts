// A shared link's seed is taken only when it is a plain 32-bit whole number.
import { describe, expect, it } from 'vitest';
import { parseSeed, randomSeed } from '../../src/services/seed';

describe('seed from the address', () => {
  it('accepts whole numbers from 0 to 2^32 - 1', () => {
    expect(parseSeed('2')).toBe(2);
    expect(parseSeed(' 42 ')).toBe(42);
    expect(parseSeed('4294967295')).toBe(4294967295);
  });
  it('refuses anything else', () => {
    for (const bad of [
      null,
      '',
      '-1',
      '1.5',
      '4294967296',
      '1e3',
      '0x10',
      '<script>',
      '99999999999',
    ]) {
      expect(parseSeed(bad)).toBeNull();
    }
  });
  it('draws random seeds in range', () => {
    const seed = randomSeed();
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
  });
});
