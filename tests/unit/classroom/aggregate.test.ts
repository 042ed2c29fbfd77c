// Class aggregation: duplicates merged, same nicknames told apart, item analysis, allocations by year, score distribution and outcomes.
import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../../src/sim';
import {
  allocationsByYear,
  classRows,
  demoResults,
  encodeSessionCode,
  itemAnalysis,
  mergeDuplicates,
  scoreSummary,
  verifyResult,
  type ClassSettings,
  type VerifiedResult,
} from '../../../src/services/classroom';
import { tierOf } from '../../../src/ui/results/score-tier';
import { env } from './support';

const settings: ClassSettings = {
  length: 'short',
  difficulty: 'easy',
  language: 'fr',
  checkpoints: true,
  timerSeconds: 30,
  seed: 31_415,
};
const code = encodeSessionCode(settings);
const results: VerifiedResult[] = demoResults(code, 30, env).map((p) => {
  const v = verifyResult(p, { ...settings, code }, env, {
    outcomeOf: (s, game) => tierOf(s, game).id,
  });
  if (!v.ok) throw new Error(v.error.key);
  return v.result;
});

describe('class aggregation', () => {
  it('merges a result handed in twice, and keeps two games of the same nickname apart', () => {
    const [a, b] = results;
    if (!a || !b) throw new Error('no results');
    expect(mergeDuplicates([a, b, a, { ...a }])).toEqual([a, b]);
    const twin = { ...b, nickname: a.nickname };
    const rows = classRows([a, twin, a]);
    expect(rows.map((r) => r.label)).toEqual([a.nickname, `${a.nickname} (2)`]);
  });

  it('tells apart the demo class’s two Léa, case-insensitively', () => {
    const rows = classRows(results);
    expect(rows).toHaveLength(30);
    expect(rows.filter((r) => r.label.startsWith('Léa')).map((r) => r.label)).toEqual([
      'Léa',
      'Léa (2)',
    ]);
    const lower = { ...results[1], nickname: 'léa' } as VerifiedResult;
    expect(classRows([results[0] as VerifiedResult, lower]).map((r) => r.label)).toEqual([
      'Léa',
      'léa (2)',
    ]);
  });

  it('counts right answers per row and per question, with the passage and the commonest wrong answer', () => {
    const rows = classRows(results);
    for (const row of rows) {
      expect(row.asked).toBe(6);
      expect(row.right).toBe(row.result.answers.filter((a) => a.correct).length);
    }
    const items = itemAnalysis(results, env);
    // Everyone meets the same 6 questions (2 checkpoints of 3), so each is asked 30 times.
    expect(items).toHaveLength(6);
    for (const item of items) {
      expect(item.asked).toBe(30);
      expect(item.passage?.quote.length).toBeGreaterThan(0);
      expect(item.percentRight).toBeCloseTo((100 * item.right) / 30);
      if (item.right < 30) expect(item.commonWrong?.count).toBeGreaterThan(0);
      else expect(item.commonWrong).toBeNull();
    }
  });

  it('picks the wrong answer given most often', () => {
    const [base] = results;
    if (!base) throw new Error('no results');
    const first = base.answers[0];
    if (!first) throw new Error('no answer');
    const wrong = (value: number, student: number) => ({
      ...base,
      fingerprint: String(student),
      answers: [
        { ...first, correct: false, credit: 0, answer: { type: 'numeric' as const, value } },
      ],
    });
    const items = itemAnalysis([wrong(1, 1), wrong(2, 2), wrong(2, 3), wrong(3, 4)], env);
    expect(items[0]?.commonWrong).toEqual({ answer: { type: 'numeric', value: 2 }, count: 2 });
    expect(items[0]?.percentRight).toBe(0);
  });

  it('averages allocations by pillar for every year played', () => {
    const years = allocationsByYear(results);
    expect(years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const y of years) {
      expect(y.students).toBe(30);
      expect(y.mean).toHaveLength(PILLARS.length);
      expect(y.share.reduce((a, b) => a + b, 0)).toBeCloseTo(100);
      expect(y.mean[0]).toBeCloseTo(y.each.reduce((s, e) => s + (e[0] ?? 0), 0) / 30);
    }
  });

  it('bins finished scores and counts outcomes; unfinished games are counted apart', () => {
    const [first] = results;
    if (!first) throw new Error('no results');
    const unfinished = { ...first, fingerprint: 'x', finished: false, score: null, outcome: null };
    const summary = scoreSummary([...results, unfinished]);
    expect(summary.count).toBe(30);
    expect(summary.unfinished).toBe(1);
    expect(summary.bins.reduce((a, b) => a + b.count, 0)).toBe(30);
    expect([...summary.outcomes.values()].reduce((a, b) => a + b, 0)).toBe(30);
    const sorted = results.map((r) => r.score?.total ?? 0).sort((a, b) => a - b);
    expect(summary.min).toBe(sorted[0]);
    expect(summary.max).toBe(sorted[29]);
    expect(summary.median).toBeCloseTo(((sorted[14] ?? 0) + (sorted[15] ?? 0)) / 2);
  });

  it('gives an empty summary for no result', () => {
    const summary = scoreSummary([]);
    expect(summary).toMatchObject({ count: 0, min: null, median: null, mean: null, max: null });
    expect(itemAnalysis([], env)).toEqual([]);
    expect(allocationsByYear([])).toEqual([]);
  });
});
