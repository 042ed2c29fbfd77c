// Shared test helpers: finished games played headlessly, a real i18next instance with the JSON locales, a recording UiContext.
import type { i18n as I18n } from 'i18next';
import { createTestI18n } from '../../support/i18n';
import { type Difficulty, type GameLength, type GameState } from '../../../src/sim';
import { defaultContent } from '../../../src/content';
import { runGame } from '../../../src/sim/headless/run';
import type { StrategyId } from '../../../src/sim/headless/policies';
import type { UiContext } from '../../../src/ui/screen-context';

const NAMESPACES = ['results', 'source'] as const;

export function makeI18n(language = 'en'): Promise<I18n> {
  return createTestI18n(language, NAMESPACES, 'results');
}

export interface RecordingContext extends UiContext {
  readonly announced: string[];
  readonly cues: string[];
}

export function makeContext(i18n: I18n): RecordingContext {
  const announced: string[] = [];
  const cues: string[] = [];
  return {
    t: (key, options) => i18n.t(key, options),
    tIn: (lng) => (key, options) => i18n.t(key, { ...options, lng }),
    language: () => i18n.language,
    otherLanguage: () => (i18n.language === 'fr' ? 'en' : 'fr'),
    announce: (message) => announced.push(message),
    cue: (sound) => cues.push(sound),
    announced,
    cues,
  };
}

const cache = new Map<string, GameState>();

/** A finished game, played by a built-in strategy (cached: games are deterministic). */
export function finishedGame(
  strategy: StrategyId,
  seed = 1,
  difficulty: Difficulty = 'normal',
  length: GameLength = 'standard',
): GameState {
  const key = `${strategy}/${seed}/${difficulty}/${length}`;
  const known = cache.get(key);
  if (known) return known;
  const state = runGame({ seed, difficulty, length, quizAccuracy: 0.9 }, strategy, defaultContent);
  if (state.phase !== 'end' || !state.score) throw new Error(`game ${key} did not finish`);
  cache.set(key, state);
  return state;
}
