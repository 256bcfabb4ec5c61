import { useExplore, usePending } from '@/hooks/portfolio/explore-context';
import { BudgetHeader } from './budget-header';
import { singleFunder } from '../lib/money-table';
import { CumulativeTrend } from './cumulative-trend';
import { MoneyTable } from './money-table';
import { PivotSection } from './pivot-section';
import { PrintDigest } from './print-digest';
import '../budget.css';

/** The trend's part of the printed page's width beside the money table (budget.css matches it). */
const TREND_PRINT_SHARE = 0.48;

/**
 * The donor summary: what it covers, the budget pivot, the cumulative trend; in print also the key
 * figures and main breakdowns, all on one A4 page.
 */
export function BudgetScreen() {
  const { portfolio, view, filters, lang, funderNames } = useExplore();
  const pending = usePending();
  const hasMoney =
    view.money.committedProjects + view.money.disbursedProjects > 0 || view.money.spentProjects > 0;
  return (
    <article className="budget-summary" aria-busy={pending}>
      <BudgetHeader
        meta={portfolio.meta}
        kpis={view.kpis}
        filters={filters}
        lang={lang}
        funderNames={funderNames}
        funder={singleFunder(filters, view.byFunder)}
      />
      <PrintDigest view={view} lang={lang} />
      <PivotSection view={view} filters={filters} lang={lang} />
      {hasMoney ? (
        // Side by side in print, so the page stays one.
        <div className="budget-money-and-trend">
          <MoneyTable view={view} lang={lang} />
          <CumulativeTrend byYear={view.byYear} lang={lang} printShare={TREND_PRINT_SHARE} />
        </div>
      ) : (
        <CumulativeTrend byYear={view.byYear} lang={lang} />
      )}
    </article>
  );
}
