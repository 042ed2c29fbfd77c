// Counts the words a player reads in one whole game, per length and language, and turns them into minutes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GameLength } from '../src/sim';
import { playGame } from './headless-game';

const LOCALES = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'locales');

/** Reading speed in a second language, words per minute (slow and fast reader). */
export const WORDS_PER_MINUTE = { slow: 150, fast: 200 } as const;
/** Seconds per decision: one per slider moved, event option chosen or answer given. */
export const SECONDS_PER_DECISION = 5;
/** Games are averaged over these seeds, since events and questions differ between games. */
export const SEEDS = [1, 2, 3, 4, 5] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function languages(): string[] {
  return readdirSync(LOCALES).filter((name) => statSync(join(LOCALES, name)).isDirectory());
}

function load(lang: string): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const file of readdirSync(join(LOCALES, lang))) {
    if (file.endsWith('.json'))
      out[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(LOCALES, lang, file), 'utf8'),
      ) as Json;
  }
  return out;
}

/** Words in a text; a {{placeholder}} counts as one word (a number or a name). */
export function countWords(text: string): number {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' x ')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Every string under a node, keys starting with "_" (translator notes) left out. */
function wordsUnder(node: Json | undefined): number {
  if (typeof node === 'string') return countWords(node);
  if (node === null || typeof node !== 'object') return 0;
  const values = Array.isArray(node)
    ? node
    : Object.entries(node)
        .filter(([key]) => !key.startsWith('_'))
        .map(([, value]) => value);
  return values.reduce<number>((sum, value) => sum + wordsUnder(value), 0);
}

export interface Reading {
  readonly words: number;
  readonly decisions: number;
  /** Words per kind of screen, to see where the reading goes. */
  readonly byScreen: Readonly<Record<string, number>>;
}

/** The words and decisions of one game, screen by screen, as the sim plays it. */
export function readGame(length: GameLength, lang: string, seed: number): Reading {
  const t = load(lang);
  const at = (path: string): Json | undefined => {
    let node: Json | undefined = t;
    for (const part of path.split('.')) {
      node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
    }
    return node;
  };
  const w = (...paths: string[]) => paths.reduce((sum, path) => sum + wordsUnder(at(path)), 0);
  const indicators = ['capability', 'chipAutonomy', 'ecosystem', 'talent', 'influence', 'waste'];
  const pillars = ['chips', 'incubators', 'talent', 'openSource'];

  // Title menu, then the setup form.
  let words =
    w('ui.app', 'ui.menu.newGame', 'ui.menu.continue', 'game.setup') - w('game.setup.starting');
  let decisions = 3; // length, difficulty, nickname
  let plans = 0;
  const seen = new Set<string>();
  const byScreen: Record<string, number> = { setup: words };
  for (const { session } of playGame({ seed, difficulty: 'normal', length })) {
    const { game, checkpoint } = session;
    const screen = `${game.phase}:${game.year}:${checkpoint?.current ?? ''}:${checkpoint?.started ?? ''}:${checkpoint?.answers[checkpoint.current] ? 'fb' : ''}`;
    if (seen.has(screen)) continue;
    seen.add(screen);
    const before = words;
    const kind =
      game.phase === 'checkpoint'
        ? checkpoint?.answers[checkpoint.current]
          ? 'feedback'
          : 'question'
        : game.phase;
    if (game.phase === 'plan') {
      // HUD, heading, sliders with their names, the forecast; pillar notes only in the first year.
      words += w(
        'game.hud.year',
        'game.hud.turn',
        'game.hud.budget',
        'game.plan.title',
        'game.plan.intro',
      );
      words += pillars.reduce(
        (sum, p) => sum + w(`model.pillars.${p}.name`, 'game.plan.amount'),
        0,
      );
      if (plans === 0) words += w('game.plan.pillars', 'game.plan.forecastNote');
      words += w('game.plan.forecastTitle', 'game.plan.allocated', 'game.plan.commit');
      words += indicators.reduce(
        (sum, i) => sum + w(`model.indicators.${i}.name`, 'game.plan.forecastChange'),
        0,
      );
      decisions += pillars.length;
      plans += 1;
    } else if (game.phase === 'resolve') {
      words += w('game.year.title', 'game.describe.capabilityUp', 'game.describe.biggest');
      words += w('game.describe.mixed', 'game.year.indicatorsTitle', 'game.year.gap');
      words += indicators.reduce(
        (sum, i) => sum + w(`model.indicators.${i}.name`, 'game.year.change'),
        0,
      );
      // The three largest causes of the year, as the year screen lists them.
      const causes = Object.values(game.lastTrace ?? {})
        .flat()
        .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
        .slice(0, 3);
      words += w('game.year.whyTitle', 'game.year.continue');
      words += causes.reduce((sum, c) => sum + w(`model.trace.${c.source}`), 0);
    } else if (game.phase === 'event' && game.event) {
      words += w(`events.${game.event.id}`, 'game.event.choose');
      decisions += 1;
    } else if (game.phase === 'checkpoint' && checkpoint) {
      if (!checkpoint.started) {
        words += w('game.checkpoint.title', 'game.checkpoint.intro', 'game.checkpoint.start');
      } else if (checkpoint.current >= checkpoint.questions.length) {
        words += w(
          'game.checkpoint.summaryTitle',
          'game.checkpoint.summary',
          'game.checkpoint.creditNote',
        );
        words += w('game.checkpoint.missedNote', 'game.checkpoint.continue');
      } else {
        const id = checkpoint.questions[checkpoint.current]?.id ?? '';
        if (checkpoint.answers[checkpoint.current]) {
          // Feedback: verdict, the explanation and the quote, the right answer when missed.
          const entry = at(`quiz.questions.${id}`);
          const fb = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {};
          words += wordsUnder(fb.explanation) + wordsUnder(fb.quote);
          words += w('checkpoint.verdict.correct', 'checkpoint.feedback.explanation');
          words += w('checkpoint.feedback.fromArticle', 'checkpoint.feedback.next');
        } else {
          // The question: heading, prompt and every choice, item or target.
          const entry = at(`quiz.questions.${id}`);
          const q = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {};
          words += w('checkpoint.question.heading', 'checkpoint.question.submit');
          words += Object.entries(q)
            .filter(([key]) => key !== 'explanation' && key !== 'quote')
            .reduce((sum, [, value]) => sum + wordsUnder(value), 0);
          decisions += 1;
        }
      }
    } else if (game.phase === 'end') {
      // The results screen, one tier's text among the five.
      words += w('results') - w('results.tiers') + w('results.tiers') / 5;
    }
    byScreen[kind] = (byScreen[kind] ?? 0) + words - before;
  }
  return { words: Math.round(words), decisions, byScreen };
}

export interface Estimate {
  readonly words: number;
  readonly decisions: number;
  /** Minutes for a slow (150 wpm) and a fast (200 wpm) second-language reader, decisions included. */
  readonly slow: number;
  readonly fast: number;
  /** Words per kind of screen in the first seed's game. */
  readonly byScreen: Readonly<Record<string, number>>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function estimate(length: GameLength, lang: string): Estimate {
  const games = SEEDS.map((seed) => readGame(length, lang, seed));
  const words = games.reduce((sum, g) => sum + g.words, 0) / games.length;
  const decisions = games.reduce((sum, g) => sum + g.decisions, 0) / games.length;
  const decide = (decisions * SECONDS_PER_DECISION) / 60;
  return {
    words: Math.round(words),
    decisions: Math.round(decisions),
    slow: round1(words / WORDS_PER_MINUTE.slow + decide),
    fast: round1(words / WORDS_PER_MINUTE.fast + decide),
    byScreen: Object.fromEntries(
      Object.entries(games[0]?.byScreen ?? {}).map(([k, v]) => [k, Math.round(v)]),
    ),
  };
}

/** What the setup screen promises: whole minutes, fastest language and reader to slowest. */
export function minutesRange(length: GameLength): { min: number; max: number } {
  const all = languages().map((lang) => estimate(length, lang));
  return {
    min: Math.floor(Math.min(...all.map((e) => e.fast))),
    max: Math.ceil(Math.max(...all.map((e) => e.slow))),
  };
}
