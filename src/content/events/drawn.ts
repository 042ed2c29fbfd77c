// Drawn event cards: they come with the seed when their conditions hold, at most once per game.
import type { EventCard } from '../../sim/content-types';

export const DRAWN_EVENTS: readonly EventCard[] = [
  {
    id: 'dream-town-wave',
    // Hangzhou’s Dream Town opened in 2015.
    notBefore: 2015,
    draw: { weight: 1, when: [{ indicator: 'ecosystem', min: 30 }] },
    shock: [],
    options: [
      {
        id: 'expand-campus',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 26.2 },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: 5.2,
            scaleBy: { indicator: 'ecosystem', mode: 'protect' },
            fixed: true,
          },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'mentor-first',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 2.3, inverse: true },
          { kind: 'shift', indicator: 'talent', amount: 6.8, inverse: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'dream-town' },
      { kind: 'public-record', ref: 'Hangzhou’s Dream Town opens in Yuhang', date: '2015-03' },
    ],
  },
  {
    id: 'white-elephant',
    // An undated risk the article names: a scenario, possible from the first year of the plan.
    notBefore: 2018,
    draw: { weight: 0.5, weightBy: { indicator: 'waste', factor: 4 } },
    shock: [{ kind: 'shift', indicator: 'waste', amount: 4 }],
    options: [
      {
        id: 'write-off',
        effects: [
          {
            kind: 'shift',
            indicator: 'waste',
            amount: -60,
            scaleBy: { indicator: 'waste', mode: 'amplify' },
          },
          { kind: 'shift', indicator: 'influence', amount: -1.8, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'repurpose',
        effects: [
          {
            kind: 'shift',
            indicator: 'waste',
            amount: -9,
            scaleBy: { indicator: 'waste', mode: 'amplify' },
            inverse: true,
          },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 2.4, inverse: true },
          { kind: 'shift', indicator: 'ecosystem', amount: 3.1, inverse: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'challenges', note: 'Kyle Chan (RAND) on white elephants' },
    ],
  },
  {
    id: 'dispersion',
    // An undated risk the article names: a scenario.
    notBefore: 2018,
    draw: { weight: 1, minYear: 2020 },
    shock: [],
    options: [
      {
        id: 'consolidate',
        effects: [
          {
            kind: 'shift',
            indicator: 'waste',
            amount: -30,
            scaleBy: { indicator: 'waste', mode: 'amplify' },
          },
          { kind: 'shift', indicator: 'ecosystem', amount: -3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'keep-all',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 2.6, inverse: true },
          { kind: 'shift', indicator: 'waste', amount: 3.5, fixed: true },
        ],
      },
    ],
    sources: [{ kind: 'article', section: 'challenges', note: 'rapid multi-industrialisation' }],
  },
  {
    id: 'data-security',
    // PIPL in force 1 November 2021.
    notBefore: 2021,
    draw: { weight: 1, minYear: 2019 },
    shock: [{ kind: 'shift', indicator: 'influence', amount: -3 }],
    options: [
      {
        id: 'strict-rules',
        effects: [
          { kind: 'shift', indicator: 'influence', amount: 18.4 },
          { kind: 'shift', indicator: 'ecosystem', amount: -3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'light-touch',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 4.4, inverse: true },
          { kind: 'shift', indicator: 'capability', amount: 1.1, inverse: true },
          { kind: 'shift', indicator: 'influence', amount: -5.2, fixed: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'challenges' },
      {
        kind: 'public-record',
        ref: 'China Personal Information Protection Law in force',
        date: '2021-11-01',
      },
    ],
  },
  {
    id: 'intl-collab',
    // An undated recommendation of the article: a scenario.
    notBefore: 2018,
    draw: { weight: 1 },
    shock: [],
    options: [
      {
        id: 'accept',
        effects: [
          { kind: 'shift', indicator: 'talent', amount: 6.6 },
          { kind: 'shift', indicator: 'capability', amount: 2.6 },
          { kind: 'frontier', amount: 1, fixed: true },
          { kind: 'shift', indicator: 'chipAutonomy', amount: -3.5, fixed: true },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'go-it-alone',
        effects: [
          { kind: 'shift', indicator: 'chipAutonomy', amount: 15.8, inverse: true },
          { kind: 'shift', indicator: 'talent', amount: 5.2, inverse: true },
        ],
      },
    ],
    sources: [{ kind: 'article', section: 'challenges' }],
  },
  {
    id: 'green-compute',
    // East Data, West Computing, 17 February 2022.
    notBefore: 2022,
    draw: { weight: 1, minYear: 2021 },
    shock: [],
    options: [
      {
        id: 'build-hubs',
        effects: [
          { kind: 'shift', indicator: 'chipAutonomy', amount: 13.1 },
          { kind: 'shift', indicator: 'capability', amount: 3.9 },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: 7,
            scaleBy: { indicator: 'ecosystem', mode: 'protect' },
            fixed: true,
          },
          { kind: 'budget', amount: -1.5 },
        ],
      },
      {
        id: 'rent-cloud',
        effects: [
          { kind: 'shift', indicator: 'capability', amount: 4.3, inverse: true },
          { kind: 'shift', indicator: 'chipAutonomy', amount: -1.8, fixed: true },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'offensive' },
      {
        kind: 'public-record',
        ref: 'China launches the East Data, West Computing project',
        date: '2022-02-17',
      },
    ],
  },
];
