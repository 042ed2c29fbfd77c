// Language-neutral data for the "Read the source" view: short verbatim quotes per section and the glossary's entry ids.
import type { SectionId } from '../../sim/quiz/types';

/** A verbatim French quote (at most 25 words); its translation is `sections.<section>.quotes.<id>` in source.json. */
export interface SourceQuote {
  readonly id: string;
  readonly quote: string;
}

export const SOURCE_QUOTES: Readonly<Record<SectionId, readonly SourceQuote[]>> = {
  intro: [
    {
      id: 'pressure',
      quote:
        'Ici, on sent la pression de péter les scores face aux Américains — et ça galvanise tout le monde.',
    },
    {
      id: 'spectrum',
      quote: 'Selon le New York Times, le soutien étatique couvre tout le spectre',
    },
  ],
  offensive: [
    {
      id: 'wave',
      quote:
        'En 2024, près de 8,5 milliards de dollars ont été libérés en une vague pour soutenir tout un écosystème de jeunes pousses',
    },
    {
      id: 'sanctions',
      quote: 'alors que les sanctions américaines freinaient l’accès aux processeurs Nvidia',
    },
  ],
  'dream-town': [
    {
      id: 'lab',
      quote:
        'Au cœur de Hangzhou, la Dream Town fait figure de laboratoire social autant que technologique.',
    },
    {
      id: 'thousand',
      quote:
        'Ici, près d’un millier de start-up profitent chaque année de l’appui des grandes entreprises chinoises',
    },
  ],
  'open-source': [
    { id: 'openness', quote: 'Contrairement à la Silicon Valley, Pékin parie sur l’ouverture.' },
    {
      id: 'standards',
      quote:
        'Capacité d’influencer l’élaboration des futures normes du secteur, selon Ping An Technology.',
    },
  ],
  players: [
    {
      id: 'front-line',
      quote:
        'Derrière cet effort colossal, ce sont les géants du numérique qui avancent en première ligne.',
    },
    {
      id: 'cities',
      quote:
        'SenseTime & Megvii : pionniers de la reconnaissance faciale et visuelle, présents dans plus de 180 villes chinoises.',
    },
  ],
  challenges: [
    {
      id: 'rand',
      quote: 'l’IA n’est pas une industrie stable comme l’acier ou la construction navale',
    },
    {
      id: 'elephants',
      quote:
        'Pékin doit donc continuellement affiner sa stratégie pour éviter les éléphants blancs.',
    },
  ],
};

/** Glossary entries, in display order; each has `glossary.<id>.term` and `.definition` in source.json. */
export const GLOSSARY_IDS: readonly string[] = [
  'white-elephant',
  'start-up',
  'chip',
  'semiconductor',
  'incubator',
  'open-source',
  'supply-chain',
  'sanctions',
  'deeptech',
  'api',
  'facial-recognition',
  'standard',
  'five-year-plan',
  'conversational-ai',
];
