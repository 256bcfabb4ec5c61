import { useCallback, useState } from 'react';
import { useT } from '@/hooks/i18n';
import { formatNumber, formatUsd } from '@/lib/format';
import { useExplore, useLiveText, usePending } from '@/hooks/portfolio/explore-context';
import { useScreenParam } from '@/hooks/use-view-state';
import '../i18n';
import '../timeline.css';
import type { GroupBy } from '@/domain/engine/timeline-groups';
import { useTimelineWindow } from '../hooks/use-timeline-window';
import { TimelineChart } from './timeline-chart';
import { TimelineControls } from './timeline-controls';
import { TimelineLegend } from './timeline-legend';

const NONE_COLLAPSED: ReadonlySet<string> = new Set();

/** /timeline: a Gantt of the filtered projects, grouped, zoomable, with the data date marked. */
export function TimelineScreen() {
  const { t } = useT('timeline');
  const { t: tc } = useT();
  const { portfolio, view, lang } = useExplore();
  const pending = usePending();
  // Both are in the URL (`group`, `zoom`), so a copied link and Back show the same timeline.
  const [groupBy, setGroupBy] = useScreenParam('group');
  const [zoom, setZoom] = useScreenParam('zoom');
  const [at, setAt] = useScreenParam('at');
  // Collapsed groups belong to one grouping: switching grouping starts with every group open.
  const [collapsed, setCollapsed] = useState<{ by: GroupBy; keys: ReadonlySet<string> }>({
    by: 'region',
    keys: new Set(),
  });
  const collapsedKeys = collapsed.by === groupBy ? collapsed.keys : NONE_COLLAPSED;
  // The first row of the window of rows asked of the engine; the chart moves it as the list scrolls.
  const [offset, setOffset] = useState(0);
  // The rows, their counts and the axis come from one window: one filter state in every frame.
  const { window: rows, stale } = useTimelineWindow(groupBy, collapsedKeys, offset);
  const onAt = useCallback((value: string) => setAt(value, { replace: true }), [setAt]);

  // Stable while the grouping is: the rows' handlers depend on it, and a new one draws every row.
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const keys = new Set(current.by === groupBy ? current.keys : NONE_COLLAPSED);
        if (keys.has(key)) keys.delete(key);
        else keys.add(key);
        return { by: groupBy, keys };
      }),
    [groupBy],
  );
  const expandAll = useCallback(() => setCollapsed({ by: groupBy, keys: new Set() }), [groupBy]);
  const groups = rows?.groups;
  const collapseAll = useCallback(
    () => setCollapsed({ by: groupBy, keys: new Set(groups?.map((g) => g.key)) }),
    [groupBy, groups],
  );
  const count = rows?.matching ?? view.kpis.projects;
  const budget = rows?.budget ?? view.kpis.totalBudget;
  const n = formatNumber(count, lang);
  const summary = useLiveText(t('summary', { count, n, budget: formatUsd(budget, lang) }));

  return (
    <div className="timeline-screen">
      <header className="tl-header">
        <h1>{t('heading')}</h1>
        <p className="muted" role="status">
          {summary}
        </p>
      </header>
      <section className="card tl-card">
        <p className="chart-note">{t('intro')}</p>
        <TimelineControls
          groupBy={groupBy}
          zoom={zoom}
          onGroupBy={setGroupBy}
          onZoom={setZoom}
          onExpandAll={expandAll}
          onCollapseAll={collapseAll}
        />
        <TimelineLegend asOf={portfolio.meta.asOf} lang={lang} />
        {groupBy === 'country' ? (
          <p className="chart-note tl-country-note">{t('countryNote')}</p>
        ) : null}
        <p className="chart-note muted">
          {(rows?.byStart ?? true) ? t('orderByStart') : t('orderBySort')} {t('keyboardHint')}{' '}
          {t('outsideNote')}
        </p>
        {count === 0 ? (
          <p className="muted">{tc('chart.noData')}</p>
        ) : !rows ? (
          <p className="muted" aria-busy="true">
            {t('loadingRows')}
          </p>
        ) : (
          <TimelineChart
            rows={rows}
            onOffset={setOffset}
            groupBy={groupBy}
            zoom={zoom}
            at={at}
            onAt={onAt}
            onToggleGroup={toggle}
            listLabel={t('listLabel', { count, n })}
            noCountryLabel={t('noCountry')}
            asOf={portfolio.meta.asOf}
            lang={lang}
            busy={pending || stale}
          />
        )}
      </section>
    </div>
  );
}
