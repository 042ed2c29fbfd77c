// Copying text to the clipboard and printing one part of the page, for the session sheet, result codes and debriefs.
import { h } from '../dom';

/**
 * Copies `text`; falls back to selecting it in `field` (so Ctrl+C works) where the clipboard API is
 * refused (an insecure page, a permission prompt). Resolves true when the text is on the clipboard.
 */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

const PRINT_ID = 'class-print';

/**
 * Prints `content` alone: it is put in a print-only container at the end of the body and every
 * other part of the page is hidden for print (classroom.css), then removed after printing.
 */
export function printOnly(content: HTMLElement, kind: string): void {
  document.getElementById(PRINT_ID)?.remove();
  const holder = h('div', { id: PRINT_ID, class: `class-print class-print-${kind}` }, content);
  document.body.append(holder);
  const root = document.documentElement;
  root.dataset.classPrint = kind;
  const done = () => {
    delete root.dataset.classPrint;
    holder.remove();
    removeEventListener('afterprint', done);
  };
  addEventListener('afterprint', done);
  window.print();
}
