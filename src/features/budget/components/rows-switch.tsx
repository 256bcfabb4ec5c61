import { useTranslation } from 'react-i18next';
import type { PivotDimension } from '@/domain/engine/types';
import { PIVOT_ROWS } from '@/domain/screen-params';
import '../i18n';

// The URL's `rows` values are exactly the engine's pivot dimensions.
const DIMENSIONS: readonly PivotDimension[] = PIVOT_ROWS;

/** The "Rows" switch: region, project type or country, as toggle buttons. */
export function RowsSwitch({
  value,
  onChange,
}: {
  value: PivotDimension;
  onChange: (d: PivotDimension) => void;
}) {
  const { t } = useTranslation('budget');
  return (
    <div className="rows-switch no-print" role="group" aria-label={t('pivot.rows')}>
      <span className="rows-switch-label" aria-hidden="true">
        {t('pivot.rows')}
      </span>
      {DIMENSIONS.map((dimension) => (
        <button
          key={dimension}
          type="button"
          className="button"
          aria-pressed={value === dimension}
          onClick={() => onChange(dimension)}
        >
          {t(`pivot.dimension.${dimension}`)}
        </button>
      ))}
    </div>
  );
}
