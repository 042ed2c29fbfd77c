// Hand-drawn menu icons (inline SVG, 24×24, currentColor) so no label relies on colour or on a downloaded font.

const PATHS: Readonly<Record<string, string>> = {
  newGame: 'M6 4l14 8-14 8z',
  continue: 'M4 5h3v14H4zM10 5l10 7-10 7z',
  join: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9c0-4 3-6 7-6s7 2 7 6zm15-9h5m-2.5-2.5v5',
  players:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M12 20c0-3 3-5 6-5s4 2 4 5',
  teacher: 'M3 4h18v11H3zM8 20h8M12 15v5M6 8h8M6 11h5',
  source: 'M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zM20 4h-4a3 3 0 0 0-2 1v15a2 2 0 0 1 2-2h4z',
  chips:
    'M7 7h10v10H7zM9 3v4M12 3v4M15 3v4M9 17v4M12 17v4M15 17v4M3 9h4M3 12h4M3 15h4M17 9h4M17 12h4M17 15h4',
  incubators: 'M12 21v-8M12 13c0-4 3-7 7-7 0 4-3 7-7 7zM12 16c0-3-2-5-6-5 0 3 2 5 6 5zM5 21h14',
  talent: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6',
  openSource: 'M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16',
  /** "Coming soon": an hourglass, since the ⏳ emoji is a missing glyph without an emoji font. */
  waiting: 'M6 3h12M6 21h12M7 3v2c0 3 5 5 5 7s-5 4-5 7v2M17 3v2c0 3-5 5-5 7s5 4 5 7v2',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm8 3l2-1-1-3-2 .3-1.3-1.3.3-2-3-1-1 2h-2L11 3 8 4l.3 2L7 7.3 5 7 4 10l2 1v2l-2 1 1 3 2-.3L8.3 18 8 20l3 1 1-2h2l1 2 3-1-.3-2 1.3-1.3 2 .3 1-3-2-1z',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

export function icon(name: keyof typeof PATHS): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name] ?? '');
  svg.append(path);
  return svg;
}
