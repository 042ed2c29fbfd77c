// Shared helpers for simulation tests: a fresh game and a step that fails loudly on typed errors.
import { apply, newGame, type Action, type GameState } from '../../../src/sim';
import { defaultContent } from '../../../src/content';

export const content = defaultContent;

export function fresh(seed = 7, length: 'standard' | 'short' = 'standard'): GameState {
  return newGame({ seed, difficulty: 'normal', length }, content);
}

export function step(s: GameState, action: Action): GameState {
  const r = apply(s, action, content);
  if (!r.ok) throw new Error(`unexpected error ${JSON.stringify(r.error)}`);
  return r.state;
}

export const even = (s: GameState): Action => {
  const q = Math.round(s.budget * 10);
  const base = Math.floor(q / 4);
  return {
    type: 'plan/commit',
    allocation: {
      chips: (base + (q - 4 * base)) / 10,
      incubators: base / 10,
      talent: base / 10,
      openSource: base / 10,
    },
  };
};
