// Three test-wise players who never read the article, and the anti-guessing rules they enforce: what content:report prints and content:check requires.
import { grade } from '../src/sim/quiz/grade';
import type { MultipleChoiceQuestion, NumericQuestion } from '../src/sim/quiz/types';
import type { ContentInput, Problem } from './content-types';

export const GUESS_RULES = {
  /** The right answer may be the longest choice in at most this share of multiple-choice questions. */
  maxLongestShare: 0.35,
  /** …and never longer than this many times the mean length of its distractors. */
  maxLengthRatio: 1.3,
  /** Each guesser must stay within this many points (0–100) of chance. */
  maxPointsFromChance: 10,
} as const;

/** Absolutes and negations a test-wise student reads as "false". Whole words, case-insensitive. */
export const ABSOLUTES: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'seul',
    'seule',
    'seuls',
    'seules',
    'seulement',
    'uniquement',
    'exclusivement',
    'aucun',
    'aucune',
    'jamais',
    'rien',
    'tout',
    'toute',
    'tous',
    'toutes',
    'totalement',
    'entièrement',
    'complet',
    'complète',
    'complètement',
    'toujours',
    'sans',
    'ne',
    'n’',
    'pas',
    'ni',
    'forcément',
    'absolument',
  ],
  en: [
    'only',
    'solely',
    'exclusively',
    'no',
    'not',
    'never',
    'none',
    'nothing',
    'all',
    'every',
    'always',
    'entirely',
    'completely',
    'complete',
    'totally',
    'whole',
    'entire',
    'everything',
    'without',
    'nor',
    'n’t',
    "n't",
  ],
};

type Texts = Record<string, Record<string, unknown>>;

function questionTexts(input: ContentInput, lang: string): Texts {
  const quiz = input.locales[lang]?.quiz as { questions?: Texts } | undefined;
  return quiz?.questions ?? {};
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const choiceText = (texts: Texts, q: MultipleChoiceQuestion, c: string): string =>
  str((texts[q.id]?.['choices'] as Record<string, unknown> | undefined)?.[c]);

/** Does the statement use an absolute or a negation? */
export function hasAbsolute(statement: string, lang: string): boolean {
  const words = statement.toLowerCase().replace(/'/g, '’');
  return (ABSOLUTES[lang] ?? []).some((w) =>
    w.endsWith('’') || w.startsWith('n’') || w.startsWith("n'")
      ? new RegExp(`(^|[^\\p{L}])${w}`, 'u').test(words)
      : new RegExp(`(^|[^\\p{L}’])${w}($|[^\\p{L}’])`, 'u').test(words),
  );
}

/** The statement without its "True or false:" lead-in. */
const statementOf = (prompt: string): string =>
  prompt.replace(/^[^:]*?(vrai ou faux|true or false)[^:]*:/i, '');

function middleValue(q: NumericQuestion): number {
  const steps = Math.round((q.max - q.min) / q.step / 2);
  return q.min + steps * q.step;
}

/** Expected credit of an answer picked uniformly from the numeric input's values. */
function numericChance(q: NumericQuestion): number {
  let total = 0;
  let n = 0;
  for (let v = q.min; v <= q.max + 1e-9; v += q.step) {
    total += grade(q, { type: 'numeric', value: v }).credit;
    n += 1;
  }
  return n === 0 ? 0 : total / n;
}

export interface GuesserScore {
  readonly name: string;
  readonly questions: number;
  /** Points out of 100. */
  readonly score: number;
  readonly chance: number;
}

export interface GuessReport {
  readonly lang: string;
  readonly guessers: readonly GuesserScore[];
  /** Multiple-choice questions whose right answer is (one of) the longest choices. */
  readonly longestRight: number;
  readonly multipleChoice: number;
  readonly absolutes: {
    readonly inTrue: number;
    readonly trueCount: number;
    readonly inFalse: number;
    readonly falseCount: number;
  };
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
const points = (x: number): number => Math.round(x * 1000) / 10;

export function guessReport(input: ContentInput, lang: string): GuessReport {
  const texts = questionTexts(input, lang);
  const mc = input.bank.filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice');
  const longest = mc.map((q) => {
    const lengths = q.choices.map((c) => choiceText(texts, q, c).length);
    const top = Math.max(...lengths);
    const tied = q.choices.filter((_, i) => lengths[i] === top);
    return tied.includes(q.answer) ? 1 / tied.length : 0;
  });
  const tf = input.bank.filter((q) => q.type === 'true-false');
  const flagged = tf.map((q) => hasAbsolute(statementOf(str(texts[q.id]?.['prompt'])), lang));
  const absoluteGuess = tf.map((q, i) => (q.answer === !flagged[i] ? 1 : 0));
  const num = input.bank.filter((q): q is NumericQuestion => q.type === 'numeric');
  const middle = num.map((q) => grade(q, { type: 'numeric', value: middleValue(q) }).credit);
  const count = (answer: boolean, f: boolean) =>
    tf.filter((q, i) => q.answer === answer && flagged[i] === f).length;
  return {
    lang,
    guessers: [
      {
        name: 'always the longest choice (multiple choice)',
        questions: mc.length,
        score: points(mean(longest)),
        chance: points(mean(mc.map((q) => 1 / q.choices.length))),
      },
      {
        name: '"false" whenever an absolute appears (true/false)',
        questions: tf.length,
        score: points(mean(absoluteGuess)),
        chance: 50,
      },
      {
        name: 'always the middle of the range (numeric)',
        questions: num.length,
        score: points(mean(middle)),
        chance: points(mean(num.map(numericChance))),
      },
    ],
    longestRight: mc.filter((_, i) => (longest[i] ?? 0) > 0).length,
    multipleChoice: mc.length,
    absolutes: {
      inTrue: count(true, true),
      trueCount: tf.filter((q) => q.answer === true).length,
      inFalse: count(false, true),
      falseCount: tf.filter((q) => q.answer === false).length,
    },
  };
}

/** The anti-guessing rules, in every language. */
export function checkGuessing(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const lang of Object.keys(input.locales)) {
    const where = `guessing ${lang}`;
    const texts = questionTexts(input, lang);
    const r = guessReport(input, lang);
    if (r.longestRight > GUESS_RULES.maxLongestShare * r.multipleChoice)
      problems.push({
        where,
        message: `the right answer is the longest choice in ${r.longestRight} of ${r.multipleChoice} multiple-choice questions (max ${Math.round(GUESS_RULES.maxLongestShare * 100)}%)`,
      });
    for (const q of input.bank) {
      if (q.type !== 'multiple-choice') continue;
      const right = choiceText(texts, q, q.answer).length;
      const others = mean(
        q.choices.filter((c) => c !== q.answer).map((c) => choiceText(texts, q, c).length),
      );
      if (others > 0 && right > GUESS_RULES.maxLengthRatio * others)
        problems.push({
          where: `${where} ${q.id}`,
          message: `right answer is ${(right / others).toFixed(2)}× the mean length of its distractors (max ${GUESS_RULES.maxLengthRatio})`,
        });
    }
    const a = r.absolutes;
    if (a.trueCount > 0 && a.falseCount > 0 && a.inFalse / a.falseCount > a.inTrue / a.trueCount)
      problems.push({
        where,
        message: `absolutes or negations mark ${a.inFalse} of ${a.falseCount} false statements but only ${a.inTrue} of ${a.trueCount} true ones: make false statements by changing a detail`,
      });
    for (const g of r.guessers) {
      if (Math.abs(g.score - g.chance) > GUESS_RULES.maxPointsFromChance)
        problems.push({
          where,
          message: `guesser "${g.name}" scores ${g.score} against a chance of ${g.chance} (must stay within ${GUESS_RULES.maxPointsFromChance} points)`,
        });
    }
  }
  return problems;
}
