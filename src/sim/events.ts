// Event cards at play time: which card arrives this year, and what choosing an option does.
import type { Content, DrawRule, Effect, EventCard } from './content-types';
import { DIFFICULTY, PARAMS } from './params';
import { nextFloat, type Rng } from './rng';
import type { GameLength, GameState, IndicatorId, Indicators, Modifier } from './types';

// One card list per content and length, built once (draws read it every year).
const cardLists = new WeakMap<Content, Partial<Record<GameLength, readonly EventCard[]>>>();

/** The cards of a game length: the content's cards, with the scenario's own numbers where it has them. */
export function cardsOf(content: Content, length: GameLength): readonly EventCard[] {
  const own = content.scenarios[length].cards;
  if (!own) return content.events;
  const lists = cardLists.get(content) ?? {};
  let list = lists[length];
  if (!list) {
    const byId = new Map(own.map((c) => [c.id, c]));
    list = content.events.map((c) => byId.get(c.id) ?? c);
    lists[length] = list;
    cardLists.set(content, lists);
  }
  return list;
}

/**
 * The historical card of this year if unused, else a seeded weighted draw among eligible cards
 * (none in the final year of a calendar that says so).
 */
export function drawEvent(s: GameState, content: Content, rng: Rng): EventCard | null {
  const used = s.usedEvents;
  const cards = cardsOf(content, s.length);
  for (const card of cards) {
    if (card.year === s.year && !used.includes(card.id)) return card;
  }
  if (s.year === s.lastYear && content.scenarios[s.length].finalYearDraw === false) return null;
  let total = 0;
  const pool: { card: EventCard; weight: number }[] = [];
  for (const card of cards) {
    const rule = card.draw;
    if (card.year !== undefined || rule === undefined || used.includes(card.id)) continue;
    if (rule.minYear !== undefined && s.year < rule.minYear) continue;
    if (rule.when && !holds(rule.when, s.indicators)) continue;
    const by = rule.weightBy;
    const weight = rule.weight + (by ? (by.factor * s.indicators[by.indicator]) / 100 : 0);
    if (weight <= 0) continue;
    pool.push({ card, weight });
    total += weight;
  }
  const card = pick(pool, total, rng);
  if (card === null || card.notBefore === undefined || s.year >= card.notBefore) return card;
  // Too early for what it cites: draw again (one more random number) among the cards that are not.
  // Drawing first from the same pool as before card dates existed keeps the draws, and so the
  // replays, of every earlier save that never drew a card too early (tests/fixtures/saves).
  const dated = pool.filter((e) => e.card.notBefore === undefined || s.year >= e.card.notBefore);
  return pick(
    dated,
    dated.reduce((sum, e) => sum + e.weight, 0),
    rng,
  );
}

/** Every draw condition holds on these indicators (a plain loop: it runs every year). */
function holds(when: NonNullable<DrawRule['when']>, indicators: Indicators): boolean {
  for (const w of when) {
    const v = indicators[w.indicator];
    if ((w.min !== undefined && v < w.min) || (w.max !== undefined && v > w.max)) return false;
  }
  return true;
}

function pick(
  pool: readonly { card: EventCard; weight: number }[],
  total: number,
  rng: Rng,
): EventCard | null {
  if (pool.length === 0) return null;
  let at = nextFloat(rng) * total;
  for (const entry of pool) {
    at -= entry.weight;
    if (at < 0) return entry.card;
  }
  return pool[pool.length - 1]?.card ?? null;
}

/** The state fields an event changes, plus the indicator shifts it caused (for the trace). */
export interface EventOutcome {
  readonly patch: Pick<
    GameState,
    'indicators' | 'budgetAdjust' | 'computeAccess' | 'modifiers' | 'frontierBoost' | 'capital'
  >;
  readonly shifts: Partial<Record<IndicatorId, number>>;
}

const clamp = (x: number, hi: number): number => (x < 0 ? 0 : x > hi ? hi : x);

/**
 * An event's shift of an indicator, slowing down near the ends of the scale like every gain: about
 * `amount` when there is room, never quite 0 or 100 (an indicator grows more slowly as it nears 100).
 */
function soften(v: number, amount: number): number {
  if (amount > 0) {
    const room = 100 - v;
    return room > 0 ? 100 - room * Math.exp(-amount / room) : v;
  }
  return v > 0 ? v * Math.exp(amount / v) : v;
}

/** Moves one indicator by an event (softly near 0 and 100) and records the shift for the trace. */
function shiftBy(
  indicators: Indicators,
  shifts: Partial<Record<IndicatorId, number>>,
  id: IndicatorId,
  amount: number,
): void {
  const before = indicators[id];
  indicators[id] = soften(before, amount);
  shifts[id] = (shifts[id] ?? 0) + indicators[id] - before;
}

/**
 * Applies a card's shock and then one option's effects, in order, at the drawn card's intensity. The
 * difficulty's severity hardens the first `shockCount` effects (the shock), never a choice's own
 * downsides, so which option is right does not hang on the difficulty.
 */
export function applyEffects(
  s: GameState,
  effects: readonly Effect[],
  shockCount = effects.length,
): EventOutcome {
  const hardness = DIFFICULTY[s.difficulty].severity;
  const intensity = s.event?.intensity ?? 1;
  const lastYear = s.year >= s.lastYear;
  const indicators: Indicators = { ...s.indicators };
  const capital = { ...s.capital };
  const modifiers: Modifier[] = [...s.modifiers];
  const shifts: Partial<Record<IndicatorId, number>> = {};
  let { budgetAdjust, computeAccess, frontierBoost } = s;
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i] as Effect;
    const k = e.kind === 'budget' || e.fixed ? 1 : e.inverse ? 2 - intensity : intensity;
    const severity = i < shockCount ? hardness : 1;
    switch (e.kind) {
      case 'shift': {
        let amount = (e.amount < 0 ? e.amount * severity : e.amount) * k;
        if (e.scaleBy) {
          const v = indicators[e.scaleBy.indicator] / 100;
          amount *= e.scaleBy.mode === 'protect' ? 1 - v : v;
        }
        shiftBy(indicators, shifts, e.indicator, amount);
        break;
      }
      case 'budget':
        // There is no next budget after the last year: the bill is paid as money sunk (waste).
        if (lastYear)
          shiftBy(indicators, shifts, 'waste', Math.max(0, -e.amount) * PARAMS.unpaidWaste);
        else budgetAdjust += e.amount;
        break;
      case 'access':
        computeAccess = clamp(
          computeAccess + (e.amount < 0 ? e.amount * severity : e.amount) * k,
          1,
        );
        break;
      case 'boost':
        modifiers.push({
          pillar: e.pillar,
          factor: 1 + (e.factor - 1) * k,
          untilYear: s.year + e.years,
        });
        break;
      case 'frontier':
        frontierBoost += e.amount * k;
        break;
      case 'capital':
        capital[e.pillar] = Math.max(0, capital[e.pillar] + e.amount * k);
        break;
    }
  }
  return {
    patch: { indicators, budgetAdjust, computeAccess, modifiers, frontierBoost, capital },
    shifts,
  };
}

/** A drawn card's intensity: 0.3 to 1.7 in tenths, one number from the game's generator. */
export function drawIntensity(rng: Rng): number {
  return Math.round(3 + 14 * nextFloat(rng)) / 10;
}

/** What effects do, as the player reads them (the shock, an option, or both). */
export interface EventNumbers {
  /** Change of each indicator, points, from values rounded to 0.1 (as the year screens show them). */
  readonly shifts: Indicators;
  /** Change of next year's budget, billions of US dollars. */
  readonly budget: number;
  /** Change of the share (0–1) of foreign advanced chips we can buy. */
  readonly access: number;
  /** Points added to the US frontier. */
  readonly frontier: number;
  /** Pillars whose spending will count more (or less) for a while. */
  readonly boosts: readonly Modifier[];
}

/** Choosing an option: the card's shock and the option together, and each part on its own. */
export interface EventForecast extends EventNumbers {
  readonly shock: EventNumbers;
  /** What the option adds to the shock (total minus shock). */
  readonly option: EventNumbers;
}

const tenths = (x: number): number => Math.round(x * 10);

/** Per indicator, a − b counted in the tenths the cards show, so shown parts add up to shown totals. */
function tenthsApart(a: Indicators, b: Indicators): Indicators {
  const out = {} as Indicators;
  for (const id of Object.keys(a) as IndicatorId[]) out[id] = (tenths(a[id]) - tenths(b[id])) / 10;
  return out;
}

function numbersOf(s: GameState, effects: readonly Effect[], shockCount: number): EventNumbers {
  const { patch } = applyEffects(s, effects, shockCount);
  return {
    shifts: tenthsApart(patch.indicators, s.indicators),
    budget: patch.budgetAdjust - s.budgetAdjust,
    access: patch.computeAccess - s.computeAccess,
    frontier: patch.frontierBoost - s.frontierBoost,
    boosts: patch.modifiers.slice(s.modifiers.length),
  };
}

function minus(a: EventNumbers, b: EventNumbers): EventNumbers {
  return {
    shifts: tenthsApart(a.shifts, b.shifts),
    budget: a.budget - b.budget,
    access: a.access - b.access,
    frontier: a.frontier - b.frontier,
    // The option's effects come after the shock's, so its boosts are the later ones.
    boosts: a.boosts.slice(b.boosts.length),
  };
}

/**
 * What choosing an option does on this state: the same function the choice applies (events have no
 * luck), so the card's forecast, the outcome and the next year's "Before" are one set of numbers.
 * Null if the card or the option is unknown.
 */
export function eventForecast(
  s: GameState,
  content: Content,
  eventId: string,
  optionId: string,
): EventForecast | null {
  const card = cardsOf(content, s.length).find((c) => c.id === eventId);
  const option = card?.options.find((o) => o.id === optionId);
  if (!card || !option) return null;
  const total = numbersOf(s, [...card.shock, ...option.effects], card.shock.length);
  const shock = numbersOf(s, card.shock, card.shock.length);
  return { ...total, shock, option: minus(total, shock) };
}
