// Language-neutral data for the "Read the source" view: short verbatim quotes per section and the glossary's entry ids.
import type { SectionId } from '../../sim/quiz/types';

/** A verbatim French quote (at most 25 words); its translation is `sections.<section>.quotes.<id>` in source.json. */
export interface SourceQuote {
  readonly id: string;
  readonly quote: string;
}

export const SOURCE_QUOTES: Readonly<Record<SectionId, readonly SourceQuote[]>> = {
  intro: [
    { id: 'pressure', quote: 'la pression de péter les scores' },
    {
      id: 'spectrum',
      quote: 'Selon le New York Times',
    },
  ],
  offensive: [
    { id: 'wave', quote: 'En 2024, près de 8,5 milliards de dollars' },
    {
      id: 'sanctions',
      quote: 'sanctions américaines freinaient l’accès',
    },
  ],
  'dream-town': [
    {
      id: 'lab',
      quote: 'laboratoire social autant que technologique',
    },
    { id: 'thousand', quote: 'près d’un millier de start-up' },
  ],
  'open-source': [
    { id: 'openness', quote: 'Contrairement à la Silicon Valley, Pékin parie sur l’ouverture.' },
    { id: 'standards', quote: 'selon Ping An Technology' },
  ],
  players: [
    { id: 'front-line', quote: 'les géants du numérique' },
    { id: 'cities', quote: 'plus de 180 villes chinoises' },
  ],
  challenges: [
    {
      id: 'rand',
      quote: 'pas une industrie stable comme l’acier',
    },
    { id: 'elephants', quote: 'éviter les éléphants blancs' },
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
