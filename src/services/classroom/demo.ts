// The demo class: simulated students of varied skill who play a session's game through the real reducer, for exploring the dashboard.
import { hashString } from '../../sim/hash';
import { fixedPolicy, makePolicy, type StrategyId } from '../../sim/headless/policies';
import type { Policy } from '../../sim/headless/play';
import type { QuizAnswer, QuizQuestion } from '../../sim/quiz';
import { deriveSeed, nextFloat, openRng, saveRng, seedRng, type RngState } from '../../sim/rng';
import {
  newSession,
  reduceSession,
  rulesFor,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
} from '../../sim';
import { classGameSettings } from './class-game';
import type { CodeError } from './errors';
import type { ResultPayload } from './result-code';
import { parseSessionCode, type ClassSettings } from './session-code';

/**
 * Demo nicknames: data like a typed nickname (the same in every language), not interface text. Two
 * students share a name, as happens in a real class, so the dashboard's "Léa (2)" shows.
 */
const NAMES = [
  'Léa',
  'Noah',
  'Inès',
  'Hugo',
  'Chloé',
  'Adam',
  'Jade',
  'Lucas',
  'Emma',
  'Yanis',
  'Manon',
  'Sacha',
  'Zoé',
  'Mehdi',
  'Camille',
  'Louis',
  'Aïcha',
  'Tom',
  'Léa',
  'Nathan',
  'Lina',
  'Ethan',
  'Sarah',
  'Gabriel',
  'Maya',
  'Rayan',
  'Alice',
  'Théo',
  'Nour',
  'Jules',
  'Anaïs',
  'Malo',
];

/** How each simulated student plans: mostly sensible players, some one-pillar bets, a few at random. */
const STYLES: readonly (StrategyId | readonly number[])[] = [
  'balanced',
  [2, 1, 2, 1],
  [1, 2, 1, 2],
  'random',
  [3, 1, 1, 1],
  [1, 1, 3, 1],
  'all-chips',
  [1, 1, 1, 3],
  'balanced',
  'all-open-source',
];

interface Draw {
  next(): number;
}

function draws(seed: number): Draw {
  let state: RngState = seedRng(seed);
  return {
    next() {
      const g = openRng(state);
      const x = nextFloat(g);
      state = saveRng(g);
      return x;
    },
  };
}

const pick = <T>(list: readonly T[], x: number): T => list[Math.floor(x * list.length)] as T;

/** A fully right answer, or a plainly wrong one (never partial credit by accident). */
function answerFor(
  q: QuizQuestion,
  right: boolean,
  itemOrder: readonly string[],
  x: number,
): QuizAnswer {
  switch (q.type) {
    case 'multiple-choice': {
      const wrong = q.choices.filter((c) => c !== q.answer);
      return { type: 'multiple-choice', choice: right ? q.answer : pick(wrong, x) };
    }
    case 'true-false':
      return { type: 'true-false', value: right ? q.answer : !q.answer };
    case 'ordering':
      // The shuffled order shown is never the right one.
      return { type: 'ordering', order: right ? [...q.items] : [...itemOrder] };
    case 'matching': {
      if (right) return { type: 'matching', pairs: { ...q.answer } };
      const targets = q.items.map((item) => q.answer[item] ?? '');
      const shifted = targets.map((_, i) => targets[(i + 1) % targets.length] ?? '');
      return {
        type: 'matching',
        pairs: Object.fromEntries(q.items.map((item, i) => [item, shifted[i] ?? ''])),
      };
    }
    case 'numeric': {
      const off = 3 * q.tolerance;
      const value = q.answer + off <= q.max ? q.answer + off : q.answer - off;
      return { type: 'numeric', value: right ? q.answer : Math.round(value * 1000) / 1000 };
    }
  }
}

function must(session: PlaySession, action: SessionAction, env: SessionEnv): PlaySession {
  const step = reduceSession(session, action, env);
  if (!step.ok) throw new Error(`demo student made an illegal move: ${step.error.code}`);
  return step.session;
}

/** The demo class's settings: a short game at normal difficulty, in any language, checkpoints on, no timer. */
export function demoSettings(seed: number): ClassSettings {
  return {
    length: 'short',
    difficulty: 'normal',
    language: 'any',
    checkpoints: true,
    timerSeconds: 0,
    seed,
  };
}

/** One student's whole game, played through the session reducer as the screens would. */
export function demoGame(
  settings: ClassSettings,
  nickname: string,
  policy: Policy,
  accuracy: number,
  seed: number,
  env: SessionEnv,
): PlaySession {
  const luck = draws(seed);
  let s = newSession(classGameSettings(settings, nickname), env);
  for (let guard = 0; guard < 1000 && s.game.phase !== 'end'; guard++) {
    const cp = s.checkpoint;
    if (cp) {
      s = must(s, { type: 'checkpoint/start' }, env);
      for (const prepared of cp.questions) {
        const q = env.quiz.byId.get(prepared.id);
        if (!q) throw new Error(`unknown question ${prepared.id}`);
        const answer = answerFor(q, luck.next() < accuracy, prepared.itemOrder, luck.next());
        s = must(s, { type: 'quiz/answer', answer }, env);
        s = must(s, { type: 'quiz/next' }, env);
      }
      s = must(s, { type: 'checkpoint/finish' }, env);
      continue;
    }
    switch (s.game.phase) {
      case 'plan':
        s = must(s, { type: 'plan/commit', allocation: policy.allocate(s.game) }, env);
        break;
      case 'resolve':
        s = must(s, { type: 'resolve/continue' }, env);
        break;
      case 'event':
        s = must(s, { type: 'event/choose', optionId: policy.choose(s.game) }, env);
        break;
      default:
        throw new Error(`demo student stuck in ${s.game.phase}`);
    }
  }
  return s;
}

export type DemoResult =
  | { readonly ok: true; readonly results: ResultPayload[] }
  | { readonly ok: false; readonly error: CodeError };

/**
 * `count` simulated students for a session code: planning styles from the headless policies, quiz
 * accuracy spread from 25% to 95%. The same code always gives the same class.
 */
export function demoClass(code: string, count: number, env: SessionEnv): DemoResult {
  const parsed = parseSessionCode(code);
  if (!parsed.ok) return parsed;
  const base = hashString(parsed.code);
  // The policies look ahead by the rules the code's games are played by.
  const rules = rulesFor(classGameSettings(parsed.settings, ''), env);
  const results = Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => {
    const seed = deriveSeed(base, i + 1);
    const luck = draws(seed);
    const style = STYLES[i % STYLES.length] ?? 'balanced';
    const policy = typeof style === 'string' ? makePolicy(style, seed, rules) : fixedPolicy(style);
    const accuracy = 0.25 + 0.7 * luck.next();
    const nickname = NAMES[i % NAMES.length] ?? 'Student';
    const game = demoGame(parsed.settings, nickname, policy, accuracy, seed, env);
    return { nickname: game.settings.nickname, sessionCode: parsed.code, log: game.log };
  });
  return { ok: true, results };
}

/** The contract's form: the demo class of a valid code (none for an invalid one). */
export function demoResults(code: string, count: number, env: SessionEnv): ResultPayload[] {
  const demo = demoClass(code, count, env);
  return demo.ok ? demo.results : [];
}
