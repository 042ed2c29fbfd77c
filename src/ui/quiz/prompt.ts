// The question's prompt as a fieldset legend, so every answer control is announced with its question.
import { contentText, questionKey, type Painter } from './painter';

export function promptLegend(painter: Painter, questionId: string): HTMLLegendElement {
  return contentText(painter, 'legend', questionKey(questionId, 'prompt'), {
    class: 'quiz-prompt',
  });
}
