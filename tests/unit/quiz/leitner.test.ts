// Leitner boxes across games (promotion, demotion, due dates) and the per-game record of missed questions.
import { describe, expect, it } from 'vitest';
import {
  emptyBoxes,
  emptyGameRecord,
  isDue,
  LEITNER_MAX_BOX,
  recordCheckpoint,
  startGame,
  updateBoxes,
} from '../../../src/sim/quiz';

const right = (questionId: string) => ({ questionId, pillar: 'chips' as const, credit: 1 });
const wrong = (questionId: string, credit = 0) => ({
  questionId,
  pillar: 'chips' as const,
  credit,
});

describe('Leitner boxes', () => {
  it('a right answer promotes one box, up to the last box', () => {
    let boxes = startGame(emptyBoxes());
    boxes = updateBoxes(boxes, [right('q')]);
    expect(boxes.entries['q']?.box).toBe(2);
    for (let i = 0; i < 10; i += 1) boxes = updateBoxes(boxes, [right('q')]);
    expect(boxes.entries['q']?.box).toBe(LEITNER_MAX_BOX);
  });

  it('a wrong or partly right answer sends the question back to box 1', () => {
    let boxes = updateBoxes(startGame(emptyBoxes()), [right('q'), right('q'), right('q')]);
    expect(boxes.entries['q']?.box).toBe(4);
    boxes = updateBoxes(boxes, [wrong('q', 0.75)]);
    expect(boxes.entries['q']?.box).toBe(1);
  });

  it('a miss is due in the next game; a well-known question waits longer', () => {
    let boxes = startGame(emptyBoxes());
    boxes = updateBoxes(boxes, [wrong('missed'), right('known'), right('known'), right('known')]);
    expect(isDue(boxes, 'missed')).toBe(false); // not within the same game
    boxes = startGame(boxes);
    expect(isDue(boxes, 'missed')).toBe(true);
    expect(isDue(boxes, 'known')).toBe(false); // box 4: every 5 games
    for (let i = 0; i < 4; i += 1) boxes = startGame(boxes);
    expect(isDue(boxes, 'known')).toBe(true);
    expect(isDue(boxes, 'never-seen')).toBe(false);
  });

  it('stays plain, versioned JSON', () => {
    const boxes = updateBoxes(startGame(emptyBoxes()), [wrong('q')]);
    expect(JSON.parse(JSON.stringify(boxes))).toEqual({
      version: 1,
      game: 1,
      entries: { q: { box: 1, lastGame: 1 } },
    });
  });
});

describe('game record', () => {
  it('queues misses and clears them once answered right', () => {
    let record = recordCheckpoint(emptyGameRecord(), [wrong('a'), right('b'), wrong('c', 0.5)]);
    expect(record.asked).toEqual(['a', 'b', 'c']);
    expect(record.missed).toEqual(['a', 'c']);
    record = recordCheckpoint(record, [right('a')]);
    expect(record.missed).toEqual(['c']);
    expect(record.asked).toEqual(['a', 'b', 'c']);
  });
});
