// More drawn event cards: talent, open code, adoption, chips and prices.
import type { EventCard } from '../../sim/content-types';

export const MORE_DRAWN_EVENTS: readonly EventCard[] = [
  {
    id: 'veterans-return',
    // Undated in the article: a scenario.
    notBefore: 2018,
    draw: { weight: 1, when: [{ indicator: 'ecosystem', min: 25 }] },
    shock: [],
    options: [
      {
        id: 'grants',
        effects: [
          { kind: 'shift', indicator: 'talent', amount: 13.1 },
          { kind: 'shift', indicator: 'ecosystem', amount: 5.2 },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'let-market',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 11.7, inverse: true },
          { kind: 'shift', indicator: 'talent', amount: 3.9, inverse: true },
        ],
      },
    ],
    sources: [
      {
        kind: 'article',
        section: 'dream-town',
        note: 'industry veterans back to try deeptech (the article says nothing of where from)',
      },
    ],
  },
  {
    id: 'open-code',
    // Alibaba’s open Qwen-7B, 3 August 2023.
    notBefore: 2023,
    draw: { weight: 1.5, minYear: 2023 },
    shock: [],
    options: [
      {
        id: 'back-it',
        effects: [
          {
            kind: 'shift',
            indicator: 'influence',
            amount: 36.8,
            scaleBy: { indicator: 'influence', mode: 'protect' },
          },
          { kind: 'shift', indicator: 'ecosystem', amount: 5.2 },
          { kind: 'frontier', amount: 1, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'keep-edge',
        effects: [
          {
            kind: 'shift',
            indicator: 'capability',
            amount: 3.7,
            scaleBy: { indicator: 'talent', mode: 'amplify' },
            inverse: true,
          },
          { kind: 'shift', indicator: 'influence', amount: -1.8, fixed: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'open-source' },
      {
        kind: 'public-record',
        ref: 'Alibaba releases the open-weight Qwen-7B model',
        date: '2023-08-03',
      },
    ],
  },
  {
    id: 'sme-adoption',
    // Undated in the article: a scenario.
    notBefore: 2018,
    draw: { weight: 1, when: [{ indicator: 'influence', min: 20 }] },
    shock: [],
    options: [
      {
        id: 'subsidise',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 10.5 },
          { kind: 'shift', indicator: 'influence', amount: 5.2 },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'pilots',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 4.8, inverse: true },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: -27.3,
            scaleBy: { indicator: 'waste', mode: 'amplify' },
            inverse: true,
          },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'open-source', note: 'adoption by SMEs and local governments' },
    ],
  },
  {
    id: 'chip-breakthrough',
    // Huawei Mate 60 Pro, 29 August 2023.
    notBefore: 2023,
    draw: { weight: 1, minYear: 2020, when: [{ indicator: 'chipAutonomy', min: 30 }] },
    shock: [],
    options: [
      {
        id: 'scale-up',
        effects: [
          { kind: 'shift', indicator: 'chipAutonomy', amount: 23.6 },
          { kind: 'shift', indicator: 'waste', amount: 3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'stay-quiet',
        effects: [
          { kind: 'shift', indicator: 'chipAutonomy', amount: 10.2, inverse: true },
          { kind: 'shift', indicator: 'influence', amount: 3.4, inverse: true },
        ],
      },
    ],
    sources: [
      {
        kind: 'public-record',
        ref: 'Huawei Mate 60 Pro ships with the SMIC 7 nm Kirin 9000S chip',
        date: '2023-08-29',
      },
    ],
  },
  {
    id: 'brain-drain',
    // MacroPolo’s talent tracker, 9 June 2020.
    notBefore: 2020,
    draw: { weight: 1 },
    shock: [{ kind: 'shift', indicator: 'talent', amount: -2 }],
    options: [
      {
        id: 'recall-grants',
        effects: [
          { kind: 'shift', indicator: 'talent', amount: 11.8 },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'open-doors',
        effects: [
          { kind: 'shift', indicator: 'talent', amount: 4.3, inverse: true },
          { kind: 'shift', indicator: 'influence', amount: 17, inverse: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'offensive', note: 'training talent' },
      { kind: 'public-record', ref: 'MacroPolo Global AI Talent Tracker', date: '2020-06-09' },
    ],
  },
  {
    id: 'price-war',
    // DeepSeek-V2 price cuts, 6 May 2024.
    notBefore: 2024,
    draw: { weight: 1, minYear: 2024 },
    shock: [],
    options: [
      {
        id: 'let-compete',
        effects: [
          { kind: 'shift', indicator: 'influence', amount: 15.4, inverse: true },
          { kind: 'shift', indicator: 'ecosystem', amount: -5.2, fixed: true },
        ],
      },
      {
        id: 'stabilise',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 18.4 },
          { kind: 'shift', indicator: 'waste', amount: 3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
    ],
    sources: [
      {
        kind: 'public-record',
        ref: 'DeepSeek-V2 price cuts start a price war among Chinese LLMs',
        date: '2024-05-06',
      },
    ],
  },
];
