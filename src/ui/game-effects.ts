// Sounds and announcements of the game, driven by the store's typed transitions: a restored save has none, so a reload is silent.
import type { Store } from '../app/store';
import {
  previousIndicators,
  rulesFor,
  type Content,
  type GameState,
  type SessionEnv,
  type Transition,
} from '../sim';
import { formatNumber } from '../services/number-format';
import { describeYear } from './describer';
import { resultsAnnouncement } from './results/results-view';
import type { UiContext } from './screen-context';

function react(ctx: UiContext, content: Content, game: GameState, t: Transition): void {
  switch (t.type) {
    case 'game/started':
      ctx.announce(
        ctx.t('game:setup.starting', {
          years: game.lastYear - game.firstYear + 1,
          first: game.firstYear,
          last: game.lastYear,
        }),
      );
      return;
    case 'plan/committed':
      ctx.cue('commit');
      return;
    case 'year/resolved': {
      if (t.mood !== 'mixed') ctx.cue(t.mood === 'good' ? 'good-year' : 'bad-year');
      // The new screen's heading takes focus; the live region then reads the year in plain words.
      const before = previousIndicators(game, content.scenarios[game.length].start);
      const signed = (n: number) => formatNumber(n, 'signed', ctx.language());
      ctx.announce(describeYear(game, before, ctx.t, signed));
      return;
    }
    case 'event/drawn':
      ctx.cue('event-alert');
      return;
    case 'answer/graded':
      ctx.cue(t.grade.correct ? 'correct' : 'wrong');
      return;
    case 'game/finished':
      ctx.cue('end-fanfare');
      ctx.announce(resultsAnnouncement(game, ctx));
      return;
    default:
      return;
  }
}

export function connectGameEffects(store: Store, ctx: UiContext, env: SessionEnv): () => void {
  return store.subscribe(({ snapshot, transitions }) => {
    const session = snapshot.session;
    if (!session || transitions.length === 0) return;
    const content = rulesFor(session.settings, env);
    for (const t of transitions) react(ctx, content, session.game, t);
  });
}
