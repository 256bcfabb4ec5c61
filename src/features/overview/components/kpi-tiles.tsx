import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';
import '../i18n';

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  const id = useId();
  return (
    <div className="kpi card" role="group" aria-labelledby={id}>
      <span className="kpi-label" id={id}>
        {label}
      </span>
      <span className="kpi-value">{value}</span>
      {note ? <span className="kpi-note muted">{note}</span> : null}
    </div>
  );
}

/** The headline figures of the filtered portfolio, each a group named by its label (DESIGN §8). */
export function KpiTiles() {
  const { t } = useT('overview');
  const { view, lang, held } = useExplore();
  const { kpis, money } = view;
  const hasSpending = held.spending;
  const unreported = kpis.projects - money.spentProjects;
  const ongoingShare = kpis.projects > 0 ? kpis.ongoing / kpis.projects : 0;
  return (
    <section className="kpis" aria-label={t('kpis.label')}>
      <Tile label={t('kpis.projects')} value={formatNumber(kpis.projects, lang)} />
      <Tile
        label={t('kpis.totalBudget')}
        value={formatUsd(kpis.totalBudget, lang)}
        {...(kpis.noBudget > 0
          ? { note: t('common:money.noBudget', { count: kpis.noBudget }) }
          : {})}
      />
      <Tile
        label={t('kpis.ongoing')}
        value={formatNumber(kpis.ongoing, lang)}
        note={t('kpis.ongoingShare', { share: formatPercent(ongoingShare, lang) })}
      />
      <Tile
        label={t('kpis.countries')}
        value={formatNumber(kpis.countries, lang)}
        note={t('kpis.countriesNote')}
      />
      <Tile
        label={t('kpis.medianBudget')}
        value={formatUsd(kpis.medianBudget, lang)}
        note={t('kpis.medianNote')}
      />
      {hasSpending ? (
        <>
          <Tile
            label={t('kpis.spent')}
            value={formatUsd(money.spent, lang)}
            note={
              unreported > 0
                ? t('kpis.spentUnreported', {
                    count: unreported,
                    n: formatNumber(unreported, lang),
                  })
                : t('kpis.spentNote', { disbursed: formatUsd(money.disbursed, lang) })
            }
          />
          <Tile
            label={t('kpis.spentShare')}
            value={
              money.spentBudget > 0 ? formatPercent(money.spent / money.spentBudget, lang) : '—'
            }
            note={t('kpis.spentShareNote', { budget: formatUsd(money.spentBudget, lang) })}
          />
        </>
      ) : null}
    </section>
  );
}
