import type { ProjectSummary } from '@/domain/project';

/** One amount of the financial progress bar. */
export interface ProgressLine {
  key: 'committed' | 'disbursed' | 'spent';
  /** Undefined when the source does not say (not provided is not zero). */
  amount: number | undefined;
  /** The amount as a share of the budget (above 1 for an overspend); undefined without a budget. */
  ofBudget: number | undefined;
  /** Bar width and the budget mark, 0–1 of the longest of budget and amounts: never capped. */
  width: number;
  /** Undefined when the budget is not provided. */
  budgetMark: number | undefined;
  /** True when the amount exceeds the budget. */
  over: boolean;
}

/**
 * The bars of a project's financial progress against its budget, or undefined when it reports no
 * money moved. All bars share one scale, the largest of the budget and the amounts, so an
 * overspend shows past the budget mark rather than as a full bar.
 */
export function financialProgress(project: ProjectSummary): { lines: ProgressLine[] } | undefined {
  const amounts = {
    committed: project.committedUsd,
    disbursed: project.disbursedUsd,
    spent: project.spentUsd,
  };
  if (Object.values(amounts).every((a) => a === undefined)) return undefined;
  const budget = project.budgetUsd;
  const scale = Math.max(budget ?? 0, ...Object.values(amounts).map((a) => a ?? 0));
  const keys = ['committed', 'disbursed', 'spent'] as const;
  return {
    lines: keys.map((key) => {
      const amount = amounts[key];
      return {
        key,
        amount,
        ofBudget:
          amount !== undefined && budget !== undefined && budget > 0 ? amount / budget : undefined,
        width: scale > 0 ? (amount ?? 0) / scale : 0,
        budgetMark: budget === undefined ? undefined : scale > 0 ? budget / scale : 1,
        over: amount !== undefined && budget !== undefined && amount > budget,
      };
    }),
  };
}
