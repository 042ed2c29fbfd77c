// Six indicator gauges (icon + bar + previous-value tick + direction arrow) drawn with two Graphics objects.
import type Phaser from 'phaser';
import { HELD_POINTS, INDICATORS, type IndicatorId, type Indicators } from '../sim';
import type { Rect } from './city-layout';
import { drawGaugeIcon } from './gauge-icons';

/** Bar colours, each paired with its own icon shape. Waste is grey: it is the one to keep low. */
const FILL: Record<IndicatorId, number> = {
  capability: 0xffd166,
  chipAutonomy: 0x7fd6ff,
  ecosystem: 0xff9e6b,
  talent: 0xf7a8c8,
  influence: 0x9be3b4,
  waste: 0xa8a4b8,
};
const PANEL = 0x0f1228;
const CREAM = 0xfdf3e1;
const TRACK = 0x2d3870;
/** The waste level above which the white elephant appears (same scale as the indicator). */
const ELEPHANT_LINE = 40;

interface Cell {
  readonly barX: number;
  readonly barY: number;
  readonly barW: number;
  readonly barH: number;
  readonly arrowX: number;
}

export class CityGauges {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly bars: Phaser.GameObjects.Graphics;
  private cells: Cell[] = [];

  constructor(scene: Phaser.Scene) {
    this.frame = scene.add.graphics();
    this.bars = scene.add.graphics();
  }

  /** Static parts (panel, icons, tracks) are drawn only when the layout changes. */
  layout(rect: Rect, columns: number): void {
    const rows = Math.ceil(INDICATORS.length / columns);
    const pad = Math.max(6, Math.round(Math.min(rect.width, rect.height) * 0.04));
    const cellW = (rect.width - pad) / columns;
    const cellH = (rect.height - pad) / rows;
    const g = this.frame;
    g.clear();
    g.fillStyle(PANEL, 0.62);
    g.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, Math.min(16, pad * 1.5));
    this.cells = INDICATORS.map((id, index) => {
      const x = rect.x + pad + (index % columns) * cellW;
      const y = rect.y + pad + Math.floor(index / columns) * cellH;
      const r = Math.max(6, Math.min(cellH * 0.32, 18));
      const barH = Math.max(6, Math.min(cellH * 0.38, 18));
      const barX = x + 2 * r + pad;
      const arrowW = barH;
      const barW = Math.max(20, cellW - (barX - x) - arrowW - 2 * pad);
      const barY = y + (cellH - pad) / 2 - barH / 2;
      drawGaugeIcon(g, id, x + r, barY + barH / 2, r, FILL[id], PANEL);
      g.fillStyle(TRACK, 1);
      g.fillRoundedRect(barX, barY, barW, barH, barH / 2);
      if (id === 'waste') {
        // A notch marks where the white elephant appears.
        const nx = barX + (barW * ELEPHANT_LINE) / 100;
        g.fillStyle(CREAM, 0.8);
        g.fillTriangle(
          nx - barH * 0.35,
          barY - barH * 0.45,
          nx + barH * 0.35,
          barY - barH * 0.45,
          nx,
          barY,
        );
      }
      return { barX, barY, barW, barH, arrowX: barX + barW + pad * 0.6 + arrowW / 2 };
    });
  }

  /** Fills bars to `current`, with a tick at `from` and an arrow pointing from `from` towards `to`. */
  draw(current: Indicators, from: Indicators, to: Indicators): void {
    const g = this.bars;
    g.clear();
    INDICATORS.forEach((id, index) => {
      const cell = this.cells[index];
      if (!cell) return;
      const { barX, barY, barW, barH, arrowX } = cell;
      const fill = (barW * Math.min(100, Math.max(0, current[id]))) / 100;
      if (fill > 0.5) {
        g.fillStyle(FILL[id], 1);
        g.fillRoundedRect(barX, barY, Math.max(fill, barH), barH, barH / 2);
      }
      const tickX = barX + (barW * from[id]) / 100;
      g.fillStyle(CREAM, 1);
      g.fillRect(tickX - 1, barY - barH * 0.3, 2, barH * 1.6);
      const delta = to[id] - from[id];
      const cy = barY + barH / 2;
      const s = barH * 0.5;
      if (Math.abs(delta) < HELD_POINTS) g.fillRect(arrowX - s, cy - 1.5, 2 * s, 3);
      else if (delta > 0)
        g.fillTriangle(arrowX - s, cy + s * 0.8, arrowX + s, cy + s * 0.8, arrowX, cy - s);
      else g.fillTriangle(arrowX - s, cy - s * 0.8, arrowX + s, cy - s * 0.8, arrowX, cy + s);
    });
  }
}
