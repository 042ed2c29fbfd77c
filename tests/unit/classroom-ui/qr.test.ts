// @vitest-environment happy-dom
// The QR codes on screen decode back to what they carry (read with the same decoder the camera scan uses), and are drawn as one path.
import { encodeQR } from 'qr';
import { decodeQR } from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrPath, qrSvg } from '../../../src/ui/classroom/qr';

/** Rasterises the path's rectangles back to RGBA pixels, as a camera frame would show them. */
function rasterise(
  d: string,
  modules: number,
  scale: number,
): { width: number; height: number; data: Uint8ClampedArray } {
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [x, y, w] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + w) * scale; px++) {
        const i = (py * size + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  }
  return { width: size, height: size, data };
}

describe('QR codes', () => {
  it('draw a run of dark modules as one rectangle', () => {
    expect(qrPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(qrPath([[false], [true]])).toBe('M0 1h1v1h-1z');
  });

  it.each([
    'https://example.org/game/?class=K7QM-4TZC-9',
    'E'.repeat(300) + '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
  ])('decode back to the text they carry (%#)', (value) => {
    const svg = qrSvg(value, 'label');
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    const modules = encodeQR(value, 'raw', { ecc: 'medium', border: 4 }).length;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${modules} ${modules}`);
    expect(decodeQR(rasterise(d, modules, 4))).toBe(value);
  });

  it('are named for screen readers and dark on white whatever the theme', () => {
    const svg = qrSvg('x', 'QR code of the join link');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code of the join link');
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff');
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#000');
  });
});
