// One schema (valibot) for every stored and imported document: ranges for every number, known ids, capped strings and lists; each refusal names its field and rule.
import * as v from 'valibot';
import { DIFFICULTIES, INDICATORS, LENGTHS } from '../../sim';
import { PILLARS } from '../../sim/pillars';
import { LEITNER_MAX_BOX } from '../../sim/quiz/leitner';
import { QUESTION_TYPES, SECTION_IDS } from '../../sim/quiz/types';
import { isId } from './guards';
import type { Calendar, SaveRules } from './save-rules';

/** Why a field was refused; shown per field in the player's language (locales saves.json `issue`). */
export type SaveRule =
  | 'type'
  | 'range'
  | 'too-long'
  | 'too-many'
  | 'unknown-id'
  | 'calendar'
  | 'forbidden-key'
  | 'too-deep'
  | 'illegal-move';

export interface SaveIssue {
  /** Dotted path to the field, from the document's data: `game.snapshot.game.year`. */
  readonly path: string;
  readonly rule: SaveRule;
  readonly min?: number;
  readonly max?: number;
  /** The value found, as short text (primitives only). */
  readonly found?: string;
  /** For `illegal-move`: the rules' reason, an error code such as `budget/over-limit`. */
  readonly move?: string;
}

/** A refusal names at most this many fields: enough to fix a file by hand, short enough to read. */
export const ISSUES_MAX = 5;
/** ms since 1970 up to 1 January 2100: any later date is not a date a classroom game was played. */
export const TIME_MAX = 4_102_444_800_000;
/** The deepest nesting a real document has is under 10; JSON nested far deeper is an attack. */
export const DEPTH_MAX = 32;
export const NAME_MAX_CHARS = 10_000;
export const LOG_MAX = 5_000;
const SEED_MAX = 0xffffffff;
const COUNT_MAX = 1_000_000;
/** The lowest and highest final score (waste 100 costs 250; the best game scores 1000). */
const SCORE_MIN = -250;
const SCORE_MAX = 1000;
/** Keys that would reach an object's prototype if a later step copied them carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Messages are rule codes (`range:0:100`), turned into issues below; the player never sees them raw.
const range = (min: number, max: number) =>
  v.check((n: number) => n >= min && n <= max, `range:${min}:${max}`);
const num = (min: number, max: number) => v.pipe(v.number(), v.finite('type'), range(min, max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer('type'), range(min, max));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `too-long:${max}`));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `too-many:${max}`));
const knownId = (ids: ReadonlySet<string>) =>
  v.pipe(
    text(100),
    v.check((id: string) => ids.has(id), 'unknown-id'),
  );
/** The same schema under each of `keys` (pillars, indicators, sections). */
const each = <K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) =>
  Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>;
const profileId = v.pipe(
  v.string(),
  v.check((id: string) => isId(id), 'type'),
);
const time = int(0, TIME_MAX);
const score = num(SCORE_MIN, SCORE_MAX);

const built = new WeakMap<SaveRules, ReturnType<typeof buildSchemas>>();

/** The schemas for one set of rules, built once per rules object. */
export function saveSchemas(rules: SaveRules): ReturnType<typeof buildSchemas> {
  let schemas = built.get(rules);
  if (!schemas) built.set(rules, (schemas = buildSchemas(rules)));
  return schemas;
}

/** Builds the schemas for one set of rules (ids, calendars, budget); the calendar across fields is checked below. */
function buildSchemas(rules: SaveRules) {
  const { budgetMax } = rules;
  const years = [...rules.calendars.values()].flatMap((c) => Object.values(c));
  const year = int(Math.min(...years.map((c) => c.first)), Math.max(...years.map((c) => c.last)));
  const money = num(0, budgetMax);
  const share = num(0, 100);
  const questionId = knownId(new Set([...rules.questionIds, ...rules.retiredQuestionIds]));
  const eventId = knownId(rules.eventIds);
  const optionId = knownId(rules.optionIds);
  const choiceId = text(100);
  const allocation = v.looseObject(each(PILLARS, money));
  const indicators = v.looseObject(each(INDICATORS, share));
  const yearRecord = v.looseObject({
    year,
    budget: money,
    allocation: v.pipe(list(money, PILLARS.length), v.length(PILLARS.length, 'type')),
    indicators: v.pipe(list(share, INDICATORS.length), v.length(INDICATORS.length, 'type')),
    frontier: share,
    eventId: v.nullable(eventId),
    optionId: v.nullable(optionId),
    // Since issue 15; older records have neither.
    shown: v.optional(v.pipe(list(share, INDICATORS.length), v.length(INDICATORS.length, 'type'))),
    shownFrontier: v.optional(share),
  });
  const part = num(SCORE_MIN, SCORE_MAX);
  const breakdown = v.looseObject({
    capability: part,
    chipAutonomy: part,
    ecosystem: part,
    talent: part,
    influence: part,
    waste: part,
    total: score,
  });
  const contribution = v.looseObject({ source: text(64), amount: num(-1000, 1000) });
  const game = v.looseObject({
    version: v.literal(1),
    seed: int(0, SEED_MAX),
    difficulty: v.picklist(DIFFICULTIES),
    length: v.picklist(LENGTHS),
    firstYear: year,
    lastYear: year,
    year,
    phase: v.picklist(['plan', 'resolve', 'event', 'checkpoint', 'end']),
    budget: money,
    indicators,
    frontier: share,
    frontierBoost: num(-100, 100),
    computeAccess: num(0, 1),
    capital: v.looseObject(each(PILLARS, num(0, 1000))),
    pipeline: v.looseObject({
      chips: num(0, 10 * budgetMax),
      talent: v.tuple([num(0, 10 * budgetMax), num(0, 10 * budgetMax)]),
    }),
    modifiers: list(
      v.looseObject({ pillar: v.picklist(PILLARS), factor: num(0, 10), untilYear: int(0, 3000) }),
      100,
    ),
    budgetAdjust: num(-budgetMax, budgetMax),
    usedEvents: list(eventId, 100),
    event: v.nullable(v.looseObject({ id: eventId, options: list(optionId, 10) })),
    yearEvent: v.nullable(
      v.looseObject({
        id: eventId,
        optionId,
        shown: v.optional(
          v.pipe(list(share, INDICATORS.length), v.length(INDICATORS.length, 'type')),
        ),
        shownFrontier: v.optional(share),
      }),
    ),
    checkpoint: v.nullable(v.looseObject({ index: int(0, 50), questionCount: int(0, 50) })),
    checkpointsDone: int(0, 50),
    lastAllocation: v.nullable(allocation),
    lastTrace: v.nullable(v.record(v.picklist(INDICATORS), list(contribution, 50))),
    history: list(yearRecord, 50),
    quiz: v.looseObject({ answered: int(0, COUNT_MAX), credit: num(0, COUNT_MAX) }),
    score: v.nullable(breakdown),
    rng: v.pipe(list(int(-(2 ** 31), 2 ** 32 - 1), 4), v.length(4, 'type')),
  });
  const answer = v.variant('type', [
    v.looseObject({ type: v.literal('multiple-choice'), choice: choiceId }),
    v.looseObject({ type: v.literal('true-false'), value: v.boolean() }),
    v.looseObject({ type: v.literal('matching'), pairs: v.record(choiceId, choiceId) }),
    v.looseObject({ type: v.literal('ordering'), order: list(choiceId, 50) }),
    v.looseObject({ type: v.literal('numeric'), value: num(-1e12, 1e12) }),
  ]);
  const prepared = v.looseObject({
    id: questionId,
    type: v.picklist(QUESTION_TYPES),
    choiceOrder: list(choiceId, 50),
    itemOrder: list(choiceId, 50),
    targetOrder: list(choiceId, 50),
  });
  const grade = v.looseObject({ credit: num(0, 1), correct: v.boolean() });
  const checkpoint = v.looseObject({
    questions: list(prepared, 50),
    answers: list(v.nullable(answer), 50),
    grades: v.optional(list(v.nullable(grade), 50)),
    current: int(0, 50),
    started: v.optional(v.boolean()),
  });
  const boxes = v.looseObject({
    version: v.literal(1),
    game: int(0, COUNT_MAX),
    entries: v.record(
      questionId,
      v.looseObject({ box: int(1, LEITNER_MAX_BOX), lastGame: int(0, COUNT_MAX) }),
    ),
  });
  const sessionState = v.looseObject({
    game,
    draft: v.nullable(allocation),
    checkpoint: v.nullable(checkpoint),
    quizLog: list(
      v.looseObject({ questionId, section: v.picklist(SECTION_IDS), credit: num(0, 1) }),
      1000,
    ),
    quizRecord: v.looseObject({ asked: list(questionId, 1000), missed: list(questionId, 1000) }),
    boxes,
  });
  const action = v.variant('type', [
    v.looseObject({ type: v.literal('plan/commit'), allocation }),
    v.looseObject({ type: v.literal('draft/set'), allocation }),
    v.looseObject({ type: v.literal('resolve/continue') }),
    v.looseObject({ type: v.literal('event/choose'), optionId }),
    v.looseObject({ type: v.literal('checkpoint/start') }),
    v.looseObject({ type: v.literal('quiz/answer'), answer }),
    v.looseObject({ type: v.literal('quiz/next') }),
    v.looseObject({ type: v.literal('checkpoint/finish') }),
  ]);
  const options = v.looseObject({
    seed: int(0, SEED_MAX),
    difficulty: v.picklist(DIFFICULTIES),
    length: v.picklist(LENGTHS),
  });
  const savedGame = v.looseObject({
    settings: v.looseObject({
      options,
      nickname: text(NAME_MAX_CHARS),
      review: boxes,
      resumeFrom: v.optional(sessionState),
      missesReturnOnce: v.optional(v.literal(true)),
      // A class session game (issue 13): its session code, and checkpoints turned off.
      classCode: v.optional(
        v.pipe(
          v.string(),
          v.regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/),
        ),
      ),
      checkpoints: v.optional(v.literal(false)),
      // The rules version it was started with (absent: 1); an unknown one is a newer game's.
      rules: v.optional(v.picklist([...rules.calendars.keys()])),
    }),
    log: list(action, LOG_MAX),
    snapshot: sessionState,
  });
  const finished = v.looseObject({
    finishedAt: time,
    score,
    seed: int(0, SEED_MAX),
    difficulty: v.picklist(DIFFICULTIES),
    length: v.picklist(LENGTHS),
  });
  const counts = v.looseObject({ asked: int(0, COUNT_MAX), credit: num(0, COUNT_MAX) });
  const mastery = v.looseObject(each(SECTION_IDS, v.optional(counts)));
  const profile = v.looseObject({
    id: profileId,
    name: text(NAME_MAX_CHARS),
    createdAt: time,
    lastPlayedAt: time,
    game: v.nullable(savedGame),
    finished: list(finished, 10_000),
    bestScore: v.nullable(score),
    mastery,
    boxes,
  });
  return { profile, savedGame, sessionState, boxes };
}

export const profileListSchema = v.looseObject({
  ids: list(profileId, 10_000),
  activeId: v.nullable(profileId),
});

type Schema = v.GenericSchema;

const shortText = (value: unknown): string | undefined =>
  typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : typeof value === 'string'
      ? value.slice(0, 40)
      : undefined;

/** Turns a valibot issue into ours: the rule from our message code, else a type mismatch. */
function toIssue(issue: v.BaseIssue<unknown>): SaveIssue {
  const path = v.getDotPath(issue) ?? '';
  const found = shortText(issue.input);
  const [code, a, b] = issue.message.split(':');
  const withFound = found === undefined ? {} : { found };
  if (code === 'range')
    return { path, rule: 'range', min: Number(a), max: Number(b), ...withFound };
  if (code === 'too-long' || code === 'too-many')
    return { path, rule: code, max: Number(a), ...withFound };
  if (code === 'unknown-id') return { path, rule: 'unknown-id', ...withFound };
  return { path, rule: 'type', ...withFound };
}

/** Depth, forbidden keys and non-finite numbers, checked before any schema walks the value. */
export function guardTree(value: unknown): SaveIssue | null {
  const stack: { node: unknown; path: string; depth: number }[] = [
    { node: value, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: string; depth: number };
    if (typeof node === 'number' && !Number.isFinite(node)) return { path, rule: 'type' };
    if (typeof node !== 'object' || node === null) continue;
    if (depth > DEPTH_MAX) return { path, rule: 'too-deep', max: DEPTH_MAX };
    for (const key of Object.keys(node)) {
      const at = join(path, key);
      if (FORBIDDEN_KEYS.has(key)) return { path: at, rule: 'forbidden-key' };
      stack.push({ node: (node as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The calendar of a game state must be its length's under its rules version, and its year inside it. */
function calendarIssue(
  game: unknown,
  path: string,
  calendar: Calendar | undefined,
): SaveIssue | null {
  const g = game as {
    length: (typeof LENGTHS)[number];
    firstYear: number;
    lastYear: number;
    year: number;
  };
  // An unknown rules version is refused by the schema already.
  if (!calendar) return null;
  const c = calendar[g.length];
  if (g.firstYear !== c.first || g.lastYear !== c.last)
    return {
      path: `${path}.firstYear`,
      rule: 'calendar',
      min: c.first,
      max: c.last,
      found: String(g.firstYear),
    };
  if (g.year < c.first || g.year > c.last)
    return {
      path: `${path}.year`,
      rule: 'calendar',
      min: c.first,
      max: c.last,
      found: String(g.year),
    };
  return null;
}

/** What a checkpoint in progress must agree on across its fields. */
function checkpointIssue(state: unknown, path: string): SaveIssue | null {
  const cp = (
    state as { checkpoint: { questions: unknown[]; answers: unknown[]; current: number } | null }
  ).checkpoint;
  if (!cp) return null;
  if (cp.answers.length !== cp.questions.length)
    return { path: `${path}.checkpoint.answers`, rule: 'type' };
  if (cp.current > cp.questions.length)
    return { path: `${path}.checkpoint.current`, rule: 'range', min: 0, max: cp.questions.length };
  return null;
}

/** Cross-field checks of a saved game (its states' calendars and checkpoints, its settings' length). */
function savedGameIssues(saved: unknown, path: string, rules: SaveRules): SaveIssue[] {
  const g = saved as {
    settings: {
      options: { length: (typeof LENGTHS)[number] };
      resumeFrom?: { game: unknown };
      rules?: number;
    };
    snapshot: { game: { length: string } };
  };
  const calendar = rules.calendars.get(g.settings.rules ?? 1);
  const states = [
    { state: g.snapshot, at: join(path, 'snapshot') },
    ...(g.settings.resumeFrom
      ? [{ state: g.settings.resumeFrom, at: join(path, 'settings.resumeFrom') }]
      : []),
  ];
  const issues = states.flatMap(({ state, at }) => [
    calendarIssue(state.game, join(at, 'game'), calendar),
    checkpointIssue(state, at),
  ]);
  if (g.snapshot.game.length !== g.settings.options.length)
    issues.push({
      path: join(path, 'snapshot.game.length'),
      rule: 'type',
      found: g.snapshot.game.length,
    });
  return issues.filter((i): i is SaveIssue => i !== null);
}

export type Checked = { readonly ok: true } | { readonly ok: false; readonly issues: SaveIssue[] };

function run(schema: Schema, value: unknown, cross: () => SaveIssue[]): Checked {
  const guarded = guardTree(value);
  if (guarded) return { ok: false, issues: [guarded] };
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (!result.success)
    return { ok: false, issues: result.issues.slice(0, ISSUES_MAX).map(toIssue) };
  const issues = cross();
  return issues.length ? { ok: false, issues: issues.slice(0, ISSUES_MAX) } : { ok: true };
}

/** Checks a profile document's data against every rule; nothing is cleaned here. */
export function checkProfile(value: unknown, rules: SaveRules): Checked {
  return run(saveSchemas(rules).profile, value, () => {
    const game = (value as { game: unknown }).game;
    return game === null ? [] : savedGameIssues(game, 'game', rules);
  });
}

export function checkSavedGame(value: unknown, rules: SaveRules): Checked {
  return run(saveSchemas(rules).savedGame, value, () => savedGameIssues(value, '', rules));
}

export function checkProfileList(value: unknown): Checked {
  return run(profileListSchema, value, () => []);
}
