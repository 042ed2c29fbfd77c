// A minimal element builder and in-place translation: every visible text is bound to a locale key, never typed here.
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

/**
 * Re-translates every bound node under root: `data-i18n` sets textContent and `data-i18n-<attr>`
 * sets an attribute (for example `data-i18n-aria-label`); `data-lng` pins an element to one language
 * (a language's own name in the switch). Structure, focus and state are kept.
 */
export function translateTree(root: ParentNode, t: Translate): void {
  const bound = root.querySelectorAll<HTMLElement>('*');
  for (const element of [root, ...bound]) {
    if (!(element instanceof HTMLElement)) continue;
    const options = translationOptions(element);
    for (const { name, value } of [...element.attributes]) {
      if (name === 'data-i18n') element.textContent = t(value, options);
      else if (name.startsWith('data-i18n-'))
        element.setAttribute(name.slice(10), t(value, options));
    }
  }
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
