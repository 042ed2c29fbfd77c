// A player's finished games (as a table) and quiz mastery per article section, folded in a <details> and built when opened.
import type { FinishedGame, ProfileData } from '../../services/save/contract';
import { SECTION_IDS } from '../../sim/quiz';
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { profileFormats, translated, type ProfileFormats } from './profile-format';

const COLUMNS = ['date', 'score', 'seed', 'difficulty', 'length'] as const;

function gamesTable(games: readonly FinishedGame[], f: ProfileFormats, name: string) {
  if (games.length === 0) return text('p', 'saves:history.noGames', { class: 'note' });
  // Newest first: the game a student just finished is the one they look for.
  const rows = [...games].sort((a, b) => b.finishedAt - a.finishedAt);
  const cell = (tag: 'th' | 'td', value: string, attrs = {}) =>
    h(tag, attrs, document.createTextNode(value));
  const table = h(
    'table',
    { class: 'profile-games' },
    text('caption', 'saves:history.gamesCaption', {}, { name }),
    h(
      'thead',
      {},
      h('tr', {}, ...COLUMNS.map((c) => text('th', `saves:history.${c}`, { scope: 'col' }))),
    ),
    h(
      'tbody',
      {},
      ...rows.map((game) =>
        h(
          'tr',
          {},
          cell('th', f.date(game.finishedAt), { scope: 'row' }),
          cell('td', f.score(game.score)),
          cell('td', String(game.seed)),
          text('td', `saves:difficulty.${game.difficulty}`),
          text('td', `saves:length.${game.length}`),
        ),
      ),
    ),
  );
  // A wide table scrolls sideways on a phone; the box is focusable and named so keyboards can scroll it.
  return h(
    'div',
    {
      class: 'profile-table-scroll',
      tabindex: '0',
      role: 'region',
      'data-i18n-aria-label': 'saves:history.gamesCaption',
      'data-args': JSON.stringify({ name }),
    },
    table,
  );
}

function masteryList(ctx: UiContext, profile: ProfileData, f: ProfileFormats): HTMLElement {
  const items = SECTION_IDS.map((id) => {
    const section = ctx.t(`source:sections.${id}.title`);
    const row = profile.mastery[id];
    if (!row || row.asked <= 0) return text('li', 'saves:history.masteryNone', {}, { section });
    const share = Math.min(1, Math.max(0, row.credit / row.asked));
    return text(
      'li',
      'saves:history.masteryRow',
      {},
      { section, credit: f.decimal(row.credit), asked: row.asked, percent: f.percent(share) },
    );
  });
  return h(
    'div',
    {},
    text('h4', 'saves:history.masteryHeading'),
    h('ul', { class: 'profile-mastery' }, ...items),
  );
}

/**
 * The disclosure for one player. `load` is called the first time it opens, so a long list of players
 * does not read every history up front; null means the history could not be read.
 */
export function historyDetails(
  ctx: UiContext,
  name: string,
  load: () => ProfileData | null,
): HTMLDetailsElement {
  const content = h('div', { class: 'profile-history-body' });
  const details = h(
    'details',
    { class: 'profile-history' },
    text('summary', 'saves:history.summary'),
    content,
  );
  const fill = () => {
    const profile = load();
    if (!profile) {
      content.replaceChildren(text('p', 'saves:history.unavailable', { class: 'note' }));
    } else {
      const f = profileFormats(ctx);
      content.replaceChildren(gamesTable(profile.finished, f, name), masteryList(ctx, profile, f));
    }
    translated(content, ctx.t);
  };
  details.addEventListener('toggle', () => {
    if (details.open && content.childElementCount === 0) fill();
  });
  return details;
}
