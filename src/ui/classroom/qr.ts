// Draws a QR code as an inline SVG (one path of dark modules), built with DOM calls so nothing is parsed as markup.
import { encodeQR } from 'qr';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The QR's dark modules as one SVG path: a run of dark cells in a row is one rectangle. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/**
 * An SVG QR code of `value`, with a quiet zone of 4 modules (what phone readers expect), dark on white
 * whatever the page's colours. `label` names it for screen readers (the same text is shown beside it).
 */
export function qrSvg(value: string, label: string): SVGSVGElement {
  const modules = encodeQR(value, 'raw', { ecc: 'medium', border: 4 });
  const size = modules.length;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const back = document.createElementNS(SVG_NS, 'rect');
  back.setAttribute('width', String(size));
  back.setAttribute('height', String(size));
  back.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', qrPath(modules));
  path.setAttribute('fill', '#000');
  svg.append(back, path);
  return svg;
}
