// Turns a grade into the verdict's words and icon ("Correct", "Partly right: 2 of 3", "Not quite"): never told by colour alone.
import type { Grade } from '../../sim/quiz';
import type { Translate } from '../../services/i18n';

export type VerdictKind = 'correct' | 'partial' | 'wrong';

/** Icons are decoration beside the words: a tick, a half-filled circle, a cross. */
export const VERDICT_ICONS: Readonly<Record<VerdictKind, string>> = {
  correct: '✓',
  partial: '◐',
  wrong: '✗',
};

export function verdictKind(graded: Grade): VerdictKind {
  if (graded.correct) return 'correct';
  return graded.credit > 0 ? 'partial' : 'wrong';
}

export function verdictText(graded: Grade, t: Translate): string {
  const kind = verdictKind(graded);
  if (kind !== 'partial') return t(`checkpoint:verdict.${kind}`);
  const { details } = graded;
  switch (details.type) {
    case 'matching': {
      const marks = Object.values(details.perItem);
      const right = marks.filter(Boolean).length;
      return t('checkpoint:verdict.partial', { right, total: marks.length });
    }
    case 'ordering':
      return t('checkpoint:verdict.partialPairs', {
        right: details.pairsInOrder,
        total: details.pairs,
      });
    case 'numeric':
      return t('checkpoint:verdict.close');
    default:
      return t('checkpoint:verdict.wrong');
  }
}
