import { useT } from '@/hooks/i18n';
import { useExplore, usePending } from '@/hooks/portfolio/explore-context';
import { BudgetHeader } from './budget-header';
import { singleFunder } from '../lib/money-table';
import { CumulativeTrend } from './cumulative-trend';
import { MoneyTable } from './money-table';
import { PivotSection } from './pivot-section';
import { PrintDigest } from './print-digest';
import '../i18n';
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
  // Arriving from another screen above the Worker threshold, the view shown may not hold the
  // pivots yet (they are added up for this screen only): say so rather than show empty tables.
  const pivotsHeld = view.parts.includes('pivots');
  // The money table's rows are the pivots' rows: it waits for them too.
  const hasMoney =
    pivotsHeld &&
    (view.money.committedProjects + view.money.disbursedProjects > 0 ||
      view.money.spentProjects > 0);
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
      {pivotsHeld ? <PivotSection view={view} filters={filters} lang={lang} /> : <PivotsAdding />}
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

/** The pivot card while the view shown does not hold the pivots yet. */
function PivotsAdding() {
  const { t } = useT('budget');
  return (
    <section className="card budget-pivot" aria-label={t('pivot.heading')}>
      <h2>{t('pivot.heading')}</h2>
      <p className="muted" role="status">
        {t('pivot.adding')}
      </p>
    </section>
  );
}
