// The teacher guide, shipped in the build as text (docs/teacher-guide.md, docs/guide-enseignant.md) and shown offline as headings, lists, tables and paragraphs.
import { h } from '../dom';

/** The guides as raw text, in their own chunk: loaded when a teacher opens one. */
const GUIDES = import.meta.glob<string>(
  ['../../../docs/teacher-guide.md', '../../../docs/guide-enseignant.md'],
  { query: '?raw', import: 'default' },
);

const FILES: Readonly<Record<string, string>> = {
  en: '../../../docs/teacher-guide.md',
  fr: '../../../docs/guide-enseignant.md',
};

export async function loadGuide(language: string): Promise<string | null> {
  const load = GUIDES[FILES[language] ?? FILES.en ?? ''] ?? GUIDES[FILES.en ?? ''];
  return load ? load() : null;
}

/** **bold**, *emphasis*, `code` and [text](target) (shown as its text: the game opens no page). */
function inline(source: string): Node[] {
  const nodes: Node[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|`(.+?)`|\[(.+?)\]\((.+?)\)/gu;
  let at = 0;
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > at) nodes.push(document.createTextNode(source.slice(at, index)));
    const [, bold, em, em2, code, linkText] = match;
    if (bold !== undefined) nodes.push(h('strong', {}, ...inline(bold)));
    else if (em !== undefined || em2 !== undefined)
      nodes.push(h('em', {}, ...inline(em ?? em2 ?? '')));
    else if (code !== undefined) nodes.push(h('code', {}, document.createTextNode(code)));
    else nodes.push(...inline(linkText ?? ''));
    at = index + match[0].length;
  }
  if (at < source.length) nodes.push(document.createTextNode(source.slice(at)));
  return nodes;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/**
 * A small Markdown subset, enough for the guides: headings start at `headingBase` (the page's own
 * heading is above them), lists, tables, quotes and paragraphs. Text only ever becomes text nodes.
 */
export function renderGuide(markdown: string, headingBase = 2): HTMLElement {
  const root = h('div', { class: 'guide' });
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i += 1;
    } else if (heading) {
      const level = Math.min(6, (heading[1]?.length ?? 1) - 1 + headingBase);
      root.append(h(`h${level}` as 'h2', {}, ...inline(heading[2] ?? '')));
      i += 1;
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]/.test(line);
      const list = h(ordered ? 'ol' : 'ul', {});
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i] ?? '')) {
        let item = (lines[i] ?? '').replace(/^\s*([-*+]|\d+[.)])\s+/, '');
        i += 1;
        // A wrapped item continues on indented lines.
        while (
          i < lines.length &&
          /^\s{2,}\S/.test(lines[i] ?? '') &&
          !/^\s*([-*+]|\d+[.)])\s+/.test(lines[i] ?? '')
        ) {
          item += ` ${(lines[i] ?? '').trim()}`;
          i += 1;
        }
        list.append(h('li', {}, ...inline(item)));
      }
      root.append(list);
    } else if (line.trim().startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|'))
        rows.push(lines[i++] ?? '');
      const [head = '', , ...body] = rows;
      root.append(
        h(
          'div',
          {
            class: 'table-scroll',
            tabindex: '0',
            role: 'region',
            'aria-label': cells(head).join(', '),
          },
          h(
            'table',
            { class: 'class-table' },
            h(
              'thead',
              {},
              h('tr', {}, ...cells(head).map((c) => h('th', { scope: 'col' }, ...inline(c)))),
            ),
            h(
              'tbody',
              {},
              ...body.map((row) =>
                h('tr', {}, ...cells(row).map((c) => h('td', {}, ...inline(c)))),
              ),
            ),
          ),
        ),
      );
    } else if (line.startsWith('>')) {
      const quote: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('>'))
        quote.push((lines[i++] ?? '').replace(/^>\s?/, ''));
      root.append(h('blockquote', {}, h('p', {}, ...inline(quote.join(' ')))));
    } else {
      const paragraph: string[] = [];
      while (
        i < lines.length &&
        (lines[i] ?? '').trim() &&
        !/^(#|\||>|\s*([-*+]|\d+[.)])\s)/.test(lines[i] ?? '')
      )
        paragraph.push((lines[i++] ?? '').trim());
      root.append(h('p', {}, ...inline(paragraph.join(' '))));
    }
  }
  return root;
}
