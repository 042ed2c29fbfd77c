// The results screen's number formats in the player's language: named shortcuts over the game's one number formatter.
import { formatNumber } from '../../services/number-format';

export interface Formats {
  /** One decimal at most: indicator values, gaps, points. */
  readonly decimal: (n: number) => string;
  /** Always one decimal, so table columns line up. */
  readonly fixed: (n: number) => string;
  readonly integer: (n: number) => string;
  /** 0..1 shown as a whole percentage. */
  readonly percent: (share: number) => string;
}

export function formats(language: string): Formats {
  return {
    decimal: (n) => formatNumber(n, 'upTo1', language),
    fixed: (n) => formatNumber(n, 'dec1', language),
    integer: (n) => formatNumber(n, 'int', language),
    percent: (share) => formatNumber(share, 'percent', language),
  };
}
