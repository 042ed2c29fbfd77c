// Historical event cards: they arrive in the year they happened (if the game covers that year).
import type { EventCard } from '../../sim/content-types';

export const HISTORICAL_EVENTS: readonly EventCard[] = [
  {
    id: 'entity-list',
    notBefore: 2019,
    year: 2019,
    shock: [
      { kind: 'access', amount: -0.1 },
      {
        kind: 'shift',
        indicator: 'capability',
        amount: -3,
        scaleBy: { indicator: 'chipAutonomy', mode: 'protect' },
      },
    ],
    options: [
      {
        id: 'stockpile',
        effects: [
          { kind: 'access', amount: 0.11, inverse: true },
          { kind: 'shift', indicator: 'capability', amount: 2.8, inverse: true },
          { kind: 'budget', amount: -1 },
        ],
      },
      {
        id: 'domestic',
        effects: [
          { kind: 'boost', pillar: 'chips', factor: 2.31, years: 3 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 7.9 },
          { kind: 'shift', indicator: 'ecosystem', amount: -1.8, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
    ],
    sources: [
      {
        kind: 'public-record',
        ref: 'US Commerce Department adds Huawei to the Entity List',
        date: '2019-05-16',
      },
    ],
  },
  {
    id: 'export-controls',
    notBefore: 2022,
    year: 2022,
    shock: [
      { kind: 'access', amount: -0.45 },
      {
        kind: 'shift',
        indicator: 'capability',
        amount: -10,
        scaleBy: { indicator: 'chipAutonomy', mode: 'protect' },
      },
      {
        kind: 'shift',
        indicator: 'ecosystem',
        amount: -3,
        scaleBy: { indicator: 'chipAutonomy', mode: 'protect' },
      },
    ],
    options: [
      {
        id: 'compliant-chips',
        effects: [
          { kind: 'access', amount: 0.1, inverse: true },
          { kind: 'shift', indicator: 'chipAutonomy', amount: -3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'domestic-push',
        effects: [
          { kind: 'boost', pillar: 'chips', factor: 2.58, years: 4 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 10.5 },
          { kind: 'shift', indicator: 'capability', amount: -1.8, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'offensive' },
      {
        kind: 'public-record',
        ref: 'US BIS export controls on advanced computing chips (Nvidia A100/H100)',
        date: '2022-10-07',
      },
    ],
  },
  {
    id: 'chatgpt',
    // Released on 30 November 2022; the card arrives in the 2023 turn (2022 is export controls), when the Chinese answers (Ernie Bot, March 2023) came.
    notBefore: 2022,
    year: 2023,
    shock: [{ kind: 'shift', indicator: 'influence', amount: -3 }],
    options: [
      {
        id: 'hundred-models',
        effects: [
          { kind: 'shift', indicator: 'capability', amount: 2.6 },
          { kind: 'shift', indicator: 'ecosystem', amount: 10.5 },
          { kind: 'shift', indicator: 'waste', amount: 10.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'foundations',
        effects: [
          { kind: 'boost', pillar: 'talent', factor: 2.05, years: 3, inverse: true },
          { kind: 'shift', indicator: 'talent', amount: 7, inverse: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'challenges' },
      {
        kind: 'public-record',
        ref: 'OpenAI releases ChatGPT; Chinese answers such as Baidu Ernie Bot follow in March 2023',
        date: '2022-11-30',
      },
    ],
  },
  {
    id: 'startup-wave',
    // The article dates the wave to 2024.
    notBefore: 2024,
    year: 2024,
    shock: [],
    options: [
      {
        id: 'spread-wide',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 26.2 },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: 7,
            scaleBy: { indicator: 'talent', mode: 'protect' },
            fixed: true,
          },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'pick-winners',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 2.9, inverse: true },
          { kind: 'shift', indicator: 'capability', amount: 1.5, inverse: true },
        ],
      },
    ],
    sources: [
      {
        kind: 'article',
        section: 'offensive',
        note: 'about $8.5 billion for AI start-ups in 2024',
      },
    ],
  },
  {
    id: 'deepseek',
    // DeepSeek-R1, 20 January 2025 (the article says January 2024).
    notBefore: 2025,
    year: 2025,
    shock: [
      {
        kind: 'shift',
        indicator: 'influence',
        amount: 6,
        scaleBy: { indicator: 'capability', mode: 'amplify' },
      },
    ],
    options: [
      {
        id: 'open-everything',
        effects: [
          { kind: 'shift', indicator: 'influence', amount: 21 },
          { kind: 'shift', indicator: 'ecosystem', amount: 7.9 },
          { kind: 'frontier', amount: 1.5, fixed: true },
          { kind: 'boost', pillar: 'openSource', factor: 1.79, years: 3 },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'national-champion',
        effects: [
          { kind: 'shift', indicator: 'capability', amount: 2.5, inverse: true },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 1.2, inverse: true },
          { kind: 'shift', indicator: 'influence', amount: -5.2, fixed: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'open-source', note: 'the article dates it January 2024' },
      {
        kind: 'public-record',
        ref: 'DeepSeek-R1 released as an open-weight reasoning model',
        date: '2025-01-20',
      },
    ],
  },
];
