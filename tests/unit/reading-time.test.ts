// The reading model: new text is read word by word, a familiar line only for its numbers, an unchanged line not at all.
import { describe, expect, it } from 'vitest';
import { countWords, createReader, minutesOf, setupRange } from '../../scripts/reading-time-count';

describe('the reading model', () => {
  it('counts words and numbers, a placeholder as one', () => {
    expect(countWords('Split {{budget, dec1}} billion dollars — now.')).toBe(5);
    expect(countWords('Capacité en IA\t52\t▲ +2,4')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('reads a new line whole, a familiar row for its numbers, and a line left on screen not at all', () => {
    const reader = createReader();
    expect(reader.read('Year 2022\nAI capability 52 ▲ +2.4\nCommit the budget', 'plan')).toBe(9);
    // Same HUD line: not read; the row again with new numbers: its two numbers; the button: known.
    expect(reader.read('Year 2022\nAI capability 54 ▲ +1.9\nCommit the budget', 'plan')).toBe(2);
    // Another case is still the same text (an upper-case kicker repeats a title).
    expect(reader.read('EXPORT CONTROLS', 'event')).toBe(2);
    expect(reader.read('Export controls', 'event')).toBe(0);
    expect(reader.words).toBe(13);
    expect(reader.byKind).toEqual({ plan: 11, event: 2 });
  });

  it('turns words and decisions into minutes for a slow and a fast reader', () => {
    expect(minutesOf(1500, 12)).toEqual({ slow: 11, fast: 8.5 });
    expect(setupRange([minutesOf(1500, 12), minutesOf(1800, 12)])).toEqual({ min: 8, max: 13 });
  });
});
