// Shared test helpers: finished games played headlessly, a real i18next instance with the JSON locales, a recording UiContext.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { defaultContent, type Difficulty, type GameLength, type GameState } from '../../../src/sim';
import { runGame } from '../../../src/sim/headless/run';
import type { StrategyId } from '../../../src/sim/headless/policies';
import type { UiContext } from '../../../src/ui/screen-context';

const NAMESPACES = ['results', 'source'] as const;

function bundle(lang: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join('locales', lang, `${ns}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

export async function makeI18n(language = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const lang of ['en', 'fr'])
    resources[lang] = Object.fromEntries(NAMESPACES.map((ns) => [ns, bundle(lang, ns)]));
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'results',
    resources,
    interpolation: { escapeValue: false },
  });
  return instance;
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
