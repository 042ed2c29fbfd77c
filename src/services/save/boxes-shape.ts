// Checks stored review boxes (the Leitner boxes that bring missed questions back).
import { LEITNER_MAX_BOX, type LeitnerBoxes } from '../../sim/quiz/leitner';
import { isInt, isObj, type Obj } from './guards';

const isEntry = (v: unknown): v is Obj =>
  isObj(v) && isInt(v.box) && v.box >= 1 && v.box <= LEITNER_MAX_BOX && isInt(v.lastGame);

export function validateBoxes(v: unknown): LeitnerBoxes | null {
  if (!isObj(v) || v.version !== 1 || !isInt(v.game) || v.game < 0 || !isObj(v.entries))
    return null;
  const entries = Object.values(v.entries);
  if (entries.length > 100_000 || !entries.every(isEntry)) return null;
  return v as unknown as LeitnerBoxes;
}
