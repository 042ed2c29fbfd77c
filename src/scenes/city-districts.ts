// The four districts, the white elephant and their decorations, built once and updated from indicator values.
import Phaser from 'phaser';
import type { Indicators, PillarId } from '../sim';
import { CRANES, BACK_ROW_LIFT, DISTRICTS, ELEPHANT_X, FAB_CHIMNEYS, LANTERNS } from './city-plan';
import {
  elephantPresence,
  lanternAlpha,
  litFraction,
  mixColor,
  PILLAR_INDICATOR,
  slotGrowth,
} from './city-growth';
import { CityLinks } from './city-links';

/** Tint of a building with its lights off (multiplied over the art), and of the far back row. */
const DIM = 0x4a4a78;
const BACK_LIT = 0xcfcfe8;
/** Fab art size (px) to place steam on its chimneys. */
const FAB_SIZE = { width: 200, height: 150 } as const;

interface District {
  readonly pillar: PillarId;
  readonly landmark: Phaser.GameObjects.Image;
  readonly slots: { image: Phaser.GameObjects.Image; back: boolean }[];
}

export class CityDistricts {
  readonly root: Phaser.GameObjects.Container;
  private readonly districts: District[] = [];
  private readonly elephant: Phaser.GameObjects.Image;
  private readonly steam: Phaser.GameObjects.Image[] = [];
  private readonly cranes: Phaser.GameObjects.Image[] = [];
  private readonly lanterns: Phaser.GameObjects.Image[] = [];
  private readonly links: CityLinks;
  /** Base y of each bobbing decoration (world units), so ambient motion never drifts. */
  private readonly baseY = new Map<Phaser.GameObjects.Image, number>();

  constructor(scene: Phaser.Scene) {
    this.root = scene.add.container(0, 0);
    this.elephant = scene.add.image(ELEPHANT_X, -6, 'city-elephant').setOrigin(0.5, 1);
    this.root.add(this.elephant);
    const built = DISTRICTS.map((plan) => ({
      plan,
      slots: plan.slots.map((slot) => ({
        image: scene.add
          .image(plan.centre + slot.dx, slot.back ? -BACK_ROW_LIFT : 0, plan.growth)
          .setOrigin(0.5, 1)
          .setFlipX(slot.flip),
        back: slot.back,
      })),
    }));
    // Draw order is depth: every back row, then cranes, then landmarks, then the front row.
    for (const { slots } of built) this.root.add(slots.filter((s) => s.back).map((s) => s.image));
    const incubators = DISTRICTS[1];
    for (const dx of CRANES) {
      const crane = scene.add.image((incubators?.centre ?? 0) + dx, -BACK_ROW_LIFT, 'city-crane');
      this.cranes.push(crane.setOrigin(0.5, 1));
    }
    this.root.add(this.cranes);
    for (const { plan, slots } of built) {
      const landmark = scene.add.image(plan.centre + plan.landmarkDx, 0, plan.landmark);
      this.root.add(landmark.setOrigin(0.5, 1));
      this.districts.push({ pillar: plan.pillar, landmark, slots });
    }
    for (const { slots } of built) this.root.add(slots.filter((s) => !s.back).map((s) => s.image));
    this.addSteam(scene);
    this.addLanterns(scene);
    this.links = new CityLinks(scene, this.root);
  }

  /** Sets every building, light and decoration for these (possibly in-between) indicator values. */
  apply(values: Indicators): void {
    for (const district of this.districts) {
      const value = values[PILLAR_INDICATOR[district.pillar]];
      const lit = litFraction(value);
      district.landmark.setTint(mixColor(DIM, 0xffffff, lit));
      district.slots.forEach(({ image, back }, index) => {
        const grown = slotGrowth(value, index);
        // A building rises from its foundations: it is flattened, not faded, then lit.
        image.setVisible(grown > 0.02).setScale(1, grown);
        image.setTint(mixColor(DIM, back ? BACK_LIT : 0xffffff, lit * (0.4 + 0.6 * grown)));
      });
    }
    const chips = values.chipAutonomy;
    this.steam.forEach((puff, index) =>
      puff.setAlpha(Math.min(1, chips / 100 + 0.2 - index * 0.2)),
    );
    const talent = values.talent;
    this.lanterns.forEach((lantern, index) => lantern.setAlpha(lanternAlpha(talent, index)));
    this.links.apply(values.influence);
    const presence = elephantPresence(values.waste);
    // It looms larger and more solid as waste rises: 75% of its size at the threshold, 115% at the top.
    this.elephant.setVisible(presence > 0).setAlpha(0.75 + 0.25 * presence);
    this.elephant.setScale(0.75 + 0.4 * presence);
  }

  /** Cranes show while the start-up ecosystem is growing: building is visible work. */
  setGrowing(growing: Partial<Record<PillarId, boolean>>): void {
    for (const crane of this.cranes) crane.setVisible(growing.incubators === true);
  }

  /** Gentle loops (steam rising, lanterns bobbing, links pulsing); never called with reduced motion. */
  ambient(timeMs: number): void {
    const seconds = timeMs / 1000;
    this.steam.forEach((puff, index) => {
      const phase = (seconds * 0.35 + index * 0.5) % 1; // one rise every ~3 s
      puff.y = (this.baseY.get(puff) ?? 0) - phase * 26;
      puff.setScale(0.7 + phase * 0.5);
    });
    this.lanterns.forEach((lantern, index) => {
      lantern.y = (this.baseY.get(lantern) ?? 0) + Math.sin(seconds * 1.3 + index * 1.7) * 5;
    });
    this.links.pulse(seconds);
  }

  /** Puts decorations back where they rest, for reduced motion. */
  rest(): void {
    for (const [image, y] of this.baseY) image.y = y;
    for (const puff of this.steam) puff.setScale(0.9);
    this.links.pulse(0);
  }

  private addSteam(scene: Phaser.Scene): void {
    const fab = this.districts[0]?.landmark;
    if (!fab) return;
    for (const chimney of FAB_CHIMNEYS) {
      const x = fab.x + chimney.x - FAB_SIZE.width / 2;
      const y = chimney.y - FAB_SIZE.height - 12;
      const puff = scene.add.image(x, y, 'city-steam').setScale(0.9);
      this.baseY.set(puff, y);
      this.steam.push(puff);
    }
    this.root.add(this.steam);
  }

  private addLanterns(scene: Phaser.Scene): void {
    const library = this.districts[2]?.landmark;
    if (!library) return;
    for (const spot of LANTERNS) {
      const lantern = scene.add.image(library.x + spot.dx, spot.y, 'city-lantern');
      this.baseY.set(lantern, spot.y);
      this.lanterns.push(lantern);
    }
    this.root.add(this.lanterns);
  }
}
