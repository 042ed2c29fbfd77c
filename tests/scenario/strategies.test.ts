// Whole headless games: every strategy finishes, balance beats all-in, and a small balance run works.
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../src/content';
import { STRATEGIES } from '../../src/sim/headless/policies';
import { runGame } from '../../src/sim/headless/run';
import { balance } from '../../scripts/sim-balance';

const opts = (seed: number) =>
  ({ seed, difficulty: 'normal', length: 'standard', quizAccuracy: 0.7 }) as const;

describe('headless games', () => {
  it('every strategy plays a standard game to the end with a score', () => {
    for (const id of STRATEGIES) {
      const end = runGame(opts(5), id, defaultContent);
      expect(end.phase).toBe('end');
      expect(end.history).toHaveLength(13);
      expect(end.score?.total).toBeGreaterThan(-1000);
    }
  });

  it('short games last 5 years with two checkpoints, and meet the four historical cards', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const end = runGame({ ...opts(seed), length: 'short' }, 'balanced', defaultContent);
      expect(end.history.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
      expect(end.checkpointsDone).toBe(2);
      // No card is drawn in the final year: its lasting effects would count for nothing.
      expect(end.history.map((r) => r.eventId)).toEqual([
        'export-controls',
        'chatgpt',
        'startup-wave',
        'deepseek',
        null,
      ]);
    }
  });

  it('a balanced split beats putting everything in one pillar', () => {
    const score = (id: (typeof STRATEGIES)[number]): number =>
      runGame(opts(9), id, defaultContent).score?.total ?? 0;
    for (const id of ['all-chips', 'all-incubators', 'all-talent', 'all-open-source'] as const) {
      expect(score(id)).toBeLessThan(score('balanced'));
    }
  });

  it('the balance report runs on a few seeds and reports every goal of issue 12', () => {
    const report = balance({
      validation: 8,
      search: 4,
      options: 2,
      only: [{ difficulty: 'normal', length: 'short' }],
    });
    const [setting] = report.settings;
    const goals = new Set(setting?.criteria.map((c) => c.id.split('-')[0]));
    expect([...goals].sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(setting?.criteria.every((c) => Number.isFinite(c.value))).toBe(true);
  }, 60_000);
});
