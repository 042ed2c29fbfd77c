// Answer keys and passage references for the “open-source” section: the open-source bet and the race for global standards. Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const OPEN_SOURCE_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'open-source-deepseek-date',
    type: 'multiple-choice',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'Janvier 2024 : DeepSeek s’impose comme un modèle d’IA libre qui fait trembler les ténors américains.',
    },
    sourceNote: true,
    choices: ['jan2024', 'jan2023', 'jun2024', 'dec2022'],
    answer: 'jan2024',
  },
  {
    id: 'open-source-check-date',
    type: 'multiple-choice',
    section: 'open-source',
    difficulty: 3,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'Janvier 2024 : DeepSeek s’impose comme un modèle d’IA libre qui fait trembler les ténors américains.',
    },
    sourceNote: true,
    choices: ['primary', 'count', 'trust', 'latest'],
    answer: 'primary',
  },
  {
    id: 'open-source-unlike-valley-tf',
    type: 'true-false',
    section: 'open-source',
    difficulty: 1,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote: 'Contrairement à la Silicon Valley, Pékin parie sur l’ouverture.',
    },
    answer: true,
  },
  {
    id: 'open-source-followers',
    type: 'multiple-choice',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'Bientôt, Alibaba, Huawei et Baidu l’imitent, chacun lançant des initiatives où le code est partagé',
    },
    choices: ['abh', 'tsm', 'xdi', 'gmo'],
    answer: 'abh',
  },
  {
    id: 'open-source-effects-match',
    type: 'matching',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'Dynamique collaborative : laboratoires R&D partagés entre Megvii, Baidu et SenseTime.',
    },
    items: ['adoption', 'labs', 'competition', 'standards'],
    targets: ['smes', 'trio', 'openai', 'pingan'],
    answer: {
      adoption: 'smes',
      labs: 'trio',
      competition: 'openai',
      standards: 'pingan',
    },
  },
  {
    id: 'open-source-story-order',
    type: 'ordering',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'la stratégie open source suffira-t-elle pour égaler, voire dépasser, les résultats obtenus par Google ou Microsoft ?',
    },
    items: ['bet', 'deepseek', 'followers', 'question'],
  },
  {
    id: 'open-source-why-share',
    type: 'multiple-choice',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'le code est partagé pour accélérer l’adoption de leur technologie dans le monde entier',
    },
    choices: ['adoption', 'sanctions', 'law', 'servers'],
    answer: 'adoption',
  },
  {
    id: 'open-source-local-tf',
    type: 'true-false',
    section: 'open-source',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'open-source',
      quote:
        'une vitesse d’innovation qui surprend, et un déploiement ancré dans les usages locaux',
    },
    answer: true,
  },
];
