// What a stored or imported document may hold, taken from the rules and the question bank in use: known ids, each game length's calendar, the richest budget.
import {
  baseBudget,
  DIFFICULTIES,
  LENGTHS,
  type Content,
  type GameLength,
  type SessionEnv,
} from '../../sim';

export type Calendar = Readonly<
  Record<GameLength, { readonly first: number; readonly last: number }>
>;

export interface SaveRules {
  /** The rules and bank a saved game is replayed with. */
  readonly env: SessionEnv;
  readonly questionIds: ReadonlySet<string>;
  /** Questions no longer in the bank that old saves may still name (their log resumes from the snapshot). */
  readonly retiredQuestionIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
  readonly optionIds: ReadonlySet<string>;
  /** Each game length's years under the current rules. */
  readonly calendar: Calendar;
  /** The years of every rules version a save may name (its settings' `rules`, absent = 1). */
  readonly calendars: ReadonlyMap<number, Calendar>;
  /** Billions: twice the richest base budget of any year and difficulty (events add at most a fraction). */
  readonly budgetMax: number;
}

export function saveRules(env: SessionEnv, retiredQuestionIds: readonly string[] = []): SaveRules {
  const calendarOf = (content: Content): Calendar =>
    Object.fromEntries(
      LENGTHS.map((length) => {
        const s = content.scenarios[length];
        return [length, { first: s.firstYear, last: s.lastYear }] as const;
      }),
    ) as Record<GameLength, { first: number; last: number }>;
  const calendar = calendarOf(env.content);
  const calendars = new Map([
    [env.content.rules, calendar],
    ...(env.content.earlier ?? []).map((c) => [c.rules, calendarOf(c)] as const),
  ]);
  const lastYear = Math.max(
    ...[...calendars.values()].flatMap((c) => LENGTHS.map((l) => c[l].last)),
  );
  const richest = Math.max(...DIFFICULTIES.map((d) => baseBudget(lastYear, d)));
  const events = env.content.events;
  return {
    env,
    questionIds: new Set(env.quiz.bank.map((q) => q.id)),
    retiredQuestionIds: new Set(retiredQuestionIds),
    eventIds: new Set(events.map((e) => e.id)),
    optionIds: new Set(events.flatMap((e) => e.options.map((o) => o.id))),
    calendar,
    calendars,
    budgetMax: Math.ceil(2 * richest),
  };
}
