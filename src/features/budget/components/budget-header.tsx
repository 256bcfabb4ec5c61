import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes/languages';
import type { FunderBin, Kpis } from '@/domain/engine/types';
import type { Filters } from '@/domain/filters';
import type { Meta } from '@/domain/project';
import { formatNumber, formatPartialDate, formatPercent, formatUsd } from '@/lib/format';
import { filtersSentence } from '../lib/filters-sentence';
import '../i18n';

interface BudgetHeaderProps {
  meta: Meta;
  kpis: Kpis;
  filters: Filters;
  lang: Language;
  funderNames: ReadonlyMap<string, string>;
  /** The one funder filtered on, with its part of the matching projects. */
  funder: FunderBin | undefined;
}

/** Title, what the summary covers (filters in words, totals) and the data date and source; all printed. */
export function BudgetHeader({
  meta,
  kpis,
  filters,
  lang,
  funderNames,
  funder,
}: BudgetHeaderProps) {
  const { t } = useT('budget');
  return (
    <header className="budget-head">
      <div className="budget-title">
        <h1>{t('title')}</h1>
        <p className="budget-scope">
          {filtersSentence(filters, lang, t, funderNames)}{' '}
          {t('scope.totals', { count: kpis.projects, total: formatUsd(kpis.totalBudget, lang) })}
          {kpis.noBudget > 0 ? ` ${t('common:money.noBudget', { count: kpis.noBudget })}.` : null}
        </p>
        {funder ? (
          <p className="budget-funder">
            {t('funder.sentence', {
              funder: funder.name,
              amount: formatUsd(funder.budget, lang),
              projects: t('funder.projects', {
                count: kpis.projects,
                n: formatNumber(kpis.projects, lang),
              }),
              countries: t('funder.countries', {
                count: kpis.countries,
                n: formatNumber(kpis.countries, lang),
              }),
              share: formatPercent(
                funder.spentBudget > 0 ? funder.spent / funder.spentBudget : 0,
                lang,
              ),
            })}{' '}
            {funder.budget < kpis.totalBudget - 0.5 ? t('funder.shared') : null}
          </p>
        ) : null}
        <p className="budget-as-of muted">
          {t('common:footer.dataAsOf', { date: formatPartialDate(meta.asOf, lang) })}
          {' · '}
          {t('common:footer.source', { source: meta.source })}
        </p>
      </div>
      <button
        type="button"
        className="button primary no-print"
        title={t('printHint')}
        onClick={() => window.print()}
      >
        {t('print')}
      </button>
    </header>
  );
}
