// The debrief: three or four discussion questions for the class, chosen by what happened in this game.
import type { GameState } from '../../sim';
import type { Translate } from '../../services/i18n';
import { h } from '../dom';
import {
  debriefFacts,
  selectPrompts,
  topPillar,
  type DebriefFacts,
  type PromptId,
} from './debrief-select';
import type { Formats } from './format';
import type { SectionRow } from './mastery-data';

/** The numbers each prompt quotes, formatted for the current language. */
function values(
  id: PromptId,
  facts: DebriefFacts,
  state: GameState,
  t: Translate,
  f: Formats,
): Record<string, string> {
  switch (id) {
    case 'whiteElephant':
      return { peak: f.decimal(facts.peakWaste), year: String(facts.peakWasteYear) };
    case 'concentration': {
      const top = topPillar(facts.shares);
      return { share: f.percent(top.share), pillar: t(`results:spentOn.${top.pillar}`) };
    }
    case 'chipsAfterControls':
      return { value: f.decimal(facts.finalChipAutonomy), year: String(state.lastYear) };
    case 'quizWeak':
      return { section: facts.weakest ? t(`source:sections.${facts.weakest.section}.title`) : '' };
    case 'openSourceRival':
      return { influence: f.decimal(facts.finalInfluence), boost: f.decimal(facts.frontierBoost) };
    case 'movingTarget':
      return { frontier: f.decimal(state.frontier) };
    default:
      return {};
  }
}

export function debriefSection(
  state: GameState,
  weakest: SectionRow | null,
  t: Translate,
  f: Formats,
): HTMLElement {
  const facts = debriefFacts(state, weakest);
  const prompts = selectPrompts(facts);
  return h(
    'section',
    { class: 'results-card results-debrief', 'aria-labelledby': 'results-debrief-heading' },
    h(
      'h2',
      { id: 'results-debrief-heading' },
      document.createTextNode(t('results:debrief.heading')),
    ),
    // Questions for the class, opened when a class discusses them: not part of a student's reading.
    h(
      'details',
      { class: 'debrief-details' },
      h(
        'summary',
        {},
        document.createTextNode(t('results:debrief.show', { count: prompts.length })),
      ),
      h('p', {}, document.createTextNode(t('results:debrief.intro'))),
      h(
        'ol',
        { class: 'debrief-list' },
        ...prompts.map((id) =>
          h(
            'li',
            { 'data-prompt': id },
            document.createTextNode(
              t(`results:debrief.prompts.${id}`, values(id, facts, state, t, f)),
            ),
          ),
        ),
      ),
    ),
  );
}
