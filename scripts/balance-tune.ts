// Tuning aid for card designers: finds, per card, how strong its careful option's gains must be for each option to be the right one in about half of the states where the card is drawn.
import type { Effect, EventCard } from '../src/sim/content-types';
import { apply } from '../src/sim/apply';
import { newGame } from '../src/sim/new-game';
import { rawScore } from '../src/sim/score';
import { DIFFICULTIES, LENGTHS, type GameState } from '../src/sim/types';
import { nextAction, playOut, type Policy } from '../src/sim/headless/play';
import { adaptivePolicy, fixedPolicy } from '../src/sim/headless/policies';
import { ACCURACY, content, quizOf, type Setting } from './balance-search';

interface Draw {
  state: GameState;
  policy: Policy;
  setting: string;
}

/** The option of each card whose budget effect is tuned (the bold one: scaled gains, a price). */
function boldBudget(card: EventCard): { option: string; effect: { amount: number } } | null {
  for (const o of card.options) {
    const e = o.effects.find((x) => x.kind === 'budget') as
      (Effect & { amount: number }) | undefined;
    if (e && o.effects.some((x) => x.kind !== 'budget' && !('fixed' in x && x.fixed)))
      return { option: o.id, effect: e as { amount: number } };
  }
  return null;
}

function draws(seeds: number): Map<string, Draw[]> {
  const out = new Map<string, Draw[]>();
  const adaptive = adaptivePolicy(content);
  const even = fixedPolicy([1, 1, 1, 1]);
  const settings: Setting[] = LENGTHS.flatMap((length) =>
    DIFFICULTIES.map((difficulty) => ({ difficulty, length })),
  );
  for (const setting of settings)
    for (const policy of [adaptive, even])
      for (let seed = 500; seed < 500 + seeds; seed++) {
        const quiz = quizOf(seed, ACCURACY);
        let s = newGame({ seed, ...setting }, content);
        for (let a = nextAction(s, policy, quiz); a; a = nextAction(s, policy, quiz)) {
          if (s.phase === 'event' && s.event) {
            const list = out.get(s.event.id) ?? [];
            list.push({ state: s, policy, setting: `${setting.difficulty}/${setting.length}` });
            out.set(s.event.id, list);
          }
          const r = apply(s, a, content);
          if (!r.ok) throw new Error(r.error.code);
          s = r.state;
        }
      }
  return out;
}

function value(d: Draw, optionId: string): number {
  const r = apply(d.state, { type: 'event/choose', optionId }, content);
  if (!r.ok) return -Infinity;
  const end = playOut(r.state, content, d.policy, quizOf(d.state.seed, ACCURACY));
  return rawScore(end.indicators, end.frontier);
}

/** The careful option's gains (good shifts, access, boosts), which the tuning scales together. */
function gains(card: EventCard, bold: string): { set: (k: number) => void } {
  const option = card.options.find((o) => o.id !== bold);
  // The content is plain data: the tuning edits its numbers in place (never saved from here).
  type Editable = { kind: string; indicator?: string; amount?: number; factor?: number };
  const items = (option?.effects ?? []).map((e) => ({
    e: e as unknown as Editable,
    orig: { ...e } as unknown as Editable,
  }));
  return {
    set: (k) => {
      for (const { e, orig } of items) {
        const amount = orig.amount ?? 0;
        if (orig.kind === 'shift') {
          if ((orig.indicator === 'waste') !== amount > 0) e.amount = amount * k;
        } else if (orig.kind === 'access' && amount > 0) e.amount = amount * k;
        else if (orig.kind === 'boost') e.factor = 1 + ((orig.factor ?? 1) - 1) * k;
      }
    },
  };
}

const seeds = Number(process.argv[2] ?? 12);
const passes = Number(process.argv[3] ?? 2);
const scales: Record<string, number> = {};
const handles = new Map<string, { set: (k: number) => void }>();
for (let pass = 0; pass < passes; pass++) {
  const all = draws(seeds);
  for (const card of content.events) {
    // CARDS=a,b tunes only those cards (the others keep their numbers).
    if (process.env.CARDS && !process.env.CARDS.split(',').includes(card.id)) continue;
    const bold = boldBudget(card);
    const list = all.get(card.id) ?? [];
    if (!bold || list.length === 0) continue;
    const other = card.options.find((o) => o.id !== bold.option)?.id ?? '';
    const g = handles.get(card.id) ?? gains(card, bold.option);
    handles.set(card.id, g);
    const top = list.map((d) => value(d, bold.option));
    // The middle of the per-setting shares: 0.5 when the best and worst settings are equally far off.
    const share = (k: number): number => {
      g.set(k);
      const by = new Map<string, [number, number]>();
      list.forEach((d, i) => {
        const row = by.get(d.setting) ?? [0, 0];
        row[1]++;
        if ((top[i] ?? 0) > value(d, other)) row[0]++;
        by.set(d.setting, row);
      });
      const shares = [...by.values()].filter(([, n]) => n >= 2).map(([w, n]) => w / n);
      return shares.length ? (Math.max(...shares) + Math.min(...shares)) / 2 : 0.5;
    };
    let [lo, hi] = [0, 8];
    for (let k = 0; k < 9; k++) {
      const mid = (lo + hi) / 2;
      if (share(mid) > 0.5) lo = mid;
      else hi = mid;
    }
    const k = Math.round(((lo + hi) / 2) * 100) / 100;
    scales[card.id] = k;
    console.error(
      `pass ${pass} ${card.id}/${other}: gains x${k} (draws ${list.length}, bold wins ${share(k).toFixed(2)})`,
    );
    g.set(k);
  }
}
process.stdout.write(`${JSON.stringify(scales, null, 2)}\n`);
