// The accessibility audit every browser test runs: axe-core on WCAG 2.1 A and AA, violations as readable lines.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Each violation as "<name>: <rule> <targets>" (name prefixed when given), empty when none. */
export async function axeViolations(page: Page, name?: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${name ? `${name}: ` : ''}${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
