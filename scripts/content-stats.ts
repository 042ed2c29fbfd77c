// Counts the question bank per section and per type and lists the languages: the data behind content:report.
import { QUESTION_TYPES, SECTION_IDS } from '../src/sim/quiz/types';
import { QUESTION_BANK } from '../src/content/questions/index';
import { languageFolders } from './content-load';

export interface ContentReport {
  total: number;
  bySection: Record<string, number>;
  byType: Record<string, number>;
  languages: string[];
}

export function buildReport(): ContentReport {
  const count = (pick: (section: string, type: string) => boolean) =>
    QUESTION_BANK.filter((q) => pick(q.section, q.type)).length;
  return {
    total: QUESTION_BANK.length,
    bySection: Object.fromEntries(SECTION_IDS.map((s) => [s, count((section) => section === s)])),
    byType: Object.fromEntries(QUESTION_TYPES.map((t) => [t, count((_, type) => type === t)])),
    languages: languageFolders(),
  };
}
