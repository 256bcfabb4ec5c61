import { useExplore } from '@/lib/portfolio/explore-context';
import { BudgetHeader } from './budget-header';
import { CumulativeTrend } from './cumulative-trend';
import { PivotSection } from './pivot-section';
import '../budget.css';

/** The donor summary: what it covers, the budget pivot, the cumulative trend; fits one A4 page in print. */
export function BudgetScreen() {
  const { portfolio, view, filters, lang, pending } = useExplore();
  return (
    <article className="budget-summary" aria-busy={pending}>
      <BudgetHeader meta={portfolio.meta} kpis={view.kpis} filters={filters} lang={lang} />
      <PivotSection view={view} filters={filters} lang={lang} />
      <CumulativeTrend byYear={view.byYear} lang={lang} />
    </article>
  );
}
