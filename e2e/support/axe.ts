import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/*
 * axe-core's checks, run in the page. `@axe-core/playwright`'s default run, made for pages with
 * cross-origin frames, injects axe's 550 kB source into the page on every call, collects every
 * rule's partial results (passes too) into the test's process and finishes the run in a new blank
 * page: a second renderer started and axe injected again, per check. The dashboard has no frames,
 * so axe is injected once per document (in-app navigations keep it) and `axe.run` checks the page
 * where it is: the same rules on the same DOM, the same results, at less than half the CPU
 * (measured in the README's test section). A page with frames still goes through AxeBuilder, which
 * checks inside them.
 */

/** The WCAG 2.1 A and AA rules. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeQuery {
  /** `'wcag'`: the WCAG 2.1 A and AA rules; `'all'`: every rule axe runs by default (best practices too). */
  rules: 'wcag' | 'all';
  /** `'serious'`: serious and critical violations only; `'any'`: minor and moderate ones too. */
  impact: 'serious' | 'any';
  /** A CSS selector: only that part of the page is checked (page-level rules then do not run). */
  include?: string;
}

type Violation = axe.Result;

async function runAxe(page: Page, { rules, include }: AxeQuery): Promise<Violation[]> {
  const options: axe.RunOptions = { resultTypes: ['violations'] };
  if (rules === 'wcag') options.runOnly = { type: 'tag', values: WCAG_AA };
  if (page.frames().length > 1) {
    let builder = new AxeBuilder({ page }).options(options);
    if (include) builder = builder.include(include);
    return (await builder.analyze()).violations;
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, options }) => {
      const found = await (window as unknown as { axe: typeof axe }).axe.run(
        include ? { include: [include] } : document,
        options,
      );
      return found.violations;
    },
    { include, options },
  );
}

/**
 * What axe finds on the page as it is now, each violation named by its rule and first elements:
 * by default the serious and critical violations of the WCAG 2.1 AA rules.
 */
export async function axeViolations(
  page: Page,
  { rules = 'wcag', impact = 'serious', include }: Partial<AxeQuery> = {},
): Promise<string[]> {
  const violations = await runAxe(page, { rules, impact, include });
  return violations
    .filter((v) => impact === 'any' || v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
