// A minimal element builder and the one way text reaches the screen: bound locale keys and paint jobs, both redone in place by translateTree after a language switch.
import type { Translate } from '../services/i18n';

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | null | undefined | false;

/** Creates an element; `data-i18n` binds its text to a key so a language switch can re-render it in place. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Paint jobs by element: text worked out from several keys and numbers (a sentence, a chart). */
const paintJobs = new WeakMap<Element, () => void>();

/**
 * Registers how an element's text (or content) is worked out, and runs it now. translateTree runs it
 * again after a language switch, so a screen needs no code of its own for that.
 */
export function paint<E extends HTMLElement>(element: E, job: (element: E) => void): E {
  element.setAttribute('data-paint', '');
  let running = false;
  // A job may translate its own subtree (which would run the job again): once at a time.
  const run = () => {
    if (running) return;
    running = true;
    // A job that rebuilds its subtree (a language switch, a re-read after a reload) must not drop
    // the keyboard on <body>: focus goes back to the new element with the same id.
    const focused = document.activeElement;
    const focusId = focused && element.contains(focused) ? focused.id : '';
    try {
      job(element);
    } finally {
      running = false;
    }
    if (focusId && !element.contains(document.activeElement)) {
      element.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`)?.focus({ preventScroll: true });
    }
  };
  paintJobs.set(element, run);
  run();
  return element;
}

/**
 * Re-translates every bound node under root: `data-i18n` sets textContent and `data-i18n-<attr>`
 * sets an attribute (for example `data-i18n-aria-label`); `data-lng` pins an element to one language
 * (a language's own name in the switch); `data-paint` elements run their paint job. Structure, focus
 * and state are kept.
 */
export function translateTree(root: ParentNode, t: Translate): void {
  const bound = root.querySelectorAll<HTMLElement>('*');
  const painted: HTMLElement[] = [];
  for (const element of [root, ...bound]) {
    if (!(element instanceof HTMLElement)) continue;
    const options = translationOptions(element);
    for (const { name, value } of [...element.attributes]) {
      // Unchanged text is left alone: a replaced text node is painted again (a late "largest
      // contentful paint" for the title) and re-read by some screen readers.
      if (name === 'data-i18n') {
        const text = t(value, options);
        if (element.textContent !== text) element.textContent = text;
      } else if (name.startsWith('data-i18n-')) {
        const text = t(value, options);
        if (element.getAttribute(name.slice(10)) !== text)
          element.setAttribute(name.slice(10), text);
      } else if (name === 'data-paint') painted.push(element);
    }
  }
  // Jobs last, outermost first: a job may rebuild its subtree (and bind new nodes) as it likes.
  for (const element of painted)
    if (element === root || root.contains(element)) paintJobs.get(element)?.();
}

/** Interpolation values (`data-args`, JSON) and a pinned language (`data-lng`) for a bound element. */
function translationOptions(element: HTMLElement): Record<string, unknown> | undefined {
  const { args, lng } = element.dataset;
  if (!args && !lng) return undefined;
  const values = args ? (JSON.parse(args) as Record<string, unknown>) : {};
  return lng ? { ...values, lng } : values;
}

/** Shorthand for an element whose text is bound to a locale key, with optional interpolation values. */
export function text<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  key: string,
  attrs: Attrs = {},
  args?: Record<string, string | number>,
) {
  return h(tag, { ...attrs, 'data-i18n': key, 'data-args': args && JSON.stringify(args) });
}

/** Rebinds an element to a key and values, and writes its text now. */
export function bind(
  element: HTMLElement,
  key: string,
  t: Translate,
  args?: Record<string, string | number>,
): void {
  element.setAttribute('data-i18n', key);
  if (args) element.dataset.args = JSON.stringify(args);
  else delete element.dataset.args;
  element.textContent = t(key, translationOptions(element));
}
