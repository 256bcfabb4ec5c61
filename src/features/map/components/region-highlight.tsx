import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import type { Language } from '@/domain/codes/languages';
import { regions } from '@/domain/codes/regions';
import { HIGHLIGHT_REGIONS, type ScreenParamValue } from '@/domain/screen-params';
import '../i18n';

/** Regions whose states the map can outline (Global has no states of its own). */
export type MapRegion = ScreenParamValue<'highlight'>;
const MAP_REGIONS = HIGHLIGHT_REGIONS;

/** "Highlight region": outlines the states of one region on the map. */
export function RegionHighlight({
  value,
  onChange,
  lang,
}: {
  value: MapRegion | '';
  onChange: (region: MapRegion | '') => void;
  lang: Language;
}) {
  const { t } = useT('map');
  const id = useId();
  return (
    <div className="map-region">
      <label htmlFor={id}>{t('highlightRegion')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as MapRegion | '')}>
        <option value="">{t('noRegion')}</option>
        {MAP_REGIONS.map((code) => (
          <option key={code} value={code}>
            {regions.label(code, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
