// Event effects depend on earlier choices: sanctions hurt less with more chip autonomy.
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../src/sim';
import { applyEffects } from '../../../src/sim/events';
import { runGame } from '../../../src/sim/headless/run';
import { content, fresh } from './helpers';

const card = content.events.find((e) => e.id === 'export-controls');
const withAutonomy = (s: GameState, chipAutonomy: number): GameState => ({
  ...s,
  year: 2022,
  indicators: { ...s.indicators, chipAutonomy },
});

describe('export controls', () => {
  it('cost less capability when chip autonomy is high', () => {
    const shock = card?.shock ?? [];
    const low = applyEffects(withAutonomy(fresh(), 10), shock);
    const high = applyEffects(withAutonomy(fresh(), 70), shock);
    expect(low.shifts.capability).toBeLessThan(0);
    expect(high.shifts.capability ?? 0).toBeGreaterThan(low.shifts.capability ?? 0);
    expect(high.patch.computeAccess).toBeLessThan(1);
  });

  it('hit harder on hard than on easy', () => {
    const shock = card?.shock ?? [];
    const base = withAutonomy(fresh(), 20);
    const easy = applyEffects({ ...base, difficulty: 'easy' }, shock).shifts.capability ?? 0;
    const hard = applyEffects({ ...base, difficulty: 'hard' }, shock).shifts.capability ?? 0;
    expect(hard).toBeLessThan(easy);
  });

  it('arrive in 2022 in every standard game, whatever the seed', () => {
    for (const seed of [1, 2, 3]) {
      const end = runGame(
        { seed, difficulty: 'normal', length: 'standard', quizAccuracy: 0.5 },
        'random',
        content,
      );
      expect(end.history.find((r) => r.year === 2022)?.eventId).toBe('export-controls');
    }
  });
});
