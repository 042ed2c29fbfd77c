// Quiz mastery per article section: credit earned out of questions asked, in reading order, and the weakest section.
import { SECTION_IDS, type SectionId } from '../../sim/quiz';

/** One graded answer as the results screen receives it. */
export interface GradedAnswer {
  readonly questionId: string;
  readonly section: SectionId;
  /** 0 = wrong, 1 = fully right; partial credit in between. */
  readonly credit: number;
}

export interface SectionRow {
  readonly section: SectionId;
  readonly asked: number;
  /** Sum of credit, so partial answers count as fractions. */
  readonly right: number;
  /** right / asked, 0..1; null when no question of this section was asked. */
  readonly share: number | null;
}

/** Mean credit per section, in reading order. */
export function masteryBySection(answers: readonly GradedAnswer[]): SectionRow[] {
  return SECTION_IDS.map((section) => {
    const mine = answers.filter((a) => a.section === section);
    const right = mine.reduce((sum, a) => sum + a.credit, 0);
    return { section, asked: mine.length, right, share: mine.length ? right / mine.length : null };
  });
}

/** The asked section with the lowest share (earliest in the article on ties); null if none was asked. */
export function weakestSection(rows: readonly SectionRow[]): SectionRow | null {
  let weakest: SectionRow | null = null;
  for (const row of rows) {
    if (row.share === null) continue;
    if (!weakest || row.share < (weakest.share ?? 1)) weakest = row;
  }
  return weakest;
}

export function overallMastery(answers: readonly GradedAnswer[]): {
  asked: number;
  right: number;
  share: number;
} {
  const right = answers.reduce((sum, a) => sum + a.credit, 0);
  return { asked: answers.length, right, share: answers.length ? right / answers.length : 0 };
}
