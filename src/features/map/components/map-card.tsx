import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES_BY_REGION } from '@/domain/codes/countries';
import { ChartCard } from '@/components/charts/chart-card';
import { useScreenParam } from '@/hooks/use-view-state';
import { useMapModel } from '../hooks/use-map-model';
import { ChoroplethLoader } from './choropleth-loader';
import { MapLegend } from './map-legend';
import { MeasureSwitch } from './measure-switch';
import { RegionHighlight } from './region-highlight';
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
  const { t } = useTranslation('map');
  // In the URL (`measure`, `highlight`), so a copied link and Back show the same map. The compact
  // map has no highlight control, so it outlines nothing whatever the URL says.
  const [measure, setMeasure] = useScreenParam('measure');
  const [highlighted, setHighlighted] = useScreenParam('highlight');
  const region = compact ? undefined : highlighted;
  const model = useMapModel(measure);
  const highlight = useMemo(
    () => new Set<string>(region ? COUNTRIES_BY_REGION[region] : []),
    [region],
  );
  const heading = title ?? t(`title.${measure}`);
  const controls = (
    <div className="map-controls no-print">
      <MeasureSwitch value={measure} onChange={setMeasure} />
      {compact ? null : (
        <RegionHighlight
          value={region ?? ''}
          onChange={(code) => setHighlighted(code === '' ? undefined : code)}
          lang={model.lang}
        />
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
}
