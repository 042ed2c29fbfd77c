// Drawn event cards: they come with the seed when their conditions hold, at most once per game.
import type { EventCard } from '../../sim/content-types';

export const DRAWN_EVENTS: readonly EventCard[] = [
  {
    id: 'dream-town-wave',
    draw: { weight: 1, when: [{ indicator: 'ecosystem', min: 30 }] },
    shock: [],
    options: [
      {
        id: 'expand-campus',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 7 },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: 6,
            scaleBy: { indicator: 'ecosystem', mode: 'protect' },
          },
        ],
      },
      {
        id: 'mentor-first',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 1 },
          { kind: 'shift', indicator: 'talent', amount: 3 },
        ],
      },
    ],
    sources: [{ kind: 'article', section: 'dream-town' }],
  },
  {
    id: 'white-elephant',
    draw: { weight: 0.5, weightBy: { indicator: 'waste', factor: 4 } },
    shock: [{ kind: 'shift', indicator: 'waste', amount: 4 }],
    options: [
      {
        id: 'write-off',
        effects: [
          { kind: 'shift', indicator: 'waste', amount: -10 },
          { kind: 'budget', amount: -0.6 },
          { kind: 'shift', indicator: 'influence', amount: -2 },
        ],
      },
      {
        id: 'repurpose',
        effects: [
          { kind: 'shift', indicator: 'waste', amount: -3 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 2 },
          { kind: 'shift', indicator: 'ecosystem', amount: 2 },
        ],
      },
    ],
    sources: [
      { kind: 'article', section: 'challenges', note: 'Kyle Chan (RAND) on white elephants' },
    ],
  },
  {
    id: 'dispersion',
    draw: { weight: 1, minYear: 2020 },
    shock: [],
    options: [
      {
        id: 'consolidate',
        effects: [
          { kind: 'shift', indicator: 'waste', amount: -5 },
          { kind: 'shift', indicator: 'ecosystem', amount: -3 },
        ],
      },
      {
        id: 'keep-all',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 3 },
          { kind: 'shift', indicator: 'waste', amount: 4 },
        ],
      },
    ],
    sources: [{ kind: 'article', section: 'challenges', note: 'rapid multi-industrialisation' }],
  },
  {
    id: 'data-security',
    draw: { weight: 1, minYear: 2019 },
    shock: [{ kind: 'shift', indicator: 'influence', amount: -3 }],
    options: [
      {
        id: 'strict-rules',
        effects: [
          { kind: 'shift', indicator: 'influence', amount: 5 },
          { kind: 'shift', indicator: 'ecosystem', amount: -2 },
        ],
      },
      {
        id: 'light-touch',
        effects: [
          { kind: 'shift', indicator: 'ecosystem', amount: 2 },
          { kind: 'shift', indicator: 'capability', amount: 0.5 },
          { kind: 'shift', indicator: 'influence', amount: -5 },
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
    draw: { weight: 1 },
    shock: [],
    options: [
      {
        id: 'accept',
        effects: [
          { kind: 'shift', indicator: 'talent', amount: 3 },
          { kind: 'shift', indicator: 'capability', amount: 1.5 },
          { kind: 'frontier', amount: 1 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: -3 },
        ],
      },
      {
        id: 'go-it-alone',
        effects: [
          { kind: 'shift', indicator: 'chipAutonomy', amount: 4 },
          { kind: 'shift', indicator: 'talent', amount: 1 },
        ],
      },
    ],
    sources: [{ kind: 'article', section: 'challenges' }],
  },
  {
    id: 'green-compute',
    draw: { weight: 1, minYear: 2021 },
    shock: [],
    options: [
      {
        id: 'build-hubs',
        effects: [
          { kind: 'budget', amount: -1.5 },
          { kind: 'shift', indicator: 'capability', amount: 1 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: 4 },
          {
            kind: 'shift',
            indicator: 'waste',
            amount: 4,
            scaleBy: { indicator: 'ecosystem', mode: 'protect' },
          },
        ],
      },
      {
        id: 'rent-cloud',
        effects: [
          { kind: 'shift', indicator: 'capability', amount: 2 },
          { kind: 'shift', indicator: 'chipAutonomy', amount: -1 },
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
