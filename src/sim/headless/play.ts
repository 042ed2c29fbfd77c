// Plays a game to its end with a policy: the engine of the headless runner, the balance report and tests.
import { apply } from '../apply';
import type { Content } from '../content-types';
import type { QuestionResult } from '../pillars';
import { PILLARS } from '../pillars';
import { deriveSeed, nextFloat, openRng, saveRng, seedRng, type RngState } from '../rng';
import type { Action, Allocation, GameState } from '../types';

/** A player: how it splits the budget and which event option it picks. */
export interface Policy {
  allocate(s: GameState): Allocation;
  choose(s: GameState): string;
}

/** Answers checkpoints: credit 1 with probability `accuracy`, pillars round-robin. */
export interface QuizPlayer {
  answer(s: GameState): QuestionResult[];
}

/** Salt of the quiz stream: separate from the game's PRNG so answers never shift events. */
export const QUIZ_SALT = 0x5155;

export function quizPlayer(seed: number, accuracy: number): QuizPlayer {
  let rng: RngState = seedRng(deriveSeed(seed, QUIZ_SALT));
  let asked = 0;
  return {
    answer(s) {
      const count = s.checkpoint?.questionCount ?? 0;
      const g = openRng(rng);
      const out: QuestionResult[] = [];
      for (let i = 0; i < count; i++, asked++) {
        const pillar = PILLARS[asked % PILLARS.length] ?? 'chips';
        const credit = nextFloat(g) < accuracy ? 1 : 0;
        out.push({ questionId: `q${asked + 1}`, pillar, credit });
      }
      rng = saveRng(g);
      return out;
    },
  };
}

/** The action a policy takes in the current phase (null once the game is over). */
export function nextAction(s: GameState, policy: Policy, quiz: QuizPlayer): Action | null {
  switch (s.phase) {
    case 'plan':
      return { type: 'plan/commit', allocation: policy.allocate(s) };
    case 'resolve':
      return { type: 'resolve/continue' };
    case 'event':
      return { type: 'event/choose', optionId: policy.choose(s) };
    case 'checkpoint':
      return { type: 'checkpoint/answer', results: quiz.answer(s) };
    case 'end':
      return null;
  }
}

/** Plays from any phase to the end; `log` collects the actions taken (for replays). */
export function playOut(
  start: GameState,
  content: Content,
  policy: Policy,
  quiz: QuizPlayer,
  log?: Action[],
): GameState {
  let s = start;
  for (let action = nextAction(s, policy, quiz); action; action = nextAction(s, policy, quiz)) {
    const r = apply(s, action, content);
    if (!r.ok) throw new Error(`policy made an invalid move: ${r.error.code}`);
    s = r.state;
    log?.push(action);
  }
  return s;
}
