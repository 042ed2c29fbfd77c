// Answer keys and passage references for the “players” section: the major companies (Alibaba, Tencent, Baidu, SenseTime, Megvii, iFlytek, DJI, Xiaomi...). Texts live in locales/<lang>/quiz.json.
import type { QuizQuestion } from '../../sim/quiz/types';

export const PLAYERS_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'players-fields-match',
    type: 'matching',
    section: 'players',
    difficulty: 1,
    pillar: 'talent',
    passage: {
      section: 'players',
      quote:
        'iFlytek pilote la R&D autour du traitement vocal, tandis que DJI et Xiaomi tissent la dimension hardware et connectée du puzzle.',
    },
    items: ['iflytek', 'sensetime-megvii', 'tencent', 'dji-xiaomi'],
    targets: ['voice', 'face', 'cyber', 'hardware'],
    answer: {
      iflytek: 'voice',
      'sensetime-megvii': 'face',
      tencent: 'cyber',
      'dji-xiaomi': 'hardware',
    },
  },
  {
    id: 'players-cities',
    type: 'numeric',
    section: 'players',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'players',
      quote:
        'SenseTime & Megvii : pionniers de la reconnaissance faciale et visuelle, présents dans plus de 180 villes chinoises.',
    },
    answer: 180,
    tolerance: 20,
    min: 0,
    max: 1000,
    step: 10,
    unit: 'cities',
  },
  {
    id: 'players-alibaba',
    type: 'multiple-choice',
    section: 'players',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'players',
      quote:
        'Alibaba : multiplication des partenariats stratégiques, ouverture d’APIs IA, soutien logistique à des milliers de start-up.',
    },
    choices: ['partners', 'cyber', 'face', 'voice'],
    answer: 'partners',
  },
  {
    id: 'players-tencent-tf',
    type: 'true-false',
    section: 'players',
    difficulty: 1,
    pillar: 'talent',
    passage: {
      section: 'players',
      quote:
        'Tencent : investissements dans la cybersécurité, création de produits IA pour l’industrie et la consommation.',
    },
    answer: true,
  },
  {
    id: 'players-daily-life',
    type: 'multiple-choice',
    section: 'players',
    difficulty: 2,
    pillar: 'openSource',
    passage: {
      section: 'players',
      quote: 'paiement mobile boosté à l’IA, gestion urbaine automisée, diagnostic médical',
    },
    choices: ['uses', 'games', 'farm', 'space'],
    answer: 'uses',
  },
  {
    id: 'players-discreet',
    type: 'multiple-choice',
    section: 'players',
    difficulty: 2,
    pillar: 'talent',
    passage: {
      section: 'players',
      quote:
        'Plus discret mais non moins ambitieux, iFlytek pilote la R&D autour du traitement vocal',
    },
    choices: ['iflytek', 'alibaba', 'baidu', 'tencent'],
    answer: 'iflytek',
  },
  {
    id: 'players-global-faces-tf',
    type: 'true-false',
    section: 'players',
    difficulty: 2,
    pillar: 'incubators',
    passage: {
      section: 'players',
      quote: 'Les visages d’Alibaba et Baidu illustrent la réussite chinoise sur le plan mondial.',
    },
    answer: true,
  },
  {
    id: 'players-front-line',
    type: 'multiple-choice',
    section: 'players',
    difficulty: 1,
    pillar: 'chips',
    passage: {
      section: 'players',
      quote:
        'Derrière cet effort colossal, ce sont les géants du numérique qui avancent en première ligne.',
    },
    choices: ['giants', 'ministries', 'universities', 'army'],
    answer: 'giants',
  },
];
