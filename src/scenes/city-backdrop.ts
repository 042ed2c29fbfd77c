// The city's dusk sky, far hills and ground band across the whole canvas, matching the title scene.
import Phaser from 'phaser';

const SKY_TOP = 0x1b1640;
const SKY_BOTTOM = 0xe0875f;
const GROUND = 0x2a2550;
const ROAD = 0x1f1c40;
const ROAD_MARK = 0xffd166;
/** Hills art size (px), as loaded for the title. */
const HILLS = { width: 1600, height: 300 } as const;

export class CityBackdrop {
  private readonly sky: Phaser.GameObjects.Graphics;
  private readonly hills: Phaser.GameObjects.Image;
  private readonly ground: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.sky = scene.add.graphics();
    // An Image, not a TileSprite: a repeating texture bleeds its bottom row along the top edge.
    this.hills = scene.add.image(0, 0, 'hills').setOrigin(0, 1);
    this.ground = scene.add.graphics();
  }

  /** groundY: the city's ground line (px); scale: px per world unit, so the road matches the buildings. */
  layout(width: number, height: number, groundY: number, scale: number): void {
    this.sky.clear();
    // The warm horizon sits at the city's ground line, not at the bottom of the canvas.
    this.sky.fillGradientStyle(SKY_TOP, SKY_TOP, SKY_BOTTOM, SKY_BOTTOM, 1);
    this.sky.fillRect(0, 0, width, groundY);
    const hillScale = Math.max(0.4, scale * 1.1);
    // Stretched sideways when the canvas is wider than the art: hills forgive it.
    this.hills
      .setPosition(0, groundY + 4)
      .setScale(Math.max(hillScale, width / HILLS.width), hillScale)
      .setTint(0x8a86b0);
    const g = this.ground;
    g.clear();
    g.fillStyle(GROUND, 1);
    g.fillRect(0, groundY, width, height - groundY);
    const roadY = groundY + 8 * scale;
    const roadH = Math.max(4, 14 * scale);
    g.fillStyle(ROAD, 1);
    g.fillRect(0, roadY, width, roadH);
    g.fillStyle(ROAD_MARK, 0.6);
    const dash = Math.max(6, 24 * scale);
    for (let x = dash / 2; x < width; x += dash * 2) g.fillRect(x, roadY + roadH / 2 - 1, dash, 2);
  }
}
