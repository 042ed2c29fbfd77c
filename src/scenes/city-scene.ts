// City: the year unfolds as a dusk city whose four districts grow with their pillars, six gauges and a capability chart.
import Phaser from 'phaser';
import { INDICATORS, type Indicators } from '../sim';
import { CapabilityChart } from './capability-chart';
import { CityBackdrop } from './city-backdrop';
import { CityDistricts } from './city-districts';
import { CityGauges } from './city-gauges';
import { lerpIndicators } from './city-growth';
import { layoutCity } from './city-layout';
import type { CityView } from '../app/stage';
import { HOOKS_KEY, type SceneHooks } from '../app/stage';

export const CITY_SCENE_KEY = 'City';
/** How long a year's change takes to unfold (ms). */
export const UNFOLD_MS = 1500;

function blankIndicators(): Indicators {
  return { capability: 0, chipAutonomy: 0, ecosystem: 0, talent: 0, influence: 0, waste: 0 };
}

export class CityScene extends Phaser.Scene {
  private hooks!: SceneHooks;
  private backdrop!: CityBackdrop;
  private districts!: CityDistricts;
  private gauges!: CityGauges;
  private chart!: CapabilityChart;
  private view: CityView | null = null;
  private readonly from = blankIndicators();
  private readonly to = blankIndicators();
  private readonly current = blankIndicators();
  private progress = 1;
  private unfolding: Phaser.Tweens.Tween | null = null;
  private resting = false;

  constructor() {
    super(CITY_SCENE_KEY);
  }

  create(data: CityView): void {
    this.hooks = this.registry.get(HOOKS_KEY) as SceneHooks;
    this.backdrop = new CityBackdrop(this);
    this.districts = new CityDistricts(this);
    this.chart = new CapabilityChart(this);
    this.gauges = new CityGauges(this);
    const onResize = (): void => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.unfolding = null;
    });
    this.view = data;
    this.layout();
    this.show(data);
  }

  /** Shows a year: animates from wherever the city is now (or from `previous`) to the new indicators. */
  show(view: CityView): void {
    const animating = this.unfolding !== null;
    this.unfolding?.stop();
    this.unfolding = null;
    // A new view arriving mid-animation continues from what is on screen, so nothing jumps.
    const start = animating ? this.current : (view.previous ?? view.indicators);
    for (const id of INDICATORS) {
      this.from[id] = start[id];
      this.to[id] = view.indicators[id];
    }
    this.view = view;
    this.chart.setView(view);
    this.districts.setGrowing({
      incubators: view.indicators.ecosystem - this.from.ecosystem > 0.5,
    });
    const still = this.hooks.reducedMotion() || view.previous === null;
    if (still) {
      this.render(1);
      return;
    }
    this.render(0);
    this.unfolding = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: UNFOLD_MS,
      ease: 'Cubic.easeInOut',
      onUpdate: (tween) => this.render(tween.getValue() ?? 1),
      onComplete: () => {
        this.unfolding = null;
        this.render(1);
      },
    });
  }

  override update(time: number): void {
    if (this.hooks.reducedMotion()) {
      if (!this.resting) this.districts.rest();
      this.resting = true;
      return;
    }
    this.resting = false;
    this.districts.ambient(time);
  }

  private render(t: number): void {
    this.progress = t;
    lerpIndicators(this.from, this.to, t, this.current);
    this.districts.apply(this.current);
    this.gauges.draw(this.current, this.from, this.to);
    this.chart.draw(t);
  }

  private layout(): void {
    const { width, height } = this.scale.gameSize;
    const plan = layoutCity(width, height, this.hooks.topInset?.() ?? 0);
    this.backdrop.layout(width, height, plan.city.groundY, plan.city.scale);
    this.districts.root.setPosition(plan.city.x, plan.city.groundY).setScale(plan.city.scale);
    this.gauges.layout(plan.gauges, plan.gaugeColumns);
    this.chart.layout(plan.chart);
    if (this.view) {
      this.chart.setView(this.view);
      this.render(this.progress);
    }
  }
}
