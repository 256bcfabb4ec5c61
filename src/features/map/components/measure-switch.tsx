import { useT } from '@/hooks/i18n';
import { memo } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { MEASURES, type Measure } from '../lib/map-data';
import '../i18n';

/**
 * "Measure": colour the map by budget or by number of projects. Drawn again only when the measure
 * or the language changes, not with each new set of figures the card around it draws.
 */
export const MeasureSwitch = memo(function MeasureSwitch({
  value,
  onChange,
}: {
  value: Measure;
  onChange: (measure: Measure) => void;
}) {
  const { t } = useT('map');
  return (
    <SegmentedControl
      className="map-measure"
      label={t('measure')}
      options={MEASURES}
      value={value}
      optionLabel={(measure) => t(`measures.${measure}`)}
      onChange={onChange}
    />
  );
});
