// A tiny SVG element builder, the twin of dom.ts's h(): attributes and children, text only as text nodes.

const SVG_NS = 'http://www.w3.org/2000/svg';

type SvgChild = SVGElement | string | null | false | undefined;

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: SvgChild[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) {
    if (typeof child === 'string') element.append(document.createTextNode(child));
    else if (child) element.append(child);
  }
  return element;
}

/** Marker shapes, centred on (x, y); `size` is the half-width in user units. */
export function marker(shape: 'circle' | 'square', x: number, y: number, size: number): SVGElement {
  if (shape === 'circle') return s('circle', { cx: x, cy: y, r: size, class: 'marker' });
  return s('rect', {
    x: x - size,
    y: y - size,
    width: size * 2,
    height: size * 2,
    class: 'marker',
  });
}
