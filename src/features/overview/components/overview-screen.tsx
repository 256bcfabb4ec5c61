import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplore } from '@/lib/portfolio/explore-context';
import { PALETTE } from '@/lib/palette';
import { barsOf, topCountries, TOP_COUNTRIES } from '../lib/chart-data';
import { BarsCard } from './bars-card';
import { KpiTiles } from './kpi-tiles';
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
  const { t } = useTranslation('overview');
  const { view, lang } = useExplore();
  const countries = topCountries(view.byCountry, lang);
  const countriesNote = (
    <>
      {t('notes.equalSplit')}{' '}
      {countries.states > TOP_COUNTRIES
        ? t('notes.topOf', { shown: TOP_COUNTRIES, states: countries.states })
        : null}
    </>
  );
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
        />
        <StatusCard />
        <div className="overview-wide">
          <YearCard />
        </div>
        <BarsCard
          title={t('charts.type')}
          facet="type"
          category={t('columns.type')}
          bars={barsOf(view.byType, 'type', lang)}
          colour={PALETTE[2]}
          fileName="budget-by-type"
          labelWidth={200}
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
        />
        {mapSlot ? <div className="overview-map">{mapSlot}</div> : null}
      </div>
    </div>
  );
}
