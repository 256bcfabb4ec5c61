import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type Measure } from '../lib/map-data';
import '../i18n';

/** "Measure": colour the map by budget or by number of projects. */
export function MeasureSwitch({
  value,
  onChange,
}: {
  value: Measure;
  onChange: (measure: Measure) => void;
}) {
  const { t } = useTranslation('map');
  const name = useId();
  return (
    <fieldset className="map-measure">
      <legend>{t('measure')}</legend>
      {MEASURES.map((measure) => (
        <label key={measure}>
          <input
            type="radio"
            name={name}
            value={measure}
            checked={value === measure}
            onChange={() => onChange(measure)}
          />
          {t(`measures.${measure}`)}
        </label>
      ))}
    </fieldset>
  );
}
