// Seeded checkpoint selection and shuffling: determinism, balance, no repeats within a game, and the return of missed questions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyBoxes,
  prepareQuestion,
  selectCheckpoint,
  startGame,
  updateBoxes,
  type CheckpointRequest,
} from '../../../src/sim/quiz';
import { byId, TEST_BANK } from './fixtures';

const base: CheckpointRequest = {
  seed: 42,
  checkpointIndex: 0,
  count: 5,
  bank: TEST_BANK,
  askedThisGame: [],
  missedThisGame: [],
  boxes: startGame(emptyBoxes()),
};
const ids = (req: CheckpointRequest) => selectCheckpoint(req).questions.map((q) => q.id);
const section = (id: string) => byId(id).section;
const type = (id: string) => byId(id).type;

describe('selectCheckpoint', () => {
  it('is deterministic for a seed and checkpoint, and varies with them', () => {
    expect(selectCheckpoint(base)).toEqual(selectCheckpoint(base));
    const others = [1, 2, 3, 4, 5].map((seed) => ids({ ...base, seed }).join());
    expect(new Set([ids(base).join(), ...others]).size).toBeGreaterThan(1);
    expect(ids({ ...base, checkpointIndex: 1 })).not.toEqual(ids(base));
  });

  it('balances sections and types within a checkpoint', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 8 }), (seed, checkpointIndex) => {
        const picked = ids({ ...base, seed, checkpointIndex });
        expect(picked).toHaveLength(5);
        expect(new Set(picked.map(section)).size).toBe(5);
        expect(new Set(picked.map(type)).size).toBe(5);
      }),
    );
  });

  it('never repeats a question within a game, and walks through every section', () => {
    let asked: string[] = [];
    for (let checkpointIndex = 0; checkpointIndex < 6; checkpointIndex += 1) {
      const picked = ids({ ...base, count: 5, checkpointIndex, askedThisGame: asked });
      expect(picked.filter((id) => asked.includes(id))).toEqual([]);
      asked = [...asked, ...picked];
    }
    expect(new Set(asked).size).toBe(30);
    // A bank used up gives a shorter checkpoint, never a repeat.
    expect(ids({ ...base, checkpointIndex: 6, askedThisGame: asked })).toEqual([]);
  });

  it('brings back questions missed earlier in the game, up to half the checkpoint', () => {
    const missed = [
      'intro-numeric',
      'players-ordering',
      'dream-town-matching',
      'offensive-true-false',
    ];
    const picked = ids({
      ...base,
      checkpointIndex: 2,
      askedThisGame: [...missed, 'challenges-numeric'],
      missedThisGame: missed,
      count: 4,
    });
    expect(picked.filter((id) => missed.includes(id))).toHaveLength(2);
    expect(picked).not.toContain('challenges-numeric');
  });

  it('brings back questions missed in an earlier game before new ones', () => {
    let boxes = startGame(emptyBoxes());
    boxes = updateBoxes(boxes, [
      { questionId: 'open-source-ordering', pillar: 'openSource', credit: 0 },
    ]);
    boxes = startGame(boxes);
    const picked = ids({ ...base, boxes, count: 3, seed: 7 });
    expect(picked).toContain('open-source-ordering');
  });

  it('prefers questions the player has never seen over ones known well', () => {
    let boxes = startGame(emptyBoxes());
    const known = TEST_BANK.filter((q) => q.section !== 'players').map((q) => ({
      questionId: q.id,
      pillar: q.pillar,
      credit: 1,
    }));
    boxes = startGame(updateBoxes(boxes, known));
    const picked = ids({ ...base, boxes, count: 5 });
    expect(picked.every((id) => section(id) === 'players')).toBe(true);
  });
});

describe('prepareQuestion', () => {
  it('shuffles choices deterministically per seed, keeping every id', () => {
    const q = byId('intro-multiple-choice');
    const a = prepareQuestion(q, 9, 1);
    expect(prepareQuestion(q, 9, 1)).toEqual(a);
    expect([...a.choiceOrder].sort()).toEqual(['a', 'b', 'c', 'd']);
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => prepareQuestion(q, seed, 1).choiceOrder.join()),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  it('never shows an ordering question already in its answer order', () => {
    const q = byId('intro-ordering');
    for (let seed = 0; seed < 200; seed += 1) {
      const { itemOrder } = prepareQuestion(q, seed, 0);
      expect(itemOrder.join()).not.toBe('o1,o2,o3,o4');
      expect([...itemOrder].sort()).toEqual(['o1', 'o2', 'o3', 'o4']);
    }
  });

  it('keeps true/false in its usual order and shuffles both matching columns', () => {
    expect(prepareQuestion(byId('intro-true-false'), 3, 0).choiceOrder).toEqual(['true', 'false']);
    const m = prepareQuestion(byId('intro-matching'), 3, 0);
    expect([...m.itemOrder].sort()).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect([...m.targetOrder].sort()).toEqual(['t1', 't2', 't3', 't4']);
  });
});
