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
    const options = element.dataset.lng ? { lng: element.dataset.lng } : undefined;
    for (const { name, value } of [...element.attributes]) {
      if (name === 'data-i18n') element.textContent = t(value, options);
      else if (name.startsWith('data-i18n-'))
        element.setAttribute(name.slice(10), t(value, options));
    }
  }
}

/** Shorthand for a text node bound to a locale key. */
export function text<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  key: string,
  attrs: Attrs = {},
) {
  return h(tag, { ...attrs, 'data-i18n': key });
}
