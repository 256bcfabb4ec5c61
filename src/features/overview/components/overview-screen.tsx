import { useT } from '@/hooks/i18n';
import type { ReactNode } from 'react';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { formatNumber, formatUsd } from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { barsOf, topCountries, TOP_COUNTRIES } from '../lib/chart-data';
import { topFunders, TOP_FUNDERS } from '../lib/money-chart-data';
import { BarsCard } from './bars-card';
import { KpiTiles } from './kpi-tiles';
import { SpendingCard } from './spending-card';
import { StatusCard } from './status-card';
import { YearCard } from './year-card';
import '../i18n';
import '../overview.css';

interface OverviewScreenProps {
  /** A compact map provided by another feature, shown as a card beside the charts when given. */
  mapSlot?: ReactNode;
}

/** The overview: headline figures and the budget charts, all following the shared filters. */
export function OverviewScreen({ mapSlot }: OverviewScreenProps) {
  const { t } = useT('overview');
  const { view, lang, funderNames, filters, selectOnly, held } = useExplore();
  const countries = topCountries(view.byCountry, lang);
  const funders = topFunders(view.byFunder);
  const hasFunders = funderNames.size > 0;
  // Notes as text, so that a card whose figures are unchanged is not drawn again (see chartCard).
  const fundersNote = sentences(
    t('notes.funderSplit'),
    view.noFunder.count > 0
      ? t('notes.noFunder', {
          count: view.noFunder.count,
          n: formatNumber(view.noFunder.count, lang),
          budget: formatUsd(view.noFunder.budget, lang),
        })
      : '',
    funders.funders > TOP_FUNDERS
      ? t('notes.topFunders', { shown: TOP_FUNDERS, funders: funders.funders })
      : '',
  );
  const countriesNote = sentences(
    t('notes.equalSplit'),
    countries.states > TOP_COUNTRIES
      ? t('notes.topOf', { shown: TOP_COUNTRIES, states: countries.states })
      : '',
  );
  const filtering = { lang, selectOnly };
  return (
    <div className="overview">
      <h1>{t('title')}</h1>
      <KpiTiles />
      <div className="overview-grid">
        <BarsCard
          title={t('charts.region')}
          facet="region"
          category={t('columns.region')}
          bars={barsOf(view.byRegion, 'region', lang)}
          colour={PALETTE[0]}
          fileName="budget-by-region"
          selected={filters.region}
          {...filtering}
        />
        <StatusCard byStatus={view.byStatus} selected={filters.status} {...filtering} />
        <div className="overview-wide">
          <YearCard
            byYearStatus={view.byYearStatus}
            byYearType={view.byYearType}
            selected={filters.year}
            {...filtering}
          />
        </div>
        <BarsCard
          title={t('charts.type')}
          facet="type"
          category={t('columns.type')}
          bars={barsOf(view.byType, 'type', lang)}
          colour={PALETTE[2]}
          fileName="budget-by-type"
          labelWidth={200}
          selected={filters.type}
          {...filtering}
        />
        <BarsCard
          title={t('charts.countries', { count: TOP_COUNTRIES })}
          note={countriesNote}
          facet="country"
          category={t('columns.country')}
          bars={countries.bars}
          colour={PALETTE[0]}
          fileName="budget-by-country-top"
          labelWidth={150}
          selected={filters.country}
          {...filtering}
        />
        {/* Arriving from another screen above the Worker threshold, the view shown may not hold
            the spending per year yet (it is added up for this screen only): say so rather than
            draw the budget without its spending. */}
        {!view.parts.includes('spending') ? (
          held.spending || hasFunders ? (
            <div className="overview-wide">
              <section className="chart-card card" aria-label={t('charts.spending')}>
                <h2>{t('charts.spending')}</h2>
                <p className="muted" role="status">
                  {t('spending.adding')}
                </p>
              </section>
            </div>
          ) : null
        ) : view.spendingByYear.length > 0 || hasFunders ? (
          <div className="overview-wide">
            <SpendingCard byYear={view.byYear} spendingByYear={view.spendingByYear} lang={lang} />
          </div>
        ) : null}
        {hasFunders ? (
          <BarsCard
            title={t('charts.funders')}
            note={fundersNote}
            facet="funder"
            category={t('columns.funder')}
            bars={funders.bars}
            colour={PALETTE[2]}
            fileName="budget-by-funder"
            labelWidth={150}
            selected={filters.funder}
            {...filtering}
          />
        ) : null}
        {mapSlot ? <div className="overview-map">{mapSlot}</div> : null}
      </div>
    </div>
  );
}

/** Sentences of a note, the empty ones left out. */
const sentences = (...parts: string[]): string => parts.filter(Boolean).join(' ');
