// The two game lengths: their years, starting indicators, checkpoints, and why those dates.
import type { Content } from '../sim/content-types';

export const SCENARIOS: Content['scenarios'] = {
  // 2018–2030 (13 turns): from the first year after the State Council's AI plan to its 2030 goal.
  standard: {
    firstYear: 2018,
    lastYear: 2030,
    checkpointAfter: [2, 5, 8, 11],
    questionsPerCheckpoint: 4,
    start: {
      capability: 40,
      chipAutonomy: 15,
      ecosystem: 30,
      talent: 30,
      influence: 15,
      waste: 10,
    },
    sources: [
      {
        kind: 'public-record',
        ref: 'State Council, New Generation Artificial Intelligence Development Plan (goals for 2020, 2025, 2030)',
        date: '2017-07-20',
      },
    ],
  },
  // 2022–2028 (7 turns): opens with the US export controls and ChatGPT, the two shocks of late 2022.
  short: {
    firstYear: 2022,
    lastYear: 2028,
    checkpointAfter: [1, 3, 5],
    questionsPerCheckpoint: 3,
    start: {
      capability: 52,
      chipAutonomy: 25,
      ecosystem: 45,
      talent: 45,
      influence: 25,
      waste: 15,
    },
    sources: [
      {
        kind: 'public-record',
        ref: 'US BIS export controls on advanced computing chips',
        date: '2022-10-07',
      },
      { kind: 'public-record', ref: 'OpenAI releases ChatGPT', date: '2022-11-30' },
    ],
  },
};
