// Runs content:check's validator as a unit test, and proves it catches each kind of broken content with a clear message.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content-load';
import { buildReport } from '../../../scripts/content-stats';
import {
  formatProblem,
  validateContent,
  type ContentInput,
} from '../../../scripts/content-validate';
import { emptyBoxes, selectCheckpoint, startGame, type QuizQuestion } from '../../../src/sim/quiz';

const content = loadContent();
const messages = (input: ContentInput) => validateContent(input).map(formatProblem);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function withQuestion(id: string, change: (q: QuizQuestion) => QuizQuestion): ContentInput {
  return { ...content, bank: content.bank.map((q) => (q.id === id ? change(q) : q)) };
}

describe('the shipped content', () => {
  it('passes every check', () => {
    expect(messages(content)).toEqual([]);
  });

  it('meets the counts: 55+ questions, 6+ per section, every type, French and English', () => {
    const report = buildReport();
    expect(report.total).toBeGreaterThanOrEqual(55);
    for (const n of Object.values(report.bySection)) expect(n).toBeGreaterThanOrEqual(6);
    for (const n of Object.values(report.byType)) expect(n).toBeGreaterThan(0);
    expect(report.languages).toEqual(['fr', 'en']);
  });
});

describe('content check catches', () => {
  it('a quote that is not verbatim (straight apostrophe instead of ’)', () => {
    const input = withQuestion('open-source-unlike-valley-tf', (q) => ({
      ...q,
      passage: { ...q.passage, quote: q.passage.quote.replace('’', "'") },
    }));
    expect(messages(input).join('\n')).toMatch(
      /open-source-unlike-valley-tf passage\] quote not found verbatim/,
    );
  });

  it('a quote taken from the wrong section', () => {
    const input = withQuestion('intro-nyt-source', (q) => ({
      ...q,
      passage: { ...q.passage, section: 'offensive' },
    }));
    expect(messages(input).join('\n')).toMatch(/passage section differs/);
  });

  it('an answer key pointing at a missing choice, and a matching key to an unknown target', () => {
    let input = withQuestion(
      'intro-engineer-city',
      (q) => ({ ...q, answer: 'paris' }) as QuizQuestion,
    );
    expect(messages(input).join('\n')).toMatch(/answer "paris" is not one of its choices/);
    input = withQuestion('players-fields-match', (q) =>
      q.type === 'matching' ? { ...q, answer: { ...q.answer, iflytek: 'robots' } } : q,
    );
    expect(messages(input).join('\n')).toMatch(/maps to unknown target "robots"/);
  });

  it('duplicate ids and a section with too few questions', () => {
    const first = content.bank[0] as QuizQuestion;
    const dup = messages({ ...content, bank: [...content.bank, first] });
    expect(dup).toContain(`✗ [question ${first.id}] duplicate id`);
    const thin = messages({
      ...content,
      bank: content.bank.filter((q) => q.section !== 'players' || q.type === 'numeric'),
    });
    expect(thin.join('\n')).toMatch(/\[section players\] 1 questions \(need at least 6\)/);
  });

  it('a missing English translation and a missing choice text', () => {
    const locales = clone(content.locales);
    const en = locales['en']?.quiz as {
      questions: Record<string, { prompt?: string; choices: Record<string, string> }>;
    };
    delete en.questions['intro-engineer-city']?.prompt;
    delete en.questions['offensive-nvidia-sanctions']?.choices['ban'];
    const out = messages({ ...content, locales }).join('\n');
    expect(out).toMatch(/locales\/en\/quiz.json intro-engineer-city\] fields: missing prompt/);
    expect(out).toMatch(/locales\/en\/quiz.json offensive-nvidia-sanctions\] choices: missing ban/);
    expect(out).toMatch(/"questions.intro-engineer-city.prompt" is missing \(present in fr\)/);
  });

  it('placeholders that differ between languages, and catch-all answers', () => {
    const locales = clone(content.locales);
    const types = (locales['en']?.quiz as { types: Record<string, string> }).types;
    types['numeric'] = 'Estimate {{unit}}';
    types['true'] = 'All of the above';
    const out = messages({ ...content, locales }).join('\n');
    expect(out).toMatch(/"types.numeric" placeholders differ from fr/);
    expect(out).toMatch(/"types.true" uses a catch-all answer/);
  });

  it('a new language folder that is incomplete', () => {
    const locales = { ...clone(content.locales), de: { quiz: undefined, source: undefined } };
    const out = messages({ ...content, locales }).join('\n');
    expect(out).toMatch(/locales\/de\/quiz.json\] missing or not a JSON object/);
    expect(out).toMatch(/locales\/de\/source.json\] missing or not a JSON object/);
  });

  it('a DeepSeek quote without its source note, and an over-long quote', () => {
    let input = withQuestion('open-source-deepseek-date', (q) => ({ ...q, sourceNote: false }));
    expect(messages(input).join('\n')).toMatch(/needs sourceNote: true/);
    const long = content.article.split('\n')[0]?.split(' ').slice(0, 30).join(' ') ?? '';
    input = withQuestion('intro-engineer-city', (q) => ({
      ...q,
      passage: { ...q.passage, quote: long },
    }));
    expect(messages(input).join('\n')).toMatch(/quote has 30 words \(max 25\)/);
  });

  it('a moved section heading', () => {
    const article = content.article.replace('Écosystèmes d’incubation', 'Incubation');
    expect(messages({ ...content, article }).join('\n')).toMatch(
      /\[section dream-town\] heading not found at line 10/,
    );
  });
});

describe('the real bank in the engine', () => {
  it('gives a whole game of balanced checkpoints with no repeats', () => {
    let asked: string[] = [];
    for (let checkpointIndex = 0; checkpointIndex < 8; checkpointIndex += 1) {
      const picked = selectCheckpoint({
        seed: 2024,
        checkpointIndex,
        count: 4,
        bank: content.bank,
        askedThisGame: asked,
        missedThisGame: [],
        boxes: startGame(emptyBoxes()),
      }).questions.map((q) => content.bank.find((b) => b.id === q.id) as QuizQuestion);
      expect(picked).toHaveLength(4);
      expect(new Set(picked.map((q) => q.section)).size).toBe(4);
      expect(new Set(picked.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
      expect(picked.filter((q) => asked.includes(q.id))).toEqual([]);
      asked = [...asked, ...picked.map((q) => q.id)];
    }
  });
});
