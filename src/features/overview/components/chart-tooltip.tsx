import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes/languages';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';
import type { BarDatum } from '../lib/chart-data';
import { TooltipBox } from '@/components/charts/tooltip-box';
import '../i18n';

/** The tooltip of one category: its budget in USD (and share, if given), its projects, the hint. */
export function BudgetTooltip({
  datum,
  share,
  hint,
  lang,
}: {
  datum: BarDatum;
  share?: number;
  hint: string;
  lang: Language;
}) {
  const { t } = useT('overview');
  const budget = formatUsd(datum.budget, lang);
  return (
    <TooltipBox
      title={datum.label}
      lines={[
        { value: share === undefined ? budget : `${budget} · ${formatPercent(share, lang)}` },
        {
          value: t('interact.tooltipProjects', {
            count: datum.count,
            n: formatNumber(datum.count, lang),
          }),
        },
      ]}
      hint={hint}
    />
  );
}
