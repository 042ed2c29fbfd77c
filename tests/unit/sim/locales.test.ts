// Event and model texts: French and English have the same keys and placeholders, and cover all content.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS, PILLARS } from '../../../src/sim';
import { defaultContent } from '../../../src/content';
import { stepYear } from '../../../src/sim/model';
import { content, fresh } from './helpers';

type Tree = { [key: string]: string | Tree };
const load = (lang: string, ns: string): Tree =>
  JSON.parse(
    readFileSync(new URL(`../../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8'),
  ) as Tree;

/** Every leaf as "path => sorted placeholders". */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [`${prefix}${k} => ${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`]
      : leaves(v, `${prefix}${k}.`),
  );
}
const has = (tree: Tree, path: string): boolean => {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
};

describe('locales', () => {
  for (const ns of ['events', 'model']) {
    it(`${ns}: French and English have the same keys and placeholders`, () => {
      expect(leaves(load('fr', ns)).sort()).toEqual(leaves(load('en', ns)).sort());
    });
  }

  it('every event card and option has a kicker, title, body, source and label', () => {
    const events = load('en', 'events');
    for (const card of defaultContent.events) {
      for (const field of ['kicker', 'title', 'body', 'source'])
        expect(has(events, `${card.id}.${field}`)).toBe(true);
      for (const o of card.options) {
        expect(has(events, `${card.id}.options.${o.id}.label`), `${card.id}/${o.id}`).toBe(true);
      }
    }
  });

  it('every pillar, indicator and trace source has a text', () => {
    const model = load('en', 'model');
    for (const p of PILLARS) expect(has(model, `pillars.${p}.name`)).toBe(true);
    for (const id of INDICATORS) expect(has(model, `indicators.${id}.name`)).toBe(true);
    const s = fresh();
    const out = stepYear(s, { chips: 9, incubators: 9, talent: 9, openSource: 9 }, [1, 1, 1, 1]);
    const sources = INDICATORS.flatMap((id) => out.causes[id].map((c) => c.source));
    for (const source of sources) expect(has(model, `trace.${source}`), source).toBe(true);
    expect(has(model, 'trace.event')).toBe(true);
    expect(content.events.length).toBeGreaterThanOrEqual(14);
  });
});
