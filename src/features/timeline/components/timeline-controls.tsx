import { memo } from 'react';
import { useT } from '@/hooks/i18n';
import { GROUP_BYS, type GroupBy } from '@/domain/engine/timeline-groups';
import { ZOOM_LEVELS, type ZoomLevel } from '../lib/time-scale';

interface TimelineControlsProps {
  groupBy: GroupBy;
  zoom: ZoomLevel;
  onGroupBy: (groupBy: GroupBy) => void;
  onZoom: (zoom: ZoomLevel) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** Group by, zoom, and expanding or collapsing every group at once. */
export const TimelineControls = memo(function TimelineControls({
  groupBy,
  zoom,
  onGroupBy,
  onZoom,
  onExpandAll,
  onCollapseAll,
}: TimelineControlsProps) {
  const { t } = useT('timeline');
  return (
    <div className="tl-controls" role="group" aria-label={t('controls')}>
      <div className="tl-control">
        <label htmlFor="timeline-group-by">{t('groupBy')}</label>
        <select
          id="timeline-group-by"
          value={groupBy}
          onChange={(e) => onGroupBy(e.target.value as GroupBy)}
        >
          {GROUP_BYS.map((by) => (
            <option key={by} value={by}>
              {t(`groupByOption.${by}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="tl-control">
        <label htmlFor="timeline-zoom">{t('zoom')}</label>
        <select
          id="timeline-zoom"
          value={zoom}
          onChange={(e) => onZoom(e.target.value as ZoomLevel)}
        >
          {ZOOM_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`zoomLevel.${level}`)}
            </option>
          ))}
        </select>
      </div>
      {groupBy === 'none' ? null : (
        <div className="tl-control tl-control-buttons">
          <button type="button" className="button" onClick={onExpandAll}>
            {t('expandAll')}
          </button>
          <button type="button" className="button" onClick={onCollapseAll}>
            {t('collapseAll')}
          </button>
        </div>
      )}
    </div>
  );
});
