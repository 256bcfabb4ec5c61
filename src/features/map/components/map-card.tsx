import { useT } from '@/hooks/i18n';
import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { COUNTRIES_BY_REGION } from '@/domain/codes/countries';
import { ChartCard } from '@/components/charts/chart-card';
import { chartCard } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import type { CountryBin } from '@/domain/engine/types';
import type { Facet } from '@/domain/filters';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { useScreenParam } from '@/hooks/use-view-state';
import type { Measure } from '../lib/map-data';
import { useMapModel } from '../hooks/use-map-model';
import { ChoroplethLoader } from './choropleth-loader';
import { MapLegend } from './map-legend';
import { MeasureSwitch } from './measure-switch';
import { RegionHighlight, type MapRegion } from './region-highlight';
import { SmallStates } from './small-states';
import '../map.css';
import '../i18n';

interface MapCardProps {
  /** The Overview's smaller map: no region highlight, small states named only in the table. */
  compact?: boolean;
  title?: string;
  /** Said after the note on how budgets are split (e.g. a link to the full map). */
  more?: ReactNode;
}

/** The choropleth of budget or projects per benefiting state in a chart card with its table. */
export function MapCard({ compact = false, title, more }: MapCardProps) {
  const { view, lang, filters, selectOnly } = useExplore();
  // In the URL (`measure`, `highlight`), so a copied link and Back show the same map. The compact
  // map has no highlight control, so it outlines nothing whatever the URL says.
  const [measure, setMeasure] = useScreenParam('measure');
  const [highlighted, setHighlighted] = useScreenParam('highlight');
  // The setters change with the address: the card below gets callbacks that keep their identity.
  const latest = useRef({ setMeasure, setHighlighted });
  useLayoutEffect(() => {
    latest.current = { setMeasure, setHighlighted };
  });
  const onMeasure = useCallback((value: Measure) => latest.current.setMeasure(value), []);
  const onHighlight = useCallback(
    (code: MapRegion | '') => latest.current.setHighlighted(code === '' ? undefined : code),
    [],
  );
  return (
    <MapCardView
      byCountry={view.byCountry}
      countries={filters.country}
      lang={lang}
      selectOnly={selectOnly}
      measure={measure}
      region={compact ? undefined : highlighted}
      compact={compact}
      title={title}
      more={more}
      onMeasure={onMeasure}
      onHighlight={onHighlight}
    />
  );
}

interface MapCardViewProps {
  byCountry: readonly CountryBin[];
  countries: readonly string[];
  lang: Language;
  selectOnly: (facet: Facet, value: string) => void;
  measure: Measure;
  region: MapRegion | undefined;
  compact: boolean;
  title: string | undefined;
  more: ReactNode;
  onMeasure: (measure: Measure) => void;
  onHighlight: (code: MapRegion | '') => void;
}

/**
 * The card itself: drawn again only when the states' figures, the Country filter, the measure,
 * the highlight or the language change — not for a view whose states read as before.
 */
const MapCardView = chartCard(function MapCardView({
  byCountry,
  countries,
  lang,
  selectOnly,
  measure,
  region,
  compact,
  title,
  more,
  onMeasure,
  onHighlight,
}: MapCardViewProps) {
  const { t } = useT('map');
  const model = useMapModel(byCountry, countries, lang, measure, selectOnly);
  const highlight = useMemo(
    () => new Set<string>(region ? COUNTRIES_BY_REGION[region] : []),
    [region],
  );
  const heading = title ?? t(`title.${measure}`);
  const controls = (
    <div className="map-controls no-print">
      <MeasureSwitch value={measure} onChange={onMeasure} />
      {compact ? null : (
        <RegionHighlight value={region ?? ''} onChange={onHighlight} lang={model.lang} />
      )}
    </div>
  );
  return (
    <ChartCard
      title={heading}
      note={
        <>
          {t('splitNote')} {more}
        </>
      }
      controls={controls}
      data={model.chartData}
      fileName={`${measure}-by-benefiting-state`}
      rowAction={{
        label: (row) => t('filterBy', { name: row.display[0] }),
        onSelect: model.select,
        isActive: (code) => model.selected.has(code),
      }}
    >
      <div className={compact ? 'map-figure map-figure-compact' : 'map-figure'}>
        <div className="map-main">
          <ChoroplethLoader
            data={model.data}
            fillOf={model.fillOf}
            selected={model.selected}
            highlight={highlight}
            label={t(compact ? 'previewLabel' : 'mapLabel', { title: heading })}
            lang={model.lang}
            describe={model.describe}
            onSelect={model.select}
            legend={model.legend}
            preview={compact}
          />
          {/* The compact map names them too: Kiribati may be fourth in its region. */}
          {model.undrawn.length > 0 ? (
            <SmallStates
              states={model.undrawn}
              lang={model.lang}
              describe={model.describe}
              selected={model.selected}
              onSelect={model.select}
              brief={compact}
            />
          ) : null}
        </div>
        <MapLegend title={model.legend.title} items={model.legend.items} />
      </div>
    </ChartCard>
  );
});
