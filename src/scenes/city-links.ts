// The open-source hub's links to the world: curves from the antenna that extend one by one with influence.
import Phaser from 'phaser';
import { DISTRICTS, LINK_ENDS } from './city-plan';
import { linkReach } from './city-growth';

/** Hub art (px): the antenna tip sits 10 px below the top of the 110×250 SVG. */
const HUB = { height: 250, tipY: 10 } as const;
/** Points per link curve: enough to look smooth at 1080p, few enough to redraw every frame. */
const SEGMENTS = 18;
const LINK_COLOUR = 0x7fd6ff;

export class CityLinks {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly curves: Phaser.Math.Vector2[][];
  private readonly nodes: Phaser.GameObjects.Image[];
  private influence = 0;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container) {
    const hub = DISTRICTS[3];
    const tip = new Phaser.Math.Vector2(
      (hub?.centre ?? 0) + (hub?.landmarkDx ?? 0),
      HUB.tipY - HUB.height,
    );
    // Precomputed once: drawing a link is then a strokePoints over a prefix, with no allocation.
    this.curves = LINK_ENDS.map((end) => {
      const control = new Phaser.Math.Vector2((tip.x + end.x) / 2, Math.min(tip.y, end.y) - 60);
      const to = new Phaser.Math.Vector2(end.x, end.y);
      return new Phaser.Curves.QuadraticBezier(tip, control, to).getPoints(SEGMENTS);
    });
    this.graphics = scene.add.graphics();
    this.nodes = LINK_ENDS.map((end) => scene.add.image(end.x, end.y, 'node'));
    root.add(this.graphics);
    root.add(this.nodes);
  }

  apply(influence: number): void {
    this.influence = influence;
    this.draw();
  }

  /** Ambient pulse of the links' brightness (0 = resting): an alpha change, so no path is rebuilt per frame. */
  pulse(seconds: number): void {
    const glow = seconds === 0 ? 1 : 0.75 + 0.25 * Math.sin(seconds * 2.2);
    this.graphics.setAlpha(glow);
    for (const node of this.nodes) node.setAlpha(glow);
  }

  private draw(): void {
    const g = this.graphics;
    g.clear();
    this.curves.forEach((points, index) => {
      const reach = linkReach(this.influence, index);
      const node = this.nodes[index];
      node?.setVisible(reach >= 1);
      if (reach <= 0) return;
      const last = Math.max(1, Math.round(reach * SEGMENTS));
      g.lineStyle(6, LINK_COLOUR, 0.18);
      g.strokePoints(points, false, false, last + 1);
      g.lineStyle(2, LINK_COLOUR, 0.9);
      g.strokePoints(points, false, false, last + 1);
    });
  }
}
