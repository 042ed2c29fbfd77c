// The four budget pillars and the quiz-to-simulation contract: shared ids that the rules, the quiz and the views all speak.

/** The four pillars of Beijing's yearly AI budget, in the order the player sees them. */
export const PILLARS = ['chips', 'incubators', 'talent', 'openSource'] as const;

export type PillarId = (typeof PILLARS)[number];

export function isPillarId(value: unknown): value is PillarId {
  return typeof value === 'string' && (PILLARS as readonly string[]).includes(value);
}

/**
 * One graded quiz answer as the simulation sees it: which pillar's political capital it feeds and
 * how much credit it earned (0 = wrong, 1 = fully right; partial credit in between).
 */
export interface QuestionResult {
  readonly questionId: string;
  readonly pillar: PillarId;
  readonly credit: number;
}
