import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// axe-core comes in through @axe-core/playwright; take its types from there.
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

// WCAG 2.1 level AA, which public-sector sites are held to.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describe(violation: Violation): string {
  const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
  return (
    `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n` +
    `    ${violation.helpUrl}\n${targets}`
  );
}

/** Runs axe on the page as it is now and throws with one readable entry per broken rule. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (violations.length === 0) return;
  throw new Error(
    `${label}: ${violations.length} accessibility rule(s) violated\n` +
      violations.map(describe).join('\n'),
  );
}
