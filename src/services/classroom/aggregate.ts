// What the dashboard shows of a class: table rows (same nicknames told apart), item analysis, allocations by pillar and year, scores and outcomes.
import { PILLARS, type ScoreBreakdown, type SessionEnv } from '../../sim';
import type { PassageRef, QuizAnswer, SectionId } from '../../sim/quiz';
import type { VerifiedResult } from './verify';

/** Same nickname and same log: the same game handed in twice (pasted and scanned, say), kept once. */
export function mergeDuplicates(results: readonly VerifiedResult[]): VerifiedResult[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    const key = `${r.nickname}\u0000${r.fingerprint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ClassRow {
  /** The nickname, or "Léa (2)" for the second student of that name (names compare without case). */
  readonly label: string;
  readonly result: VerifiedResult;
  readonly finished: boolean;
  readonly score: ScoreBreakdown | null;
  readonly outcome: string | null;
  /** Questions answered at finished checkpoints, fully right ones, and the credit earned. */
  readonly asked: number;
  readonly right: number;
  readonly credit: number;
  /** Share of fully right answers, 0–100 (null with no question). */
  readonly percentRight: number | null;
  /** Years played (records written). */
  readonly years: number;
}

const nameKey = (nickname: string): string => nickname.normalize('NFC').toLocaleLowerCase('und');

/** One row per distinct result, in the order given, duplicates merged. */
export function classRows(results: readonly VerifiedResult[]): ClassRow[] {
  const counts = new Map<string, number>();
  return mergeDuplicates(results).map((result) => {
    const key = nameKey(result.nickname);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const right = result.answers.filter((a) => a.correct).length;
    const asked = result.answers.length;
    return {
      label: n === 1 ? result.nickname : `${result.nickname} (${n})`,
      result,
      finished: result.finished,
      score: result.score,
      outcome: result.outcome,
      asked,
      right,
      credit: result.answers.reduce((sum, a) => sum + a.credit, 0),
      percentRight: asked === 0 ? null : (100 * right) / asked,
      years: result.years.length,
    };
  });
}

export interface ItemStat {
  readonly questionId: string;
  readonly section: SectionId;
  /** The article passage the answer comes from (section and a short French quote). */
  readonly passage: PassageRef | null;
  readonly asked: number;
  readonly right: number;
  /** Fully right answers, 0–100. */
  readonly percentRight: number;
  /** Mean credit, 0–1 (partial credit counts). */
  readonly meanCredit: number;
  /** The wrong answer given most often (first seen wins a tie), and by how many students. */
  readonly commonWrong: { readonly answer: QuizAnswer; readonly count: number } | null;
}

/** Two answers that say the same thing compare equal: matching pairs in any key order. */
function answerKey(a: QuizAnswer): string {
  if (a.type === 'matching')
    return JSON.stringify([a.type, Object.entries(a.pairs).sort(([x], [y]) => (x < y ? -1 : 1))]);
  return JSON.stringify(a);
}

/** Per question, in the order questions were first asked (the session's order): hardest found by sorting. */
export function itemAnalysis(results: readonly VerifiedResult[], env: SessionEnv): ItemStat[] {
  type Acc = {
    section: SectionId;
    asked: number;
    right: number;
    credit: number;
    wrong: Map<string, { answer: QuizAnswer; count: number }>;
  };
  const items = new Map<string, Acc>();
  for (const result of mergeDuplicates(results)) {
    for (const a of result.answers) {
      const acc = items.get(a.questionId) ?? {
        section: a.section,
        asked: 0,
        right: 0,
        credit: 0,
        wrong: new Map(),
      };
      acc.asked++;
      acc.credit += a.credit;
      if (a.correct) acc.right++;
      else {
        const key = answerKey(a.answer);
        const w = acc.wrong.get(key) ?? { answer: a.answer, count: 0 };
        w.count++;
        acc.wrong.set(key, w);
      }
      items.set(a.questionId, acc);
    }
  }
  return [...items].map(([questionId, acc]) => {
    let commonWrong: ItemStat['commonWrong'] = null;
    for (const w of acc.wrong.values())
      if (!commonWrong || w.count > commonWrong.count) commonWrong = w;
    return {
      questionId,
      section: acc.section,
      passage: env.quiz.byId.get(questionId)?.passage ?? null,
      asked: acc.asked,
      right: acc.right,
      percentRight: (100 * acc.right) / acc.asked,
      meanCredit: acc.credit / acc.asked,
      commonWrong,
    };
  });
}

export interface YearAllocation {
  readonly year: number;
  /** Students who played this year. */
  readonly students: number;
  /** Mean billions per pillar, PILLARS order. */
  readonly mean: readonly number[];
  /** Mean share of the year's budget per pillar, 0–100, PILLARS order. */
  readonly share: readonly number[];
  /** Each student's billions per pillar (row order as given), for a per-student chart. */
  readonly each: readonly (readonly number[])[];
}

/** Allocations by pillar across students and over the years, one entry per year someone played. */
export function allocationsByYear(results: readonly VerifiedResult[]): YearAllocation[] {
  const byYear = new Map<number, { each: number[][]; shares: number[][] }>();
  for (const result of mergeDuplicates(results)) {
    for (const record of result.years) {
      const entry = byYear.get(record.year) ?? { each: [], shares: [] };
      const allocation = PILLARS.map((_, i) => record.allocation[i] ?? 0);
      const total = allocation.reduce((a, b) => a + b, 0);
      entry.each.push(allocation);
      entry.shares.push(allocation.map((x) => (total > 0 ? (100 * x) / total : 0)));
      byYear.set(record.year, entry);
    }
  }
  const mean = (rows: number[][], i: number) =>
    rows.reduce((sum, row) => sum + (row[i] ?? 0), 0) / rows.length;
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, { each, shares }]) => ({
      year,
      students: each.length,
      mean: PILLARS.map((_, i) => mean(each, i)),
      share: PILLARS.map((_, i) => mean(shares, i)),
      each,
    }));
}

export interface ScoreBin {
  /** Points, inclusive lower bound. */
  readonly from: number;
  /** Points, exclusive upper bound (the last bin includes 1000). */
  readonly to: number;
  readonly count: number;
}

export interface ScoreSummary {
  readonly bins: readonly ScoreBin[];
  /** Finished games only. */
  readonly count: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly mean: number | null;
  readonly max: number | null;
  /** Finished games per outcome id, in order of first appearance. */
  readonly outcomes: ReadonlyMap<string, number>;
  readonly unfinished: number;
}

export const SCORE_MAX = 1000;

/** Score distribution in bins of `width` points over 0–1000, with the median and the outcome counts. */
export function scoreSummary(results: readonly VerifiedResult[], width = 100): ScoreSummary {
  const merged = mergeDuplicates(results);
  const scores = merged.flatMap((r) => (r.score ? [r.score.total] : [])).sort((a, b) => a - b);
  const bins: ScoreBin[] = [];
  for (let from = 0; from < SCORE_MAX; from += width) {
    const to = Math.min(from + width, SCORE_MAX);
    const last = to >= SCORE_MAX;
    const count = scores.filter((s) => s >= from && (s < to || (last && s <= to))).length;
    bins.push({ from, to, count });
  }
  // A score below 0 (heavy waste) counts in the first bin.
  const below = scores.filter((s) => s < 0).length;
  if (below > 0 && bins[0]) bins[0] = { ...bins[0], count: bins[0].count + below };
  const outcomes = new Map<string, number>();
  for (const r of merged)
    if (r.outcome) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
  const n = scores.length;
  const median =
    n === 0
      ? null
      : n % 2 === 1
        ? (scores[(n - 1) / 2] ?? 0)
        : ((scores[n / 2 - 1] ?? 0) + (scores[n / 2] ?? 0)) / 2;
  return {
    bins,
    count: n,
    min: scores[0] ?? null,
    median,
    mean: n === 0 ? null : scores.reduce((a, b) => a + b, 0) / n,
    max: scores[n - 1] ?? null,
    outcomes,
    unfinished: merged.filter((r) => !r.finished).length,
  };
}
