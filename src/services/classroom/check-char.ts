// The session code's check character: Damm's scheme over a totally anti-symmetric quasigroup of order 32, built on the field GF(32).

/**
 * x ∘ y = 2·x + y in GF(32) (polynomial x⁵ + x² + 1). It is a quasigroup (each row and column is a
 * permutation) and totally anti-symmetric: (c ∘ x) ∘ y = (c ∘ y) ∘ x only when x = y, because the
 * factor 2 is neither 0 nor 1 (Damm, "Totally anti-symmetric quasigroups for all orders n ≠ 2, 6",
 * 2007). Folding a string from 0 and appending the symbol that brings the fold back to 0 therefore
 * catches every single substitution and every swap of two neighbours, the check symbol included;
 * tests/unit/classroom/session-code.test.ts proves it exhaustively.
 */
const POLY = 0b100101;

function times2(x: number): number {
  const shifted = x << 1;
  return shifted & 0b100000 ? shifted ^ POLY : shifted;
}

export function combine(interim: number, symbol: number): number {
  return times2(interim) ^ symbol;
}

/** The fold of a string of symbol values (0–31): 0 for a string whose check symbol is right. */
export function fold(values: readonly number[]): number {
  return values.reduce(combine, 0);
}

/** The symbol to append so the whole string folds to 0 (2·r + c = 0, so c = 2·r in characteristic 2). */
export function checkSymbol(values: readonly number[]): number {
  return times2(fold(values));
}
