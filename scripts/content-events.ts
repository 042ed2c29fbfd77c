// Card dates: every event card declares the year of what it cites (notBefore), never earlier than its dated sources, and historical cards never arrive before it.
import type { ContentInput, Problem } from './content-types';

const yearOf = (date: string): number => Number(date.slice(0, 4));

export function checkEventDates(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const card of input.events) {
    const where = `event ${card.id}`;
    if (card.notBefore === undefined || !Number.isInteger(card.notBefore)) {
      problems.push({ where, message: 'must declare notBefore: the year of what it cites' });
      continue;
    }
    for (const source of card.sources) {
      if (source.kind === 'public-record' && yearOf(source.date) > card.notBefore)
        problems.push({
          where,
          message: `notBefore ${card.notBefore} is earlier than the source it cites (${source.ref}, ${source.date})`,
        });
    }
    if (card.year !== undefined && card.year < card.notBefore)
      problems.push({
        where,
        message: `arrives in ${card.year}, before what it cites (${card.notBefore})`,
      });
  }
  return problems;
}
