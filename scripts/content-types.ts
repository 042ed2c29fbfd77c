// The data content:check reads and the problems it reports: shared by every content-* module so none imports another in a cycle.
import type { EventCard } from '../src/sim/content-types';
import type { QuizQuestion, SectionId } from '../src/sim/quiz/types';
import type { ArticleSection, SourceQuote } from '../src/content/questions/index';

export interface ContentInput {
  readonly article: string;
  readonly bank: readonly QuizQuestion[];
  readonly sections: readonly ArticleSection[];
  readonly sourceQuotes: Readonly<Record<SectionId, readonly SourceQuote[]>>;
  readonly glossaryIds: readonly string[];
  /** Parsed locales/<lang>/{quiz,source}.json; undefined when the file is missing. */
  readonly locales: Record<string, { quiz: unknown; source: unknown }>;
  /** Every event card, for the card-date rule. */
  readonly events: readonly EventCard[];
  /** French texts checked for typography: path → parsed JSON (locales/fr/*.json) or raw text (docs/*.fr.md). */
  readonly frenchFiles: Readonly<Record<string, unknown>>;
}

export interface Problem {
  readonly where: string;
  readonly message: string;
}
