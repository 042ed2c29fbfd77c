// Replay verification: a result is judged by replaying its log from the session's settings; edits are rejected or recomputed, other sessions refused.
import { describe, expect, it } from 'vitest';
import { replay, type GameState, type SessionAction } from '../../../src/sim';
import {
  classGameSettings,
  demoResults,
  demoSettings,
  encodeResultCode,
  encodeSessionCode,
  parseResultCode,
  verifyResult,
  type ResultPayload,
} from '../../../src/services/classroom';
import { tierOf } from '../../../src/ui/results/score-tier';
import { env, expectTranslated } from './support';

const settings = demoSettings(777);
const code = encodeSessionCode(settings);
const session = { ...settings, code };
const [student, second] = demoResults(code, 2, env);
if (!student || !second) throw new Error('no demo students');
const outcomeOf = (score: number, game: GameState) => tierOf(score, game).id;

function verified(p: ResultPayload) {
  const v = verifyResult(p, session, env, { outcomeOf });
  if (!v.ok) throw new Error(v.error.key);
  return v.result;
}

function rejected(p: ResultPayload, s = session): string {
  const v = verifyResult(p, s, env);
  if (v.ok) return 'accepted';
  expectTranslated(v.error);
  return v.error.key;
}

/** The log with its n-th action of a type replaced. */
function edit(
  log: readonly SessionAction[],
  type: SessionAction['type'],
  n: number,
  change: (a: SessionAction) => SessionAction,
): SessionAction[] {
  let seen = -1;
  return log.map((a) => (a.type === type && ++seen === n ? change(a) : a));
}

describe('verifyResult', () => {
  it('recomputes the score, the years, the outcome and every answer from the log', () => {
    const r = verified(student);
    const direct = replay(classGameSettings(settings, student.nickname), student.log, env).session;
    expect(r.finished).toBe(true);
    expect(r.notice).toBeNull();
    expect(r.score).toEqual(direct.game.score);
    expect(r.years).toEqual(direct.game.history);
    expect(r.years).toHaveLength(5);
    expect(r.outcome).toBe(tierOf(direct.game.score?.total ?? 0, direct.game).id);
    expect(r.answers.map((a) => [a.questionId, a.credit])).toEqual(
      direct.quizLog.map((q) => [q.questionId, q.credit]),
    );
    expect(r.answers.every((a) => a.answer.type.length > 0)).toBe(true);
  });

  it('accepts what a decoded result code holds: the same verdict before and after the code', () => {
    const parsed = parseResultCode(encodeResultCode(student));
    if (!parsed.ok) throw new Error(parsed.error.key);
    expect(verified(parsed.payload).score).toEqual(verified(student).score);
    // The replay decoding did is reused; a copy of the payload or other rules replay afresh, same verdict.
    const fresh = verified({ ...parsed.payload });
    expect(verified(parsed.payload)).toEqual(fresh);
    const otherRules = { ...env, content: { ...env.content } };
    const v = verifyResult(parsed.payload, session, otherRules, { outcomeOf });
    expect(v.ok && v.result).toEqual(fresh);
    const elsewhere = encodeSessionCode({ ...settings, seed: 1 });
    expect(rejected(parsed.payload, { ...settings, seed: 1, code: elsewhere })).toBe(
      'verify.other-session',
    );
  });

  it('shows the recomputed score when a legal move was changed (a different split, a right answer)', () => {
    const before = verified(student);
    const split = edit(student.log, 'plan/commit', 2, (a) => {
      if (a.type !== 'plan/commit') return a;
      const { chips, incubators } = a.allocation;
      return {
        type: 'plan/commit',
        allocation: {
          ...a.allocation,
          chips: Math.round((chips + incubators) * 10) / 10,
          incubators: 0,
        },
      };
    });
    const after = verified({ ...student, log: split });
    expect(after.score?.total).not.toBe(before.score?.total);
    const direct = replay(classGameSettings(settings, student.nickname), split, env).session;
    expect(after.score).toEqual(direct.game.score);
  });

  it('rejects a budget that breaks the rules, with the move it happened at', () => {
    const log = edit(student.log, 'plan/commit', 1, (a) =>
      a.type === 'plan/commit'
        ? { type: 'plan/commit', allocation: { ...a.allocation, chips: a.allocation.chips + 50 } }
        : a,
    );
    const v = verifyResult({ ...student, log }, session, env);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.error.key).toBe('verify.illegal.budget');
      expect(v.error.params?.move).toBe(log.findIndex((a, i) => a !== student.log[i]) + 1);
    }
  });

  it('rejects an option the event does not offer, an extra move, an answer of a wrong shape', () => {
    const option = edit(student.log, 'event/choose', 0, () => ({
      type: 'event/choose',
      optionId: 'best-option-ever',
    }));
    expect(rejected({ ...student, log: option })).toBe('verify.illegal.event');
    const extra = [
      ...student.log.slice(0, 2),
      { type: 'resolve/continue' as const },
      ...student.log.slice(2),
    ];
    expect(rejected({ ...student, log: extra })).toBe('verify.illegal.phase');
    // An answer the reducer cannot read is refused; one of another type is graded as wrong.
    for (const n of [0, 1, 2]) {
      const broken = edit(student.log, 'quiz/answer', n, () => ({
        type: 'quiz/answer',
        answer: { type: 'ordering', order: null } as never,
      }));
      expect(['accepted', 'verify.illegal.other']).toContain(rejected({ ...student, log: broken }));
    }
    const forged = [
      ...student.log.slice(0, 3),
      { type: 'checkpoint/answer', results: [] } as unknown as SessionAction,
    ];
    expect(rejected({ ...student, log: forged })).toMatch(/^verify\.illegal\./);
  });

  it('grades an answer of the wrong type as wrong, recomputing the credit', () => {
    const log = edit(student.log, 'quiz/answer', 0, (a) =>
      a.type === 'quiz/answer' && a.answer.type === 'numeric'
        ? { type: 'quiz/answer', answer: { type: 'true-false', value: true } }
        : { type: 'quiz/answer', answer: { type: 'numeric', value: 1 } },
    );
    const r = verified({ ...student, log });
    expect(r.answers[0]?.credit).toBe(0);
  });

  it('flags an unfinished game instead of scoring it', () => {
    const r = verified({ ...student, log: student.log.slice(0, 10) });
    expect(r.finished).toBe(false);
    expect(r.score).toBeNull();
    expect(r.outcome).toBeNull();
    expect(r.notice?.key).toBe('verify.unfinished');
    expect(r.years.length).toBeLessThan(5);
  });

  it('refuses a result of another session', () => {
    const other = encodeSessionCode({ ...settings, seed: 778 });
    expect(rejected(student, { ...settings, seed: 778, code: other })).toBe('verify.other-session');
  });

  it('rejects a log played in another session but stamped with this session code', () => {
    // Another difficulty: other budgets, so its plans cannot be committed here. (A log of another
    // seed may replay here, meeting the same four cards: it is then scored by this session's rules.)
    const otherCode = encodeSessionCode({ ...settings, difficulty: 'hard', seed: 9001 });
    const [elsewhere] = demoResults(otherCode, 1, env);
    if (!elsewhere) throw new Error('no demo student');
    expect(rejected({ ...elsewhere, sessionCode: code })).toMatch(/^verify\.illegal\./);
  });

  it('tells apart two students of the same session by their logs', () => {
    expect(verified(student).fingerprint).not.toBe(verified(second).fingerprint);
    expect(verified(student).fingerprint).toBe(verified({ ...student }).fingerprint);
  });
});
