// The line chart of our AI capability (solid gold, round markers) against the US frontier (dashed cream, square markers).
import type Phaser from 'phaser';
import type { CityView } from '../app/stage';
import type { Rect } from './city-layout';
import { chartScale, growingEnd, type ChartScale } from './chart-scale';

const PANEL = 0x0f1228;
const GRID = 0x2d3870;
const OURS = 0xffd166;
const FRONTIER = 0xfdf3e1;
const GAP = 0xb3261e;
/** Dash and gap of the frontier line (px). */
const DASH = 9;
const DASH_GAP = 6;

interface Pt {
  x: number;
  y: number;
}

export class CapabilityChart {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly lines: Phaser.GameObjects.Graphics;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private scale: ChartScale | null = null;
  private ours: Pt[] = [];
  private frontier: Pt[] = [];
  private readonly tipA: Pt = { x: 0, y: 0 };
  private readonly tipB: Pt = { x: 0, y: 0 };

  constructor(scene: Phaser.Scene) {
    this.frame = scene.add.graphics();
    this.lines = scene.add.graphics();
  }

  layout(rect: Rect): void {
    this.rect = rect;
  }

  /** Converts the history to pixels once per view or resize, then draws the frame (grid and year ticks). */
  setView(view: CityView): void {
    const s = chartScale(this.rect, view.history, view.firstYear, view.lastYear);
    this.scale = s;
    this.ours = view.history.map((p) => ({ x: s.x(p.year), y: s.y(p.capability) }));
    this.frontier = view.history.map((p) => ({ x: s.x(p.year), y: s.y(p.frontier) }));
    const g = this.frame;
    const { x, y, width, height } = this.rect;
    g.clear();
    g.fillStyle(PANEL, 0.62);
    g.fillRoundedRect(x, y, width, height, Math.min(16, height * 0.08));
    const { plot } = s;
    g.lineStyle(1, GRID, 1);
    for (const level of [25, 50, 75])
      g.lineBetween(plot.x, s.y(level), plot.x + plot.width, s.y(level));
    g.lineStyle(2, FRONTIER, 0.55);
    g.lineBetween(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
    const tick = Math.max(3, plot.height * 0.03);
    for (let year = s.firstYear; year <= s.lastYear; year += 1) {
      const tx = s.x(year);
      const current = year === view.year;
      g.lineStyle(current ? 3 : 1.5, current ? OURS : FRONTIER, current ? 1 : 0.55);
      g.lineBetween(
        tx,
        plot.y + plot.height,
        tx,
        plot.y + plot.height + (current ? 2.5 : 1) * tick,
      );
    }
  }

  /** Draws both lines; at t < 1 their last segment is still growing towards the newest point. */
  draw(t: number): void {
    const g = this.lines;
    g.clear();
    const n = this.ours.length;
    if (!this.scale || n === 0) return;
    const grow = n >= 2 && t < 1;
    const r = Math.max(3, Math.min(6, this.rect.height * 0.025));
    // The gap to the frontier, drawn as a faint red rung at every finished year.
    g.lineStyle(Math.max(2, r * 0.8), GAP, 0.55);
    for (let i = 0; i < n - (grow ? 1 : 0); i += 1) {
      const a = this.ours[i];
      const b = this.frontier[i];
      if (a && b) g.lineBetween(a.x, a.y, b.x, b.y);
    }
    this.drawLine(this.frontier, t, grow, this.tipB, true);
    this.drawLine(this.ours, t, grow, this.tipA, false);
  }

  private drawLine(points: Pt[], t: number, grow: boolean, tip: Pt, dashed: boolean): void {
    const g = this.lines;
    const r = Math.max(3, Math.min(6, this.rect.height * 0.025));
    g.lineStyle(dashed ? 2.5 : 3.5, dashed ? FRONTIER : OURS, 1);
    const last = points.length - 1;
    for (let i = 1; i <= last; i += 1) {
      const a = points[i - 1];
      let b = points[i];
      if (!a || !b) continue;
      if (grow && i === last) b = growingEnd(a, b, t, tip);
      if (dashed) this.dashed(a, b);
      else g.lineBetween(a.x, a.y, b.x, b.y);
    }
    points.forEach((point, i) => {
      // The newest marker rides the growing tip.
      const p = grow && i === last ? tip : point;
      if (dashed) {
        g.fillStyle(PANEL, 1);
        g.fillRect(p.x - r, p.y - r, 2 * r, 2 * r);
        g.lineStyle(2, FRONTIER, 1);
        g.strokeRect(p.x - r, p.y - r, 2 * r, 2 * r);
      } else {
        g.fillStyle(OURS, 1);
        g.fillCircle(p.x, p.y, r * 1.1);
      }
    });
  }

  private dashed(a: Pt, b: Pt): void {
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) return;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    for (let d = 0; d < length; d += DASH + DASH_GAP) {
      const e = Math.min(length, d + DASH);
      this.lines.lineBetween(a.x + ux * d, a.y + uy * d, a.x + ux * e, a.y + uy * e);
    }
  }
}
