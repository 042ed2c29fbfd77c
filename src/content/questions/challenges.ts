// Answer keys and passage references for the “challenges” section: the risks and the road to 2025. Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const CHALLENGES_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'challenges-rand',
    type: 'multiple-choice',
    section: 'challenges',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'challenges',
      quote: 'l’IA n’est pas une industrie stable comme l’acier ou la construction navale',
    },
    choices: ['stable', 'bubble', 'planned', 'mature'],
    answer: 'stable',
  },
  {
    id: 'challenges-white-elephants',
    type: 'multiple-choice',
    section: 'challenges',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'challenges',
      quote:
        'Pékin doit donc continuellement affiner sa stratégie pour éviter les éléphants blancs.',
    },
    choices: ['elephants', 'brain-drain', 'tariffs', 'strikes'],
    answer: 'elephants',
  },
  {
    id: 'challenges-chatgpt-tf',
    type: 'true-false',
    section: 'challenges',
    difficulty: 1,
    pillar: 'talent',
    passage: {
      section: 'challenges',
      quote:
        'Le retard pris sur les IA conversationnelles à l’arrivée de ChatGPT reste dans toutes les mémoires.',
    },
    answer: false,
  },
  {
    id: 'challenges-risks-match',
    type: 'matching',
    section: 'challenges',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'challenges',
      quote: 'Multi-industrialisation rapide, parfois au risque de la dispersion.',
    },
    items: ['multi', 'central', 'international', 'related'],
    targets: ['dispersion', 'data', 'blockages', 'energy'],
    answer: {
      multi: 'dispersion',
      central: 'data',
      international: 'blockages',
      related: 'energy',
    },
  },
  {
    id: 'challenges-reasoning-order',
    type: 'ordering',
    section: 'challenges',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'challenges',
      quote: 'Rien n’est gagné d’avance.',
    },
    items: ['nothing-won', 'chatgpt', 'rand', 'refine'],
  },
  {
    id: 'challenges-five-year-plans',
    type: 'multiple-choice',
    section: 'challenges',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'challenges',
      quote: 'un souffle qui rappelle les grandes heures des plans quinquennaux',
    },
    choices: ['plans', 'marshall', 'new-deal', 'apollo'],
    answer: 'plans',
  },
  {
    id: 'challenges-international-tf',
    type: 'true-false',
    section: 'challenges',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'challenges',
      quote:
        'Ouverture vers des collaborations internationales pour anticiper les blocages technologiques.',
    },
    answer: false,
  },
  {
    id: 'challenges-dragon-eagle',
    type: 'multiple-choice',
    section: 'challenges',
    difficulty: 1,
    pillar: 'openSource',
    passage: {
      section: 'challenges',
      quote: 'le dragon chinois peut imposer son code au règne de l’aigle américain',
    },
    choices: ['dragon-eagle', 'panda-eagle', 'dragon-bison', 'tiger-eagle'],
    answer: 'dragon-eagle',
  },
];
