// Question ids that were once in the bank and have been taken out: old saves may still name them, and their checkpoints are drawn again from today's bank.
export const RETIRED_QUESTION_IDS: readonly string[] = [
  'challenges-dragon-eagle',
  'dream-town-city',
  'dream-town-backing-tf',
  'intro-files-company',
  'offensive-decade',
  'offensive-chain-order',
];
