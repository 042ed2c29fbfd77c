// Paints a view's texts from locale keys through registered jobs, so a language switch or the "other language" toggle relabels nodes in place and never rebuilds the player's controls.
import { formatNumber as format } from '../../services/number-format';
import type { Translate } from '../../services/i18n';
import { h } from '../dom';
import type { UiContext } from '../screen-context';

/** The translators one paint pass uses. */
export interface Paint {
  /** Interface strings (buttons, headings, errors): always the game's current language. */
  readonly ui: Translate;
  readonly uiLang: string;
  /** Question content (prompt, choices, items, explanation): the language being shown. */
  readonly content: Translate;
  readonly contentLang: string;
}

export interface Painter {
  readonly ctx: UiContext;
  /** True while the "show in the other language" toggle is pressed. */
  showingOther: boolean;
  /** Registers a job and runs it at once; it runs again on every repaint. */
  add(job: (paint: Paint) => void): void;
  /** The translators as they stand now (for announcements built on the fly). */
  now(): Paint;
  repaint(): void;
  clear(): void;
}

export function createPainter(ctx: UiContext): Painter {
  const jobs: ((paint: Paint) => void)[] = [];
  const current = (): Paint => {
    const uiLang = ctx.language();
    const contentLang = painter.showingOther ? ctx.otherLanguage() : uiLang;
    return { ui: ctx.t, uiLang, content: ctx.tIn(contentLang), contentLang };
  };
  const painter: Painter = {
    ctx,
    showingOther: false,
    add(job) {
      jobs.push(job);
      job(current());
    },
    now: () => current(),
    repaint() {
      const paint = current();
      for (const job of jobs) job(paint);
    },
    clear() {
      jobs.length = 0;
    },
  };
  return painter;
}

type Attrs = Record<string, string | boolean | undefined>;

/** An interface text in the current language (the key is namespaced, e.g. `checkpoint:feedback.next`). */
export function uiText<K extends keyof HTMLElementTagNameMap>(
  painter: Painter,
  tag: K,
  key: string,
  attrs: Attrs = {},
  options?: () => Record<string, unknown>,
): HTMLElementTagNameMap[K] {
  const element = h(tag, attrs);
  painter.add((p) => {
    element.textContent = p.ui(key, options?.());
  });
  return element;
}

/** A content text in the shown language; its `lang` follows so screen readers switch voice. */
export function contentText<K extends keyof HTMLElementTagNameMap>(
  painter: Painter,
  tag: K,
  key: string,
  attrs: Attrs = {},
): HTMLElementTagNameMap[K] {
  const element = h(tag, attrs);
  painter.add((p) => {
    element.textContent = p.content(key);
    element.lang = p.contentLang;
  });
  return element;
}

/** The quiz namespace key of one question's text, e.g. `quiz:questions.q1.prompt`. */
export function questionKey(questionId: string, path: string): string {
  return `quiz:questions.${questionId}.${path}`;
}

/** A number written the way the given language writes it (8.5 in English, 8,5 in French). */
export function formatNumber(value: number, lang: string): string {
  return format(value, 'upTo2', lang);
}
