// Title: the animated dusk skyline behind the menu (parallax hills and towers, drifting clouds, data packets).
import Phaser from 'phaser';
import { HOOKS_KEY, type SceneHooks } from '../app/stage';

const SKY_TOP = 0x1b1640;
const SKY_BOTTOM = 0xe0875f;
const GROUND = 0x2a2550;
/** Parallax speeds in px per second; the near layer moves fastest. */
const DRIFT = { hills: 4, towers: 10, clouds: 14 } as const;

export class TitleScene extends Phaser.Scene {
  private hooks!: SceneHooks;
  private sky!: Phaser.GameObjects.Graphics;
  private hills!: Phaser.GameObjects.TileSprite;
  private towers!: Phaser.GameObjects.TileSprite;
  private clouds: Phaser.GameObjects.Image[] = [];
  private packets: Phaser.GameObjects.Image[] = [];

  constructor() {
    super('Title');
  }

  create(): void {
    this.hooks = this.registry.get(HOOKS_KEY) as SceneHooks;
    this.sky = this.add.graphics();
    this.clouds = [0.12, 0.22, 0.34].map((y, i) =>
      this.add
        .image(0, 0, 'cloud')
        .setData('y', y)
        .setData('x', 0.2 + i * 0.3),
    );
    this.hills = this.add.tileSprite(0, 0, 1600, 300, 'hills').setOrigin(0, 1);
    this.towers = this.add.tileSprite(0, 0, 1600, 360, 'towers').setOrigin(0, 1);
    this.packets = Array.from({ length: 5 }, () => this.add.image(0, 0, 'node').setAlpha(0));
    this.layout(this.scale.gameSize);
    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => this.layout(size));
    this.startPackets();
    this.hooks.onReady();
  }

  override update(_time: number, deltaMs: number): void {
    if (this.hooks.reducedMotion()) return;
    const seconds = deltaMs / 1000;
    this.hills.tilePositionX += DRIFT.hills * seconds;
    this.towers.tilePositionX += DRIFT.towers * seconds;
    const width = this.scale.gameSize.width;
    for (const cloud of this.clouds) {
      cloud.x += DRIFT.clouds * seconds;
      if (cloud.x - cloud.displayWidth / 2 > width) cloud.x = -cloud.displayWidth / 2;
    }
  }

  /** Lays every layer out for the current canvas size; the skyline keeps its proportions at any aspect ratio. */
  private layout(size: Phaser.Structs.Size): void {
    const { width, height } = size;
    this.sky.clear();
    this.sky.fillGradientStyle(SKY_TOP, SKY_TOP, SKY_BOTTOM, SKY_BOTTOM, 1);
    this.sky.fillRect(0, 0, width, height);
    const scale = Math.max(0.6, Math.min(1.4, height / 720));
    // The hills sit a little above the bottom edge: a ground band keeps the sky from showing beneath them.
    this.sky.fillStyle(GROUND, 1);
    this.sky.fillRect(0, height - 60 * scale, width, 60 * scale);
    this.hills
      .setPosition(0, height - 40 * scale)
      .setSize(width / scale, 300)
      .setScale(scale);
    this.towers
      .setPosition(0, height)
      .setSize(width / scale, 360)
      .setScale(scale);
    for (const cloud of this.clouds) {
      cloud
        .setScale(scale)
        .setPosition(
          width * (cloud.getData('x') as number),
          height * (cloud.getData('y') as number),
        );
    }
  }

  /** Data packets hop between rooftops; with reduced motion they stay still and faint. */
  private startPackets(): void {
    this.packets.forEach((packet, index) => {
      const hop = () => {
        const { width, height } = this.scale.gameSize;
        const fromX = Phaser.Math.Between(0, width);
        const toX = Phaser.Math.Clamp(fromX + Phaser.Math.Between(-300, 300), 0, width);
        const y = height * Phaser.Math.FloatBetween(0.55, 0.7);
        packet.setPosition(fromX, y);
        if (this.hooks.reducedMotion()) {
          packet.setAlpha(0.5);
          this.time.delayedCall(1000, hop);
          return;
        }
        this.tweens.add({
          targets: packet,
          x: toX,
          y: y - Phaser.Math.Between(40, 120),
          alpha: { from: 0, to: 1 },
          duration: Phaser.Math.Between(1800, 3200),
          ease: 'Sine.easeInOut',
          yoyo: true,
          onComplete: hop,
        });
      };
      this.time.delayedCall(index * 600, hop);
    });
  }
}
