// The setup screen's promised minutes stay within a minute of what the reading-time script measures.
import { describe, expect, it } from 'vitest';
import { LENGTHS } from '../../src/sim';
import { READING_MINUTES } from '../../src/ui/screens/reading-time';
import { countWords, minutesRange, readGame } from '../../scripts/reading-time-count';

describe('reading time', () => {
  it('counts words, a placeholder as one', () => {
    expect(countWords('Split {{budget, dec1}} billion dollars — now.')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('reads more in a standard game than in a short one', () => {
    const short = readGame('short', 'en', 1);
    const standard = readGame('standard', 'en', 1);
    expect(standard.words).toBeGreaterThan(short.words);
    expect(short.words).toBeGreaterThan(1000);
  });

  it.each(LENGTHS)('the %s game promises what the script measures, within a minute', (length) => {
    const measured = minutesRange(length);
    expect(Math.abs(READING_MINUTES[length].min - measured.min)).toBeLessThanOrEqual(1);
    expect(Math.abs(READING_MINUTES[length].max - measured.max)).toBeLessThanOrEqual(1);
  });
});
