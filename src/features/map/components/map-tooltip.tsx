import { useT } from '@/hooks/i18n';
import { regions } from '@/domain/codes/regions';
import type { Language } from '@/domain/codes/languages';
import { formatNumber, formatUsd } from '@/lib/format';
import type { CountryDatum } from '../lib/map-data';
import '../i18n';

interface MapTooltipProps {
  name: string;
  datum: CountryDatum | undefined;
  selected: boolean;
  lang: Language;
  /** Position as fractions of the map's width and height. */
  left: number;
  top: number;
}

/**
 * The figures of the state under the pointer or keyboard focus. Hidden from screen readers:
 * the state's accessible name already carries the same figures.
 */
export function MapTooltip({ name, datum, selected, lang, left, top }: MapTooltipProps) {
  const { t } = useT('map');
  // Keep the box inside the map near its edges.
  const shiftX = left < 0.2 ? '0%' : left > 0.8 ? '-100%' : '-50%';
  const below = top < 0.25;
  return (
    <div
      className="map-tooltip"
      aria-hidden="true"
      style={{
        left: `${left * 100}%`,
        top: `${top * 100}%`,
        transform: `translate(${shiftX}, ${below ? '16px' : 'calc(-100% - 12px)'})`,
      }}
    >
      <strong>{name}</strong>
      {datum ? (
        <>
          <span>{t('tooltipBudget', { value: formatUsd(datum.budget, lang) })}</span>
          <span>{t('tooltipProjectsTotal', { value: formatUsd(datum.projectsTotal, lang) })}</span>
          <span>
            {t('projectCount', { count: datum.count, n: formatNumber(datum.count, lang) })}
          </span>
          {datum.region ? (
            <span className="muted">
              {t('tooltipRegion', { region: regions.label(datum.region, lang) })}
            </span>
          ) : null}
          {selected ? <span className="map-tooltip-selected">{t('tooltipSelected')}</span> : null}
        </>
      ) : (
        <span className="muted">{t('legend.noProjects')}</span>
      )}
    </div>
  );
}
