import { useT } from '@/hooks/i18n';
import { SegmentedControl } from '@/components/ui/segmented-control';
import type { PivotDimension } from '@/domain/engine/types';
import { PIVOT_ROWS } from '@/domain/screen-params';
import '../i18n';

/** The "Rows" switch: region, project type or country. */
export function RowsSwitch({
  value,
  onChange,
}: {
  value: PivotDimension;
  onChange: (d: PivotDimension) => void;
}) {
  const { t } = useT('budget');
  return (
    <SegmentedControl
      className="no-print"
      label={t('pivot.rows')}
      // The URL's `rows` values are exactly the engine's pivot dimensions.
      options={PIVOT_ROWS}
      value={value}
      optionLabel={(dimension) => t(`pivot.dimension.${dimension}`)}
      onChange={onChange}
    />
  );
}
