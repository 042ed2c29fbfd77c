// What happened between two sessions, as typed transitions: sounds, announcements and saves react to these, never to a screen being mounted.
import { previousIndicators, yearMood } from './indicators';
import type { Content } from './content-types';
import type { Grade } from './quiz';
import type { PlaySession } from './session';

export type Transition =
  | { readonly type: 'game/started' }
  | { readonly type: 'plan/drafted' }
  | { readonly type: 'plan/committed'; readonly year: number }
  | {
      readonly type: 'year/resolved';
      readonly year: number;
      readonly mood: 'good' | 'bad' | 'mixed';
    }
  | { readonly type: 'event/drawn'; readonly eventId: string }
  | { readonly type: 'event/chosen'; readonly eventId: string; readonly optionId: string }
  | { readonly type: 'checkpoint/opened'; readonly index: number }
  | { readonly type: 'answer/graded'; readonly questionId: string; readonly grade: Grade }
  | { readonly type: 'checkpoint/finished'; readonly index: number }
  | { readonly type: 'year/closed'; readonly year: number }
  | { readonly type: 'game/finished'; readonly score: number };

/** True when only the plan draft changed: such a change is saved lazily. */
export function draftOnly(transitions: readonly Transition[]): boolean {
  return transitions.length > 0 && transitions.every((t) => t.type === 'plan/drafted');
}

/** The transitions from `prev` to `next` (null = no game); the same pair always gives the same list. */
export function transitionsOf(
  prev: PlaySession | null,
  next: PlaySession | null,
  content: Content,
): Transition[] {
  if (!next) return [];
  if (!prev || prev.settings !== next.settings) return [{ type: 'game/started' }];
  const out: Transition[] = [];
  const [a, b] = [prev.game, next.game];
  if (next.draft !== prev.draft && next.draft) out.push({ type: 'plan/drafted' });
  if (a.phase === 'plan' && b.phase !== 'plan') out.push({ type: 'plan/committed', year: a.year });
  if (b.phase === 'resolve' && (a.phase !== 'resolve' || a.year !== b.year)) {
    const before = previousIndicators(b, content.scenarios[b.length].start);
    out.push({ type: 'year/resolved', year: b.year, mood: yearMood(before, b.indicators) });
  }
  if (b.event && b.event.id !== a.event?.id) out.push({ type: 'event/drawn', eventId: b.event.id });
  if (a.event && !b.event) {
    // The year may close at once, clearing yearEvent: its record then holds the choice.
    const optionId = b.yearEvent?.optionId ?? b.history.at(-1)?.optionId ?? '';
    out.push({ type: 'event/chosen', eventId: a.event.id, optionId });
  }
  if (next.checkpoint && !prev.checkpoint)
    out.push({ type: 'checkpoint/opened', index: b.checkpoint?.index ?? 0 });
  const cp = next.checkpoint;
  cp?.grades.forEach((g, i) => {
    const question = cp.questions[i];
    if (g && question && !prev.checkpoint?.grades[i])
      out.push({ type: 'answer/graded', questionId: question.id, grade: g });
  });
  if (prev.checkpoint && !next.checkpoint)
    out.push({ type: 'checkpoint/finished', index: a.checkpoint?.index ?? 0 });
  if (b.history.length > a.history.length) out.push({ type: 'year/closed', year: a.year });
  if (b.phase === 'end' && a.phase !== 'end')
    out.push({ type: 'game/finished', score: b.score?.total ?? 0 });
  return out;
}
