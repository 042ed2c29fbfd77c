// Quiz mastery by article section: the overall share, a pointer to the source for the weakest part, and (folded) a bar AND a sentence per part.
import { h } from '../dom';
import type { Translate } from '../../services/i18n';
import type { Formats } from './format';
import {
  masteryBySection,
  overallMastery,
  weakestSection,
  type GradedAnswer,
  type SectionRow,
} from './mastery-data';

function sectionTitle(row: SectionRow, t: Translate): string {
  return t(`source:sections.${row.section}.title`);
}

/** The bar repeats the sentence for sighted readers; it is hidden from screen readers, which hear the sentence. */
function rowItem(row: SectionRow, t: Translate, f: Formats): HTMLElement {
  const section = sectionTitle(row, t);
  const sentence =
    row.share === null
      ? t('results:mastery.none', { section })
      : t('results:mastery.row', {
          section,
          right: f.decimal(row.right),
          // French counts below 2 in the singular: "1,5 bonne réponse".
          count: row.right,
          asked: row.asked,
          percent: f.percent(row.share),
        });
  const fill = h('span', { class: 'mastery-fill' });
  fill.style.width = `${Math.round((row.share ?? 0) * 100)}%`;
  return h(
    'li',
    {
      class: row.share === null ? 'mastery-row mastery-empty' : 'mastery-row',
      'data-section': row.section,
    },
    h('span', { class: 'mastery-text' }, document.createTextNode(sentence)),
    h('span', { class: 'mastery-bar', 'aria-hidden': 'true' }, fill),
  );
}

function hint(rows: readonly SectionRow[], t: Translate): string {
  const weakest = weakestSection(rows);
  if (!weakest) return t('results:mastery.noQuiz');
  if (weakest.share === 1) return t('results:mastery.allRight');
  return t('results:mastery.readSource', { section: sectionTitle(weakest, t) });
}

export function masterySection(
  answers: readonly GradedAnswer[],
  t: Translate,
  f: Formats,
): HTMLElement {
  const rows = masteryBySection(answers);
  const all = overallMastery(answers);
  return h(
    'section',
    { class: 'results-card results-mastery', 'aria-labelledby': 'results-mastery-heading' },
    h(
      'h2',
      { id: 'results-mastery-heading' },
      document.createTextNode(t('results:mastery.heading')),
    ),
    h(
      'p',
      { class: 'mastery-overall' },
      document.createTextNode(
        t('results:mastery.overall', {
          right: f.decimal(all.right),
          count: all.right,
          asked: all.asked,
          percent: f.percent(all.share),
        }),
      ),
    ),
    h('p', { class: 'mastery-hint' }, document.createTextNode(hint(rows, t))),
    // The overall score and the part to re-read say what to do next; the per-part list is there to open.
    h(
      'details',
      { class: 'results-data mastery-details' },
      h(
        'summary',
        {},
        document.createTextNode(t('results:mastery.showRows', { count: rows.length })),
      ),
      h('ul', { class: 'mastery-list' }, ...rows.map((row) => rowItem(row, t, f))),
    ),
  );
}
