// What a stored or imported document may hold, taken from the rules and the question bank in use: known ids, each game length's calendar, the richest budget.
import { baseBudget, DIFFICULTIES, LENGTHS, type GameLength, type SessionEnv } from '../../sim';

export interface SaveRules {
  /** The rules and bank a saved game is replayed with. */
  readonly env: SessionEnv;
  readonly questionIds: ReadonlySet<string>;
  /** Questions no longer in the bank that old saves may still name (their log resumes from the snapshot). */
  readonly retiredQuestionIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
  readonly optionIds: ReadonlySet<string>;
  readonly calendar: Readonly<
    Record<GameLength, { readonly first: number; readonly last: number }>
  >;
  /** Billions: twice the richest base budget of any year and difficulty (events add at most a fraction). */
  readonly budgetMax: number;
}

export function saveRules(env: SessionEnv, retiredQuestionIds: readonly string[] = []): SaveRules {
  const calendar = Object.fromEntries(
    LENGTHS.map((length) => {
      const s = env.content.scenarios[length];
      return [length, { first: s.firstYear, last: s.lastYear }] as const;
    }),
  ) as Record<GameLength, { first: number; last: number }>;
  const lastYear = Math.max(...LENGTHS.map((l) => calendar[l].last));
  const richest = Math.max(...DIFFICULTIES.map((d) => baseBudget(lastYear, d)));
  const events = env.content.events;
  return {
    env,
    questionIds: new Set(env.quiz.bank.map((q) => q.id)),
    retiredQuestionIds: new Set(retiredQuestionIds),
    eventIds: new Set(events.map((e) => e.id)),
    optionIds: new Set(events.flatMap((e) => e.options.map((o) => o.id))),
    calendar,
    budgetMax: Math.ceil(2 * richest),
  };
}
