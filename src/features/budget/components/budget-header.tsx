import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/codes/languages';
import type { Kpis } from '@/domain/engine/types';
import type { Filters } from '@/domain/filters';
import type { Meta } from '@/domain/project';
import { formatPartialDate, formatUsd } from '@/lib/format';
import { filtersSentence } from '../lib/filters-sentence';
import '../i18n';

interface BudgetHeaderProps {
  meta: Meta;
  kpis: Kpis;
  filters: Filters;
  lang: Language;
}

/** Title, what the summary covers (filters in words, totals) and the data date and source; all printed. */
export function BudgetHeader({ meta, kpis, filters, lang }: BudgetHeaderProps) {
  const { t } = useTranslation('budget');
  return (
    <header className="budget-head">
      <div className="budget-title">
        <h1>{t('title')}</h1>
        <p className="budget-scope">
          {filtersSentence(filters, lang, t)}{' '}
          {t('scope.totals', { count: kpis.projects, total: formatUsd(kpis.totalBudget, lang) })}
          {kpis.noBudget > 0 ? ` ${t('common:money.noBudget', { count: kpis.noBudget })}.` : null}
        </p>
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
