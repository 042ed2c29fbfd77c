// Validates the question bank against its schema, the article fixture and the bank's coverage rules; returns one clear message per problem.
import { isPillarId } from '../src/sim/pillars';
import {
  QUESTION_TYPES,
  SECTION_IDS,
  type QuizQuestion,
  type SectionId,
} from '../src/sim/quiz/types';
import type { ArticleSection } from '../src/content/questions/index';
import { checkEventDates } from './content-events';
import { checkGuessing } from './content-guessers';
import { checkKey } from './content-keys';
import { validateLocales } from './content-locales';
import { checkQuoting, plainSpaces } from './content-quotes';
import type { ContentInput, Problem } from './content-types';
import { checkFrenchTypography, typographyProblems } from './content-typography';

export type { ContentInput, Problem } from './content-types';

export const RULES = {
  minTotal: 55,
  minPerSection: 6,
  maxQuoteWords: 25,
  maxSummaryWords: 120,
  idPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
} as const;

/** The article's SEO asides are not material: no quote may come from them. */
const SEO_ASIDES = [
  'green marketing',
  'électroménager',
  'no-code',
  'modèles économiques et sociaux européens',
  'décryptage de stratégies',
  'stratégie digitale',
];

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Each section's text, from its start line to the line before the next section. */
export function sectionTexts(
  article: string,
  sections: readonly ArticleSection[],
  problems: Problem[],
): Map<SectionId, string> {
  const lines = article.split(/\r?\n/);
  const texts = new Map<SectionId, string>();
  sections.forEach((section, i) => {
    const next = sections[i + 1]?.startLine ?? lines.length + 1;
    if (section.heading !== null && lines[section.startLine - 1] !== section.heading) {
      problems.push({
        where: `section ${section.id}`,
        message: `heading not found at line ${section.startLine}: "${section.heading}"`,
      });
    }
    texts.set(section.id, lines.slice(section.startLine - 1, next - 1).join('\n'));
  });
  for (const id of SECTION_IDS) {
    if (!texts.has(id))
      problems.push({ where: `section ${id}`, message: 'missing from ARTICLE_SECTIONS' });
  }
  return texts;
}

/** A quote must be short, verbatim (typographic apostrophes and all) and inside its own section. */
export function checkQuote(
  where: string,
  quote: string,
  section: SectionId,
  texts: Map<SectionId, string>,
  problems: Problem[],
): void {
  if (quote.trim() === '') problems.push({ where, message: 'empty quote' });
  if (wordCount(quote) > RULES.maxQuoteWords)
    problems.push({
      where,
      message: `quote has ${wordCount(quote)} words (max ${RULES.maxQuoteWords})`,
    });
  if (!(texts.get(section) ?? '').includes(plainSpaces(quote))) {
    problems.push({
      where,
      message: `quote not found verbatim in section "${section}" of the article fixture: "${quote}"`,
    });
  }
  for (const aside of SEO_ASIDES) {
    if (quote.toLowerCase().includes(aside))
      problems.push({ where, message: `quote comes from an SEO aside ("${aside}")` });
  }
}

function checkQuestion(q: QuizQuestion, texts: Map<SectionId, string>, problems: Problem[]): void {
  const where = `question ${q.id}`;
  if (!RULES.idPattern.test(q.id))
    problems.push({ where, message: 'id must be lowercase letters, digits and single dashes' });
  if (!(QUESTION_TYPES as readonly string[]).includes(q.type))
    problems.push({ where, message: `unknown type "${q.type}"` });
  if (!(SECTION_IDS as readonly string[]).includes(q.section))
    problems.push({ where, message: `unknown section "${q.section}"` });
  if (![1, 2, 3].includes(q.difficulty))
    problems.push({ where, message: 'difficulty must be 1, 2 or 3' });
  if (!isPillarId(q.pillar))
    problems.push({ where, message: `unknown pillar "${String(q.pillar)}"` });
  if (q.passage.section !== q.section)
    problems.push({ where, message: 'passage section differs from the question section' });
  if (/deepseek/i.test(q.passage.quote) && q.sourceNote !== true) {
    problems.push({
      where,
      message: 'quotes the article’s DeepSeek date: needs sourceNote: true and a source note',
    });
  }
  checkQuote(`${where} passage`, q.passage.quote, q.passage.section, texts, problems);
  problems.push(...typographyProblems(`${where} passage`, q.passage.quote));
  checkKey(q, problems);
}

function checkCoverage(bank: readonly QuizQuestion[], problems: Problem[]): void {
  const ids = bank.map((q) => q.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push({ where: `question ${id}`, message: 'duplicate id' });
  if (bank.length < RULES.minTotal)
    problems.push({
      where: 'bank',
      message: `${bank.length} questions (need at least ${RULES.minTotal})`,
    });
  for (const section of SECTION_IDS) {
    const n = bank.filter((q) => q.section === section).length;
    if (n < RULES.minPerSection)
      problems.push({
        where: `section ${section}`,
        message: `${n} questions (need at least ${RULES.minPerSection})`,
      });
  }
  for (const type of QUESTION_TYPES) {
    if (!bank.some((q) => q.type === type))
      problems.push({ where: `type ${type}`, message: 'no question of this type' });
  }
  if (!bank.some((q) => q.sourceNote === true))
    problems.push({ where: 'bank', message: 'no question with a source note (media literacy)' });
}

/** The French locale shows the quotes themselves: they must be the ones the content declares. */
function checkFrenchQuotes(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const quiz = input.locales['fr']?.quiz as
    { questions?: Record<string, { quote?: unknown }> } | undefined;
  for (const q of input.bank) {
    const shown = quiz?.questions?.[q.id]?.quote;
    if (typeof shown === 'string' && plainSpaces(shown) !== plainSpaces(q.passage.quote))
      problems.push({
        where: `locales/fr/quiz.json ${q.id}`,
        message: 'quote differs from the question’s passage quote',
      });
  }
  return problems;
}

/** Every problem found, in a stable order; an empty list means the content is valid. */
export function validateContent(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const texts = sectionTexts(input.article, input.sections, problems);
  for (const q of input.bank) checkQuestion(q, texts, problems);
  checkCoverage(input.bank, problems);
  for (const section of SECTION_IDS) {
    for (const sq of input.sourceQuotes[section]) {
      checkQuote(`source quote ${section}/${sq.id}`, sq.quote, section, texts, problems);
      problems.push(...typographyProblems(`source quote ${section}/${sq.id}`, sq.quote));
    }
  }
  problems.push(...validateLocales(input));
  problems.push(...checkFrenchQuotes(input));
  problems.push(...checkQuoting(input));
  problems.push(...checkGuessing(input));
  problems.push(...checkFrenchTypography(input.frenchFiles));
  problems.push(...checkEventDates(input));
  return problems;
}

export function formatProblem(p: Problem): string {
  return `✗ [${p.where}] ${p.message}`;
}
