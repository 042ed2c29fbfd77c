// Answer keys and passage references for the “offensive” section: Beijing’s offensive (finance, infrastructure, talent, chips and sanctions). Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const OFFENSIVE_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'offensive-budget-2024',
    type: 'numeric',
    section: 'offensive',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'offensive',
      quote:
        'En 2024, près de 8,5 milliards de dollars ont été libérés en une vague pour soutenir tout un écosystème de jeunes pousses',
    },
    answer: 8.5,
    tolerance: 1,
    min: 0,
    max: 30,
    step: 0.5,
    unit: 'billionUsd',
  },
  {
    id: 'offensive-decade',
    type: 'numeric',
    section: 'offensive',
    difficulty: 1,
    pillar: 'chips',
    passage: {
      section: 'offensive',
      quote: 'En dix ans, la Chine a injecté des sommes colossales dans ses filières stratégiques.',
    },
    answer: 10,
    tolerance: 2,
    min: 0,
    max: 50,
    step: 1,
    unit: 'years',
  },
  {
    id: 'offensive-measures-match',
    type: 'matching',
    section: 'offensive',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'offensive',
      quote:
        'Développement d’infrastructures de calcul : investissements dans les serveurs haute capacité connectés à l’énergie verte.',
    },
    items: ['support', 'labs', 'compute', 'training'],
    targets: ['premises', 'partners', 'servers', 'schools'],
    answer: {
      support: 'premises',
      labs: 'partners',
      compute: 'servers',
      training: 'schools',
    },
  },
  {
    id: 'offensive-nvidia-sanctions',
    type: 'multiple-choice',
    section: 'offensive',
    difficulty: 1,
    pillar: 'chips',
    passage: {
      section: 'offensive',
      quote: 'alors que les sanctions américaines freinaient l’accès aux processeurs Nvidia',
    },
    choices: ['sanctions', 'shortage', 'ban', 'price'],
    answer: 'sanctions',
  },
  {
    id: 'offensive-autonomy-tf',
    type: 'true-false',
    section: 'offensive',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'offensive',
      quote:
        'Un défi de taille désormais partiellement relevé, même si le chemin vers l’autonomie reste sinueux',
    },
    answer: false,
  },
  {
    id: 'offensive-chip-design',
    type: 'multiple-choice',
    section: 'offensive',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'offensive',
      quote: 'de la conception de puces façon Horizon Robotics à la formation d’ingénieurs',
    },
    choices: ['horizon', 'xiaomi', 'tencent', 'pingan'],
    answer: 'horizon',
  },
  {
    id: 'offensive-graduates',
    type: 'multiple-choice',
    section: 'offensive',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'offensive',
      quote:
        'la formation d’ingénieurs qui sortiront diplômés prêts à alimenter les serveurs de Baidu ou SenseTime',
    },
    choices: ['baidu-sensetime', 'nvidia-openai', 'google-microsoft', 'dji-xiaomi'],
    answer: 'baidu-sensetime',
  },
  {
    id: 'offensive-beyond-money',
    type: 'true-false',
    section: 'offensive',
    difficulty: 1,
    pillar: 'talent',
    passage: {
      section: 'offensive',
      quote: 'L’État ne s’arrête pas aux financements : il construit la chaîne d’approvisionnement',
    },
    answer: false,
  },
  {
    id: 'offensive-chain-order',
    type: 'ordering',
    section: 'offensive',
    difficulty: 2,
    pillar: 'chips',
    passage: {
      section: 'offensive',
      quote:
        'il construit la chaîne d’approvisionnement, de la conception de puces façon Horizon Robotics à la formation d’ingénieurs',
    },
    items: ['design', 'training', 'servers'],
  },
];
