// The reducer: the one function that changes game state, returning a new state or a typed error.
import type { Content } from './content-types';
import { checkAllocation, cleanAllocation } from './budget';
import { checkpointDue, checkResults, earnCapital } from './checkpoint';
import { applyEffects, drawEvent } from './events';
import { stepYear } from './model';
import { PARAMS } from './params';
import { PILLARS, type QuestionResult } from './pillars';
import { nextFloat, openRng, saveRng } from './rng';
import { addToTrace, topCauses } from './trace';
import { scriptedFrontier } from './calendar';
import { closeYear } from './year-end';
import type { Action, Allocation, ApplyResult, GameState, Phase, SimError } from './types';

const fail = (error: SimError): ApplyResult => ({ ok: false, error });
const done = (state: GameState): ApplyResult => ({ ok: true, state });
const wrongPhase = (s: GameState, action: string, expected: Phase): ApplyResult =>
  fail({ code: 'phase/wrong', action, phase: s.phase, expected });

export function apply(state: GameState, action: Action, content: Content): ApplyResult {
  const type: unknown = (action as { type?: unknown } | null)?.type;
  switch (type) {
    case 'plan/commit':
      return commitPlan(state, (action as { allocation: unknown }).allocation);
    case 'resolve/continue':
      return state.phase === 'resolve'
        ? done(afterResolve(state, content))
        : wrongPhase(state, type, 'resolve');
    case 'event/choose':
      return chooseOption(state, (action as { optionId: unknown }).optionId, content);
    case 'checkpoint/answer':
      return answerCheckpoint(state, (action as { results: unknown }).results);
    default:
      return fail({ code: 'action/unknown', type: typeof type === 'string' ? type : String(type) });
  }
}

function commitPlan(s: GameState, allocation: unknown): ApplyResult {
  if (s.phase !== 'plan') return wrongPhase(s, 'plan/commit', 'plan');
  const error = checkAllocation(allocation, s.budget);
  if (error) return fail(error);
  const alloc = cleanAllocation(allocation as Allocation);
  const rng = openRng(s.rng);
  const noise = PILLARS.map(() => 1 + PARAMS.noise * (2 * nextFloat(rng) - 1));
  const out = stepYear(s, alloc, noise);
  const frontierBoost = s.frontierBoost + out.frontierGain;
  return done({
    ...s,
    phase: 'resolve',
    indicators: out.indicators,
    pipeline: out.pipeline,
    frontierBoost,
    frontier: scriptedFrontier(s.year, s.difficulty, frontierBoost),
    lastAllocation: alloc,
    lastTrace: topCauses(out.causes),
    rng: saveRng(rng),
  });
}

function afterResolve(s: GameState, content: Content): GameState {
  const rng = openRng(s.rng);
  const card = drawEvent(s, content, rng);
  const next = { ...s, rng: saveRng(rng) };
  if (!card) return afterEvent(next, content);
  return {
    ...next,
    phase: 'event',
    event: { id: card.id, options: card.options.map((o) => o.id) },
  };
}

function chooseOption(s: GameState, optionId: unknown, content: Content): ApplyResult {
  if (s.phase !== 'event' || !s.event) return wrongPhase(s, 'event/choose', 'event');
  const eventId = s.event.id;
  const card = content.events.find((c) => c.id === eventId);
  const option = card?.options.find((o) => o.id === optionId);
  if (!card || !option) {
    return fail({
      code: 'event/unknown-option',
      eventId,
      optionId: String(optionId),
      options: s.event.options,
    });
  }
  const out = applyEffects(s, [...card.shock, ...option.effects]);
  const frontier = scriptedFrontier(s.year, s.difficulty, out.patch.frontierBoost);
  const next: GameState = {
    ...s,
    ...out.patch,
    frontier,
    event: null,
    yearEvent: { id: card.id, optionId: option.id },
    usedEvents: [...s.usedEvents, card.id],
    lastTrace: s.lastTrace ? addToTrace(s.lastTrace, out.shifts, `event.${card.id}`) : s.lastTrace,
  };
  return done(afterEvent(next, content));
}

function afterEvent(s: GameState, content: Content): GameState {
  const due = checkpointDue(s, content.scenarios[s.length]);
  if (due) return { ...s, phase: 'checkpoint', event: null, checkpoint: due };
  return closeYear(s);
}

function answerCheckpoint(s: GameState, results: unknown): ApplyResult {
  if (s.phase !== 'checkpoint' || !s.checkpoint)
    return wrongPhase(s, 'checkpoint/answer', 'checkpoint');
  const error = checkResults(results, s.checkpoint.questionCount);
  if (error) return fail(error);
  const list = results as readonly QuestionResult[];
  const credit = list.reduce((sum, r) => sum + r.credit, 0);
  return done(
    closeYear({
      ...s,
      capital: earnCapital(s.capital, list),
      checkpoint: null,
      checkpointsDone: s.checkpointsDone + 1,
      quiz: { answered: s.quiz.answered + list.length, credit: s.quiz.credit + credit },
    }),
  );
}
