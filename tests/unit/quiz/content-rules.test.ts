// Issue 11's content:check rules, each shown to bite: guessers, absolutes, quote share and length, French typography, French quotes and card dates.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content-load';
import { uncitedFacts } from '../../../scripts/content-quotes';
import {
  checkFrenchTypography,
  fixTypography,
  typographyProblems,
} from '../../../scripts/content-typography';
import {
  formatProblem,
  validateContent,
  type ContentInput,
} from '../../../scripts/content-validate';
import type { EventCard } from '../../../src/sim';
import type { QuizQuestion } from '../../../src/sim/quiz';

const content = loadContent();
const messages = (input: ContentInput) => validateContent(input).map(formatProblem).join('\n');
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Texts = Record<string, { prompt: string; quote: string; choices?: Record<string, string> }>;
const questionsIn = (input: ContentInput, lang: string) =>
  (input.locales[lang]?.quiz as { questions: Texts }).questions;

describe('content check catches test-wise guessing', () => {
  it('right answers that are the longest choice, and much longer than their distractors', () => {
    const locales = clone(content.locales);
    const input = { ...content, locales };
    for (const q of content.bank) {
      if (q.type !== 'multiple-choice') continue;
      const choices = questionsIn(input, 'en')[q.id]?.choices ?? {};
      choices[q.answer] = `${choices[q.answer] ?? ''}, as the article explains in some detail`;
    }
    const out = messages(input);
    expect(out).toMatch(/\[guessing en\] the right answer is the longest choice in 27 of 27/);
    expect(out).toMatch(
      /\[guessing en intro-nyt-source\] right answer is \d\.\d\d× the mean length/,
    );
    expect(out).toMatch(/guesser "always the longest choice \(multiple choice\)" scores 100/);
    expect(out).not.toMatch(/\[guessing fr\]/);
  });

  it('false statements made by adding an absolute', () => {
    const locales = clone(content.locales);
    const input = { ...content, locales };
    for (const q of content.bank) {
      const entry = questionsIn(input, 'fr')[q.id];
      if (q.type === 'true-false' && !q.answer && entry)
        entry.prompt = `${entry.prompt} Seulement ainsi.`;
    }
    const out = messages(input);
    expect(out).toMatch(/\[guessing fr\] absolutes or negations mark 8 of 8 false statements/);
    expect(out).toMatch(/\[guessing fr\] guesser ""false" whenever an absolute appears/);
  });

  it('a numeric answer in the middle of its range', () => {
    const bank = content.bank.map((q) =>
      q.type === 'numeric' ? ({ ...q, answer: (q.min + q.max) / 2 } as QuizQuestion) : q,
    );
    expect(messages({ ...content, bank })).toMatch(
      /guesser "always the middle of the range \(numeric\)" scores 100/,
    );
  });
});

describe('content check catches unfair quoting', () => {
  it('a quote over 300 characters, and quotes that reproduce too much of the article', () => {
    const lines = content.article.split('\n');
    const sourceQuotes = {
      ...content.sourceQuotes,
      intro: [...content.sourceQuotes.intro, { id: 'all', quote: lines[0] ?? '' }],
    };
    const out = messages({ ...content, sourceQuotes });
    expect(out).toMatch(/\[source quote intro\/all\] quote has \d+ characters \(max 300\)/);
    expect(out).toMatch(
      /\[quotes\] all quotes together reproduce \d+\.\d% of the article \(max 25%\)/,
    );
  });

  it('a French quote that is not the passage the question declares', () => {
    const locales = clone(content.locales);
    const input = { ...content, locales };
    const entry = questionsIn(input, 'fr')['players-cities'];
    if (entry) entry.quote = 'présents dans plus de 200 villes chinoises';
    expect(messages(input)).toMatch(
      /\[locales\/fr\/quiz.json players-cities\] quote differs from the question’s passage quote/,
    );
  });

  it('lists a fact sentence once nothing quotes it', () => {
    const bank = content.bank.filter((q) => q.id !== 'players-cities');
    const sourceQuotes = { ...content.sourceQuotes, players: [] };
    const locales = clone(content.locales);
    delete questionsIn({ ...content, locales }, 'fr')['players-cities'];
    const lines = uncitedFacts({ ...content, bank, sourceQuotes, locales }).map((s) => s.text);
    expect(lines.some((t) => t.includes('plus de 180 villes chinoises'))).toBe(true);
    expect(uncitedFacts(content).some((s) => s.text.includes('180 villes'))).toBe(false);
  });
});

describe('content check catches French typography', () => {
  it('a plain space before a colon or question mark and inside guillemets, in locales and docs', () => {
    const frenchFiles = clone(content.frenchFiles) as Record<string, unknown>;
    const quiz = frenchFiles['locales/fr/quiz.json'] as { questions: Texts };
    const entry = quiz.questions['intro-engineer-city'];
    if (entry) entry.prompt = 'Vrai ou faux : où est « Hangzhou » ?';
    frenchFiles['docs/model.fr.md'] = 'Les dates : voir `a : b` et https://example.org/?x=1';
    const out = checkFrenchTypography(frenchFiles).map(formatProblem).join('\n');
    expect(out).toMatch(
      /quiz.json questions.intro-engineer-city.prompt\] French typography: plain space before ; : ! \?/,
    );
    expect(out).toMatch(/plain space after «/);
    expect(out).toMatch(/plain space before »/);
    expect(out).toMatch(
      /\[docs\/model.fr.md\] French typography: plain space before ; : ! \? in "…Les dates :/,
    );
    // Code and URLs in Markdown are not prose.
    expect(out.match(/docs\/model.fr.md/g)).toHaveLength(1);
    expect(messages({ ...content, frenchFiles })).toMatch(/French typography/);
  });

  it('a quote shown in French without its no-break space', () => {
    const bank = content.bank.map((q) =>
      q.id === 'open-source-deepseek-date'
        ? { ...q, passage: { ...q.passage, quote: 'Janvier 2024 : DeepSeek s’impose' } }
        : q,
    );
    expect(messages({ ...content, bank })).toMatch(
      /\[question open-source-deepseek-date passage\] French typography/,
    );
  });

  it('the fixer puts every no-break space in', () => {
    const fixed = fixTypography('Titre : « un mot » ; vraiment ? Oui !');
    expect(fixed).toBe('Titre\u00a0: «\u00a0un mot\u00a0»\u202f; vraiment\u202f? Oui\u202f!');
    expect(typographyProblems('x', fixed)).toEqual([]);
  });
});

describe('content check catches card dates', () => {
  const withCard = (id: string, change: (e: EventCard) => EventCard): ContentInput => ({
    ...content,
    events: content.events.map((e) => (e.id === id ? change(e) : e)),
  });

  it('a card without notBefore, one dated before its source, and a historical card too early', () => {
    expect(messages(withCard('brain-drain', (e) => ({ ...e, notBefore: undefined })))).toMatch(
      /\[event brain-drain\] must declare notBefore/,
    );
    expect(messages(withCard('chip-breakthrough', (e) => ({ ...e, notBefore: 2020 })))).toMatch(
      /\[event chip-breakthrough\] notBefore 2020 is earlier than the source it cites \(.*2023-08-29\)/,
    );
    expect(messages(withCard('deepseek', (e) => ({ ...e, year: 2024 })))).toMatch(
      /\[event deepseek\] arrives in 2024, before what it cites \(2025\)/,
    );
  });
});
