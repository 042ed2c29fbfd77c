// One distinct shape per indicator, drawn with Graphics, so the gauges never rely on colour alone.
import type Phaser from 'phaser';
import type { IndicatorId } from '../sim';

type Draw = (g: Phaser.GameObjects.Graphics, x: number, y: number, r: number) => void;

/** Each icon fits a circle of radius r (px) centred on (x, y), in the current fill/line style. */
const ICONS: Record<IndicatorId, Draw> = {
  // A four-pointed spark: capability.
  capability: (g, x, y, r) => {
    const w = r * 0.28;
    g.fillTriangle(x, y - r, x - w, y, x + w, y);
    g.fillTriangle(x, y + r, x - w, y, x + w, y);
    g.fillTriangle(x - r, y, x, y - w, x, y + w);
    g.fillTriangle(x + r, y, x, y - w, x, y + w);
  },
  // A chip with pins: chip autonomy.
  chipAutonomy: (g, x, y, r) => {
    const s = r * 0.55;
    g.fillRect(x - s, y - s, 2 * s, 2 * s);
    for (const k of [-0.5, 0, 0.5]) {
      g.fillRect(x + k * s * 1.6 - r * 0.07, y - r, r * 0.14, 2 * r);
      g.fillRect(x - r, y + k * s * 1.6 - r * 0.07, 2 * r, r * 0.14);
    }
  },
  // A small house: the start-up ecosystem.
  ecosystem: (g, x, y, r) => {
    g.fillTriangle(x - r, y - r * 0.05, x, y - r, x + r, y - r * 0.05);
    g.fillRect(x - r * 0.7, y - r * 0.1, r * 1.4, r * 0.95);
  },
  // A mortarboard: talent.
  talent: (g, x, y, r) => {
    g.fillTriangle(x - r, y - r * 0.25, x, y - r * 0.75, x + r, y - r * 0.25);
    g.fillTriangle(x - r, y - r * 0.25, x, y + r * 0.25, x + r, y - r * 0.25);
    g.fillRect(x - r * 0.55, y - r * 0.05, r * 1.1, r * 0.65);
    g.fillRect(x + r * 0.78, y - r * 0.25, r * 0.12, r * 0.8);
  },
  // A mast with broadcast arcs: influence.
  influence: (g, x, y, r) => {
    g.fillCircle(x, y - r * 0.1, r * 0.22);
    g.fillTriangle(x, y - r * 0.1, x - r * 0.35, y + r, x + r * 0.35, y + r);
    g.beginPath();
    g.arc(x, y - r * 0.1, r * 0.6, -2.4, -0.74);
    g.strokePath();
    g.beginPath();
    g.arc(x, y - r * 0.1, r * 0.95, -2.4, -0.74);
    g.strokePath();
  },
  // A warning triangle with a bar and dot: waste.
  waste: (g, x, y, r) => {
    g.fillTriangle(x, y - r, x - r, y + r * 0.8, x + r, y + r * 0.8);
  },
};

export function drawGaugeIcon(
  g: Phaser.GameObjects.Graphics,
  id: IndicatorId,
  x: number,
  y: number,
  r: number,
  ink: number,
  paper: number,
): void {
  g.fillStyle(ink, 1);
  g.lineStyle(Math.max(1.5, r * 0.14), ink, 1);
  ICONS[id](g, x, y, r);
  if (id === 'waste') {
    // The mark inside the triangle is cut out in the paper colour.
    g.fillStyle(paper, 1);
    g.fillRect(x - r * 0.09, y - r * 0.35, r * 0.18, r * 0.65);
    g.fillRect(x - r * 0.09, y + r * 0.4, r * 0.18, r * 0.18);
  }
}
