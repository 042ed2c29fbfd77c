// Counts the question bank per section and per type, lists the languages, and measures fair quoting, guessing and coverage: the data behind content:report.
import { QUESTION_TYPES, SECTION_IDS } from '../src/sim/quiz/types';
import { QUESTION_BANK } from '../src/content/questions/index';
import { guessReport, type GuessReport } from './content-guessers';
import { languageFolders, loadContent } from './content-load';
import { quotedShare, uncitedFacts, type ArticleSentence } from './content-quotes';

export interface ContentReport {
  total: number;
  bySection: Record<string, number>;
  byType: Record<string, number>;
  languages: string[];
  /** Share (0–100) of the article's non-blank characters that all quotes together reproduce. */
  quotedPercent: number;
  /** The three test-wise players, per language. */
  guessers: GuessReport[];
  /** Fact sentences of the article that no question or source quote cites. */
  uncited: ArticleSentence[];
}

export function buildReport(): ContentReport {
  const count = (pick: (section: string, type: string) => boolean) =>
    QUESTION_BANK.filter((q) => pick(q.section, q.type)).length;
  const input = loadContent();
  return {
    total: QUESTION_BANK.length,
    bySection: Object.fromEntries(SECTION_IDS.map((s) => [s, count((section) => section === s)])),
    byType: Object.fromEntries(QUESTION_TYPES.map((t) => [t, count((_, type) => type === t)])),
    languages: languageFolders(),
    quotedPercent: Math.round(quotedShare(input) * 1000) / 10,
    guessers: Object.keys(input.locales).map((lang) => guessReport(input, lang)),
    uncited: uncitedFacts(input),
  };
}
