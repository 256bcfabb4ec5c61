import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/codes/languages';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';
import type { BarDatum } from '../lib/chart-data';
import '../i18n';

/** One line of a tooltip: an optional series name (with its colour swatch) and a formatted value. */
export interface TooltipLine {
  name?: string;
  value: string;
  colour?: string;
}

/** A chart tooltip's box: the bar's label, its formatted figures and what a click does. */
export function TooltipBox({
  title,
  lines,
  hint,
}: {
  title: string;
  lines: TooltipLine[];
  hint?: string;
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            {line.colour ? (
              <span className="swatch" style={{ background: line.colour }} aria-hidden="true" />
            ) : null}
            {line.name ? <span className="chart-tooltip-name">{line.name}</span> : null}
            <span className="chart-tooltip-value">{line.value}</span>
          </li>
        ))}
      </ul>
      {hint ? <p className="chart-tooltip-hint">{hint}</p> : null}
    </div>
  );
}

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
  const { t } = useTranslation('overview');
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
