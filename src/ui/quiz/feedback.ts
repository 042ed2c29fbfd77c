// The feedback after an answer: verdict (icon, words and border style), the right answer, the explanation, the article's quote with its translation, a source note when needed, and the Next button.
import type { Grade, QuizAnswer, QuizQuestion } from '../../sim/quiz';
import { h } from '../dom';
import { rightAnswer } from './feedback-answer';
import { contentText, questionKey, uiText, type Painter } from './painter';
import { VERDICT_ICONS, verdictKind, verdictText } from './verdict';
import './quiz-feedback.css';

export interface FeedbackOptions {
  readonly painter: Painter;
  readonly question: QuizQuestion;
  readonly answer: QuizAnswer;
  readonly graded: Grade;
  readonly idBase: string;
  readonly last: boolean;
  onNext(): void;
}

export interface Feedback {
  readonly element: HTMLElement;
  readonly next: HTMLButtonElement;
  /** The verdict in the current language, for the announcement. */
  verdict(): string;
}

/** The French original and its translation: into the player's language, or English for a French player. */
function quoteFigure(painter: Painter, question: QuizQuestion): HTMLElement {
  const { ctx } = painter;
  const key = questionKey(question.id, 'quote');
  const caption = h('figcaption', { class: 'quiz-quote-caption' });
  const original = h('p', { lang: 'fr' });
  const translation = h('p', {});
  const translationLabel = h('summary', { class: 'quiz-quote-label' });
  // A French player reads the quote in the original: the English version is there on demand.
  const translationBox = h(
    'details',
    { class: 'quiz-quote-translation' },
    translationLabel,
    translation,
  );
  painter.add((p) => {
    const section = p.content(`source:sections.${question.passage.section}.title`);
    caption.textContent = p.ui('checkpoint:feedback.fromArticle', { section });
    original.textContent = ctx.tIn('fr')(key);
    const lang = p.uiLang === 'fr' ? ctx.otherLanguage() : p.uiLang;
    translation.textContent = ctx.tIn(lang)(key);
    translation.lang = lang;
    translationLabel.textContent = p.ui('checkpoint:feedback.translation');
    translationBox.open = p.uiLang !== 'fr';
  });
  return h(
    'figure',
    { class: 'quiz-quote' },
    caption,
    h('blockquote', { lang: 'fr', class: 'quiz-quote-fr' }, original),
    translationBox,
  );
}

export function createFeedback(options: FeedbackOptions): Feedback {
  const { painter, question, answer, graded, idBase } = options;
  const kind = verdictKind(graded);
  const verdictId = `${idBase}-verdict`;
  const words = h('span', { class: 'quiz-verdict-words' });
  painter.add((p) => {
    words.textContent = verdictText(graded, p.ui);
  });
  const verdict = h(
    'p',
    { class: 'quiz-verdict', 'data-verdict': kind, id: verdictId },
    h(
      'span',
      { class: 'quiz-verdict-icon', 'aria-hidden': 'true' },
      document.createTextNode(VERDICT_ICONS[kind]),
    ),
    words,
  );
  const next = uiText(
    painter,
    'button',
    options.last ? 'checkpoint:feedback.continue' : 'checkpoint:feedback.next',
    {
      type: 'button',
      class: 'button quiz-next',
    },
  );
  next.addEventListener('click', () => options.onNext());
  const element = h(
    'section',
    { class: 'quiz-feedback', 'aria-labelledby': verdictId, 'data-verdict': kind },
    verdict,
    contentText(painter, 'p', questionKey(question.id, 'prompt'), { class: 'quiz-prompt' }),
    uiText(painter, 'h3', 'checkpoint:feedback.rightAnswer'),
    h('div', { class: 'quiz-answer' }, ...rightAnswer(painter, question, answer)),
    uiText(painter, 'h3', 'checkpoint:feedback.explanation'),
    contentText(painter, 'p', questionKey(question.id, 'explanation'), {
      class: 'quiz-explanation',
    }),
    quoteFigure(painter, question),
    question.sourceNote
      ? h(
          'p',
          { class: 'quiz-source-note' },
          h(
            'span',
            { 'aria-hidden': 'true', class: 'quiz-note-icon' },
            document.createTextNode('ℹ '),
          ),
          contentText(painter, 'span', questionKey(question.id, 'sourceNote')),
        )
      : null,
    h('div', { class: 'quiz-actions' }, next),
  );
  return { element, next, verdict: () => words.textContent ?? '' };
}
