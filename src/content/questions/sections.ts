// The article's six sections and where each begins in the French text, so quotes can be checked against the right passage.
import type { SectionId } from '../../sim/quiz/types';

export interface ArticleSection {
  readonly id: SectionId;
  /** 1-based line of the article fixture where the section starts (its heading, or line 1). */
  readonly startLine: number;
  /** The heading line, verbatim; null for the opening, which has none. */
  readonly heading: string | null;
}

/**
 * In reading order; a section runs to the line before the next one starts. Recorded against
 * tests/fixtures/article-fr.txt (37 lines); content:check fails if a heading moves.
 */
export const ARTICLE_SECTIONS: readonly ArticleSection[] = [
  { id: 'intro', startLine: 1, heading: null },
  {
    id: 'offensive',
    startLine: 2,
    heading:
      'L’offensive technologique de Pékin : finances, infrastructures et talents dédiés à l’IA',
  },
  {
    id: 'dream-town',
    startLine: 10,
    heading: 'Écosystèmes d’incubation : la Dream Town et le modèle à la chinoise',
  },
  {
    id: 'open-source',
    startLine: 17,
    heading: 'Stratégie open source de Pékin et course aux normes mondiales de l’IA',
  },
  {
    id: 'players',
    startLine: 24,
    heading: 'Acteurs majeurs et alliances stratégiques : Alibaba, Tencent, Baidu, SenseTime',
  },
  {
    id: 'challenges',
    startLine: 31,
    heading: 'Quels défis pour Pékin ? Retour d’expérience et enjeux pour 2025',
  },
];
