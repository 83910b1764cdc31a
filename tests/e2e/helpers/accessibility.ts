import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe checks every node's contrast: on a busy two-core machine a report page takes tens of seconds. */
export const AXE_TIMEOUT_MS = 120_000;

/**
 * Serious and critical axe violations, one readable line each (rule, impact, first offending nodes).
 * `within` limits the check to one part of the page (a CSS selector).
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (within === undefined ? builder : builder.include(within)).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
    });
}
