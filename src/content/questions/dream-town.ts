// Answer keys and passage references for the “dream-town” section: the Dream Town incubator in Hangzhou. Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const DREAM_TOWN_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'dream-town-city',
    type: 'multiple-choice',
    section: 'dream-town',
    difficulty: 1,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote:
        'Au cœur de Hangzhou, la Dream Town fait figure de laboratoire social autant que technologique.',
    },
    choices: ['hangzhou', 'shenzhen', 'beijing', 'chengdu'],
    answer: 'hangzhou',
  },
  {
    id: 'dream-town-startups',
    type: 'numeric',
    section: 'dream-town',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote:
        'Ici, près d’un millier de start-up profitent chaque année de l’appui des grandes entreprises chinoises',
    },
    answer: 1000,
    tolerance: 200,
    min: 0,
    max: 5000,
    step: 50,
    unit: 'startups',
  },
  {
    id: 'dream-town-measures-match',
    type: 'matching',
    section: 'dream-town',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote: 'Prêts bancaires à intérêt réduit, garantis par l’État ou les régions.',
    },
    items: ['spaces', 'loans', 'programmes', 'zones'],
    targets: ['city', 'state', 'giants', 'services'],
    answer: {
      spaces: 'city',
      loans: 'state',
      programmes: 'giants',
      zones: 'services',
    },
  },
  {
    id: 'dream-town-community-tf',
    type: 'true-false',
    section: 'dream-town',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote: 'mais aussi d’une organisation communautaire où tout est pensé pour accélérer',
    },
    answer: false,
  },
  {
    id: 'dream-town-giants',
    type: 'multiple-choice',
    section: 'dream-town',
    difficulty: 1,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote: 'Programmes portés par des mastodontes comme Alibaba, ByteDance, ou Xiaomi.',
    },
    choices: ['abx', 'tbh', 'smi', 'dhp'],
    answer: 'abx',
  },
  {
    id: 'dream-town-veterans',
    type: 'multiple-choice',
    section: 'dream-town',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'dream-town',
      quote: 'mais aussi des vétérans du secteur, revenus tenter l’aventure de la deeptech',
    },
    choices: ['veterans', 'officials', 'foreign', 'investors'],
    answer: 'veterans',
  },
  {
    id: 'dream-town-fixed-costs',
    type: 'multiple-choice',
    section: 'dream-town',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote: 'Espaces mutualisés financés par la ville pour réduire les coûts fixes des créateurs.',
    },
    choices: ['costs', 'control', 'rent', 'tourism'],
    answer: 'costs',
  },
  {
    id: 'dream-town-backing-tf',
    type: 'true-false',
    section: 'dream-town',
    difficulty: 1,
    pillar: 'incubators',
    passage: {
      section: 'dream-town',
      quote: 'profitent chaque année de l’appui des grandes entreprises chinoises',
    },
    answer: false,
  },
];
