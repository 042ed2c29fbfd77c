// Content rules: unique ids, sourced cards, historical years, and the DeepSeek date taken from the record.
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../../src/content';

const events = defaultContent.events;

describe('event content', () => {
  it('has at least 14 cards with unique ids, each citing a source', () => {
    expect(events.length).toBeGreaterThanOrEqual(14);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.options.map((o) => o.id)).size).toBe(e.options.length);
      for (const s of e.sources)
        if (s.kind === 'public-record') expect(s.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it('most cards offer a real choice of two options', () => {
    const twoWay = events.filter((e) => e.options.length === 2).length;
    expect(twoWay / events.length).toBeGreaterThan(0.5);
  });

  it('dates DeepSeek by the public record (January 2025), noting the article says 2024', () => {
    const card = events.find((e) => e.id === 'deepseek');
    expect(card?.year).toBe(2025);
    expect(card?.sources).toContainEqual(
      expect.objectContaining({ kind: 'public-record', date: '2025-01-20' }),
    );
  });

  it('puts export controls in 2022 and the article’s $8.5 billion wave in 2024', () => {
    expect(events.find((e) => e.id === 'export-controls')?.year).toBe(2022);
    expect(events.find((e) => e.id === 'startup-wave')?.year).toBe(2024);
  });
});
