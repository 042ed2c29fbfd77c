// @vitest-environment happy-dom
// In-place translation: switching language rewrites bound text and attributes without rebuilding the page.
import { describe, expect, it } from 'vitest';
import { h, paint, text, translateTree } from '../../src/ui/dom';

const dictionaries: Record<string, Record<string, string>> = {
  en: { 'menu.newGame': 'New game', 'panel.close': 'Close' },
  fr: { 'menu.newGame': 'Nouvelle partie', 'panel.close': 'Fermer' },
};

describe('translateTree', () => {
  it('rewrites text and attributes and keeps the same elements', () => {
    const label = text('span', 'menu.newGame');
    const button = h('button', { 'data-i18n-aria-label': 'panel.close' }, label);
    document.body.append(button);
    translateTree(document.body, (key) => dictionaries.en?.[key] ?? key);
    expect(label.textContent).toBe('New game');
    expect(button.getAttribute('aria-label')).toBe('Close');
    translateTree(document.body, (key) => dictionaries.fr?.[key] ?? key);
    expect(document.body.querySelector('span')).toBe(label);
    expect(label.textContent).toBe('Nouvelle partie');
    expect(button.getAttribute('aria-label')).toBe('Fermer');
  });
  it('leaves a text that did not change as it is, so the browser need not paint it again', () => {
    const label = text('span', 'menu.newGame');
    const button = h('button', { 'data-i18n-aria-label': 'panel.close' }, label);
    document.body.append(button);
    const english = (key: string) => dictionaries.en?.[key] ?? key;
    translateTree(document.body, english);
    const node = label.firstChild;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(button, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true,
    });
    translateTree(document.body, english);
    expect(label.firstChild).toBe(node);
    return Promise.resolve().then(() => {
      observer.disconnect();
      expect(writes).toHaveLength(0);
      translateTree(document.body, (key) => dictionaries.fr?.[key] ?? key);
      expect(label.firstChild).not.toBe(node);
      expect(label.textContent).toBe('Nouvelle partie');
      button.remove();
    });
  });
  it('writes hostile text as text, never as markup', () => {
    const node = text('p', 'evil');
    translateTree(node, () => '<img src=x onerror=alert(1)>');
    expect(node.querySelector('img')).toBeNull();
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('paint jobs', () => {
  it('run again on translateTree, after the bound keys, so computed text follows the language', () => {
    let language = 'en';
    const t = (key: string) => dictionaries[language]?.[key] ?? key;
    const root = h('div', {}, text('button', 'menu.newGame'));
    const line = paint(h('p', {}), (p) => (p.textContent = `${t('menu.newGame')} (2)`));
    root.append(line);
    translateTree(root, t);
    expect(line.textContent).toBe('New game (2)');
    language = 'fr';
    translateTree(root, t);
    expect(root.querySelector('button')?.textContent).toBe('Nouvelle partie');
    expect(line.textContent).toBe('Nouvelle partie (2)');
    expect(root.querySelector('p')).toBe(line);
  });

  it('runs a job that translates its own subtree once, not forever', () => {
    let runs = 0;
    const box = paint(h('div', {}), (el) => {
      runs += 1;
      el.replaceChildren(text('span', 'panel.close'));
      translateTree(el, (key) => key);
    });
    translateTree(box, (key) => key);
    expect(runs).toBe(2);
  });
});
