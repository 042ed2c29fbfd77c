// Each rule of the save schema, one edit of a valid profile at a time: the edit is refused, naming the field and the rule; the unedited profile passes.
import { describe, expect, it } from 'vitest';
import { checkProfile, type SaveIssue } from '../../../src/services/save/schemas';
import { parseImport } from '../../../src/services/save/transfer';
import { writeDocument } from '../../../src/services/save/document';
import { PROFILE_FORMAT } from '../../../src/services/save/profile-doc';
import { playUntil, rules } from '../../support/headless';
import { profileJson } from './support';

type Json = Record<string, unknown>;

/** A profile in the middle of a standard game's first checkpoint, with one finished game, as plain JSON. */
function validProfile(): Json {
  const { session } = playUntil(
    { seed: 7, difficulty: 'normal', length: 'standard' },
    (s) => s.session.game.phase === 'checkpoint' && (s.session.checkpoint?.current ?? 0) === 1,
  );
  return profileJson(session, 512.3);
}

/** Sets the value at a dotted path (numeric segments index arrays). */
function set(doc: Json, path: string, value: unknown): Json {
  const keys = path.split('.');
  let node = doc as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = value;
  return doc;
}

function refusal(doc: unknown): SaveIssue[] {
  const checked = checkProfile(doc, rules);
  return checked.ok ? [] : checked.issues;
}

const game = 'game.snapshot.game';
const { first, last } = rules.calendar.standard;

describe('the save schema', () => {
  it('accepts a real profile in the middle of a checkpoint', () => {
    expect(checkProfile(validProfile(), rules)).toEqual({ ok: true });
  });

  it.each<[string, string, unknown, Partial<SaveIssue>]>([
    ['a year of 1e9', `${game}.year`, 1e9, { rule: 'range', min: 2018, max: 2030 }],
    ['a year before the calendar', `${game}.year`, first - 1, { rule: 'range', min: first }],
    ['a fractional year', `${game}.year`, 2020.5, { rule: 'type' }],
    ['a negative budget', `${game}.budget`, -5, { rule: 'range', min: 0 }],
    ['a budget of 1e308', `${game}.budget`, 1e308, { rule: 'range', max: rules.budgetMax }],
    ['an indicator as a string', `${game}.indicators.capability`, '50', { rule: 'type' }],
    ['an indicator above 100', `${game}.indicators.talent`, 140, { rule: 'range', max: 100 }],
    ['a best score of 1e308', 'bestScore', 1e308, { rule: 'range', max: 1000 }],
    ['a finished date of 1e308', 'finished.0.finishedAt', 1e308, { rule: 'range', min: 0 }],
    ['a negative creation date', 'createdAt', -1, { rule: 'range', min: 0 }],
    ['an unknown difficulty', 'finished.0.difficulty', 'nightmare', { rule: 'type' }],
    ['an unknown event', `${game}.usedEvents`, ['no-such-event'], { rule: 'unknown-id' }],
    [
      'an unknown question at the checkpoint',
      'game.snapshot.checkpoint.questions.0.id',
      'no-such-question',
      { rule: 'unknown-id', found: 'no-such-question' },
    ],
    ['a 10,001-character name', 'name', 'x'.repeat(10_001), { rule: 'too-long', max: 10_000 }],
    [
      'a log of 5,001 actions',
      'game.log',
      Array.from({ length: 5_001 }, () => ({ type: 'quiz/next' })),
      { rule: 'too-many', max: 5_000 },
    ],
    ['an action of no known type', 'game.log.0', { type: 'cheat/win' }, { rule: 'type' }],
    ['a negative game count in the review boxes', 'boxes.game', -1, { rule: 'range', min: 0 }],
    ['a seed above 2³²', 'game.settings.options.seed', 2 ** 32, { rule: 'range' }],
    ['an rng of three numbers', `${game}.rng`, [1, 2, 3], { rule: 'type' }],
    ['a shown indicator above 100', `${game}.history.0.shown.0`, 140, { rule: 'range', max: 100 }],
    ['five shown indicators', `${game}.history.0.shown`, [1, 2, 3, 4, 5], { rule: 'type' }],
    ['a negative shown frontier', `${game}.history.1.shownFrontier`, -1, { rule: 'range', min: 0 }],
    ['a year event shown above 100', `${game}.yearEvent.shown.2`, 101, { rule: 'range', max: 100 }],
  ])('refuses %s', (_name, path, value, expected) => {
    const issues = refusal(set(validProfile(), path, value));
    expect(issues[0]).toMatchObject({ path: expect.stringContaining(path), ...expected });
  });

  it('refuses a first year that is not the length’s calendar', () => {
    const issues = refusal(set(validProfile(), `${game}.firstYear`, first + 1));
    expect(issues).toEqual([
      {
        path: `${game}.firstYear`,
        rule: 'calendar',
        min: first,
        max: last,
        found: String(first + 1),
      },
    ]);
  });

  it('checks a short game against its own rules version’s calendar, and refuses an unknown version', () => {
    const { session } = playUntil(
      { seed: 7, difficulty: 'normal', length: 'short' },
      (s) => s.session.game.phase === 'plan' && s.session.game.year === 2023,
    );
    const current = profileJson(session, 400);
    expect(checkProfile(current, rules)).toEqual({ ok: true });
    // Rules 2 end in 2026; the same game without `rules` (saved before versions) ended in 2028.
    const asOld = set(profileJson(session, 400), `${game}.lastYear`, 2028);
    expect(refusal(asOld)[0]).toMatchObject({ rule: 'calendar', max: 2026 });
    delete (asOld.game as { settings: Json }).settings.rules;
    expect(checkProfile(asOld, rules)).toEqual({ ok: true });
    const newer = set(profileJson(session, 400), 'game.settings.rules', 3);
    expect(refusal(newer)[0]).toMatchObject({ path: 'game.settings.rules' });
  });

  it('refuses a snapshot of another game length than its settings', () => {
    const doc = set(validProfile(), 'game.settings.options.length', 'short');
    expect(refusal(doc)).toContainEqual(expect.objectContaining({ path: `${game}.length` }));
  });

  it('refuses Infinity (1e999 in the file), a __proto__ key and 40 levels of nesting', () => {
    const text = JSON.stringify(validProfile()).replace('"bestScore":512.3', '"bestScore":1e999');
    expect(refusal(JSON.parse(text))).toEqual([{ path: 'bestScore', rule: 'type' }]);
    const proto = JSON.parse(JSON.stringify(validProfile()).replace('{', '{"__proto__":{"x":1},'));
    expect(refusal(proto)).toEqual([{ path: '__proto__', rule: 'forbidden-key' }]);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = { deep };
    expect(refusal({ ...validProfile(), extra: deep })[0]).toMatchObject({ rule: 'too-deep' });
  });

  it('names at most five fields, so the message stays readable', () => {
    const doc = validProfile();
    for (const key of ['capability', 'chipAutonomy', 'ecosystem', 'talent', 'influence', 'waste'])
      set(doc, `${game}.indicators.${key}`, -1);
    expect(refusal(doc)).toHaveLength(5);
  });
});

describe('an import replayed by the rules', () => {
  const file = (doc: Json) => writeDocument(doc, PROFILE_FORMAT);

  it('refuses a file whose log holds a move the rules refuse, naming the move', () => {
    const doc = validProfile();
    const log = (doc.game as { log: { type: string; allocation?: Record<string, number> }[] }).log;
    const commit = log.findIndex((a) => a.type === 'plan/commit');
    const allocation = log[commit]?.allocation ?? {};
    allocation.chips = (allocation.chips ?? 0) + 5;
    expect(parseImport(file(doc), rules)).toEqual({
      ok: false,
      code: 'import/invalid',
      issues: [{ path: `game.log.${commit}`, rule: 'illegal-move', move: 'budget/over-limit' }],
    });
  });

  it('replaces a saved state that disagrees with the log by the replay, and says so', () => {
    const original = validProfile();
    const edited = set(validProfile(), `${game}.indicators.capability`, 99);
    const parsed = parseImport(file(edited), rules);
    expect(parsed).toMatchObject({ ok: true, recomputed: true });
    const replayed = parsed.ok ? parsed.profile.game?.snapshot.game : null;
    expect(replayed).toEqual((original.game as { snapshot: { game: unknown } }).snapshot.game);
  });

  it('takes a file that agrees with its log as it is', () => {
    expect(parseImport(file(validProfile()), rules)).toMatchObject({ ok: true, recomputed: false });
  });
});
