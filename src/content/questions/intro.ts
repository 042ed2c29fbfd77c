// Answer keys and passage references for the “intro” section: the opening (the Hangzhou incubator, the New York Times, state support). Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const INTRO_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'intro-engineer-city',
    type: 'multiple-choice',
    section: 'intro',
    difficulty: 1,
    pillar: 'incubators',
    passage: {
      section: 'intro',
      quote:
        'J’ai croisé, au détour d’une ruelle bourdonnante de Hangzhou, un jeune ingénieur fraichement installé dans un incubateur flambant neuf.',
    },
    choices: ['hangzhou', 'shenzhen', 'beijing', 'shanghai'],
    answer: 'hangzhou',
  },
  {
    id: 'intro-engineer-mood',
    type: 'multiple-choice',
    section: 'intro',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'intro',
      quote:
        'Ici, on sent la pression de péter les scores face aux Américains — et ça galvanise tout le monde.',
    },
    choices: ['pressure', 'salaries', 'freedom', 'export'],
    answer: 'pressure',
  },
  {
    id: 'intro-files-company',
    type: 'multiple-choice',
    section: 'intro',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'intro',
      quote: 'Sur sa table, entre une carte-mère maison et une pile de dossiers siglés Baidu',
    },
    choices: ['baidu', 'tencent', 'huawei', 'alibaba'],
    answer: 'baidu',
  },
  {
    id: 'intro-nyt-source',
    type: 'multiple-choice',
    section: 'intro',
    difficulty: 1,
    pillar: 'talent',
    passage: {
      section: 'intro',
      quote: 'Selon le New York Times, le soutien étatique couvre tout le spectre',
    },
    choices: ['nyt', 'wsj', 'ft', 'lemonde'],
    answer: 'nyt',
  },
  {
    id: 'intro-spectrum-tf',
    type: 'true-false',
    section: 'intro',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'intro',
      quote:
        'des semi-conducteurs à la formation, en passant par l’IA open source qui intriguait déjà la côte Ouest',
    },
    answer: false,
  },
  {
    id: 'intro-target-valley',
    type: 'multiple-choice',
    section: 'intro',
    difficulty: 1,
    pillar: 'incubators',
    passage: {
      section: 'intro',
      quote:
        'la Chine affiche une ambition sans précédent pour tailler des croupières à la Silicon Valley',
    },
    choices: ['valley', 'europe', 'japan', 'korea'],
    answer: 'valley',
  },
  {
    id: 'intro-ambition-tf',
    type: 'true-false',
    section: 'intro',
    difficulty: 1,
    pillar: 'chips',
    passage: {
      section: 'intro',
      quote:
        'Entre mises massives sur les puces, création de villes pour l’IA et un réseau inédit de start-up survoltées',
    },
    answer: true,
  },
  {
    id: 'intro-opening-order',
    type: 'ordering',
    section: 'intro',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'intro',
      quote: 'Mais ces paris géants rattraperont-ils l’avance US sur l’intelligence artificielle ?',
    },
    items: ['meet', 'quote', 'nyt', 'question'],
  },
];
