// Fair quoting: how much of the article all quotes together reproduce, the longest quote, and the article's fact sentences that nothing quotes.
import type { ContentInput, Problem } from './content-types';

export const QUOTE_RULES = {
  /** All quotes together may reproduce at most this share of the article's characters. */
  maxShare: 0.25,
  /** No single quote may be longer than this (characters). */
  maxChars: 300,
} as const;

/** French typography puts no-break spaces where the article has plain ones: compare without them. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every quote shown to a player: question passages, the source view's quotes, the French locale copies. */
export function allQuotes(input: ContentInput): { where: string; quote: string }[] {
  const out = input.bank.map((q) => ({ where: `question ${q.id}`, quote: q.passage.quote }));
  for (const [section, quotes] of Object.entries(input.sourceQuotes))
    for (const sq of quotes)
      out.push({ where: `source quote ${section}/${sq.id}`, quote: sq.quote });
  const fr = input.locales['fr']?.quiz as
    { questions?: Record<string, { quote?: unknown }> } | undefined;
  for (const [id, entry] of Object.entries(fr?.questions ?? {}))
    if (typeof entry.quote === 'string')
      out.push({ where: `locales/fr/quiz.json ${id}`, quote: entry.quote });
  return out;
}

/** Which characters of the article some quote covers (each quote marks its first occurrence). */
function covered(article: string, quotes: readonly string[]): boolean[] {
  const marks = new Array<boolean>(article.length).fill(false);
  for (const quote of quotes) {
    const q = plainSpaces(quote);
    const at = q === '' ? -1 : article.indexOf(q);
    if (at >= 0) marks.fill(true, at, at + q.length);
  }
  return marks;
}

/** Share (0–1) of the article's non-blank characters that the quotes reproduce. */
export function quotedShare(input: ContentInput): number {
  const marks = covered(
    input.article,
    allQuotes(input).map((q) => q.quote),
  );
  let total = 0;
  let quoted = 0;
  for (let i = 0; i < input.article.length; i += 1) {
    if (/\s/.test(input.article[i] ?? ' ')) continue;
    total += 1;
    if (marks[i]) quoted += 1;
  }
  return total === 0 ? 0 : quoted / total;
}

export function checkQuoting(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const { where, quote } of allQuotes(input)) {
    if (quote.length > QUOTE_RULES.maxChars)
      problems.push({
        where,
        message: `quote has ${quote.length} characters (max ${QUOTE_RULES.maxChars})`,
      });
  }
  const share = quotedShare(input);
  if (share > QUOTE_RULES.maxShare)
    problems.push({
      where: 'quotes',
      message: `all quotes together reproduce ${(share * 100).toFixed(1)}% of the article (max ${QUOTE_RULES.maxShare * 100}%)`,
    });
  return problems;
}

export interface ArticleSentence {
  readonly line: number;
  readonly start: number;
  readonly text: string;
}

/** The article cut into sentences (a bullet is one sentence); section headings are left out. */
export function articleSentences(input: ContentInput): ArticleSentence[] {
  const headings = new Set(input.sections.map((s) => s.heading).filter((h) => h !== null));
  const out: ArticleSentence[] = [];
  let offset = 0;
  input.article.split('\n').forEach((line, i) => {
    if (line.trim() !== '' && !headings.has(line)) {
      for (const m of line.matchAll(/[^.!?…]+(?:[.!?…]+(?=\s|$)|$)(?:\s*»)?/g)) {
        const text = m[0].trim();
        if (text.length > 1)
          out.push({ line: i + 1, start: offset + m.index + m[0].indexOf(text), text });
      }
    }
    offset += line.length + 1;
  });
  return out;
}

/** Not material: the article's SEO asides (see content-validate). */
const ASIDE =
  /green marketing|électroménager|no-code|modèles économiques et sociaux|décryptage de stratégies|stratégie digitale/i;

/** A sentence carries a fact when it has a figure, a date, or a name or place (a capital past its first word). */
export function isFactSentence(text: string): boolean {
  if (ASIDE.test(text)) return false;
  return /\d/.test(text) || /\s[\p{Lu}]/u.test(text.replace(/^[-–\s]+/, ''));
}

/** Fact sentences that no question or source quote cites. */
export function uncitedFacts(input: ContentInput): ArticleSentence[] {
  const marks = covered(
    input.article,
    allQuotes(input).map((q) => q.quote),
  );
  return articleSentences(input).filter(
    (s) => isFactSentence(s.text) && !marks.slice(s.start, s.start + s.text.length).some(Boolean),
  );
}
