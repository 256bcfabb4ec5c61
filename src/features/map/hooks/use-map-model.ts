import { useT } from '@/hooks/i18n';
import { useMemo } from 'react';
import { regions } from '@/domain/codes/regions';
import type { ChartData } from '@/components/charts/chart-card';
import { formatNumber, formatUsd, formatUsdCompact } from '@/lib/format';
import type { Facet } from '@/domain/filters';
import type { CountryBin } from '@/domain/engine/types';
import type { Language } from '@/domain/codes/languages';
import { classColours, NO_PROJECTS_COLOUR } from '../lib/colours';
import {
  countryData,
  measureOf,
  scaleFor,
  sortByMeasure,
  type CountryDatum,
  type LegendItem,
  type Measure,
} from '../lib/map-data';
import { lowerOf } from '../lib/quantize';
import '../i18n';

/**
 * States' accessible names by language and figures: a filter click names every state again, and
 * most of them (all of them, clicking back) read as before. At most MAX_LABELS, a few views' worth.
 */
const labels = new Map<string, string>();
const MAX_LABELS = 2000;
/** The table's rows, kept the same way: most of a view's states read as in a recent one. */
const tableRows = new Map<string, ChartData['rows'][number]>();

/**
 * Everything the map and its table show for the figures, the Country filter and the measure, in
 * the language. Its caller renders it again only when one of them changes (MapCard's view is
 * memoised on them), so a view whose states' figures are unchanged rebuilds nothing.
 */
export function useMapModel(
  byCountry: readonly CountryBin[],
  countries: readonly string[],
  lang: Language,
  measure: Measure,
  selectOnly: (facet: Facet, value: string) => void,
) {
  const { t } = useT('map');
  // Both figures per state come from the engine (in the Worker for a large portfolio): the map
  // never walks the projects.
  return useMemo(() => {
    const data = countryData(byCountry, lang);
    const byCode = new Map(data.map((d) => [d.code, d]));
    const scale = scaleFor(data, measure);
    const colours = classColours(scale.uppers.length);
    const fillOf = (d: CountryDatum) =>
      colours[scale.classOf(measureOf(d, measure))] ?? NO_PROJECTS_COLOUR;
    const projects = (count: number) => t('projectCount', { count, n: formatNumber(count, lang) });
    const describe = (d: CountryDatum) => {
      const key = `${lang} ${d.code} ${d.budget} ${d.projectsTotal} ${d.count}`;
      let label = labels.get(key);
      if (label === undefined) {
        if (labels.size >= MAX_LABELS) labels.clear();
        label = t('countryLabel', {
          name: d.name,
          budget: formatUsd(d.budget, lang),
          total: formatUsd(d.projectsTotal, lang),
          projects: projects(d.count),
        });
        labels.set(key, label);
      }
      return label;
    };

    const bound = (v: number) =>
      measure === 'budget' ? formatUsdCompact(v, lang) : formatNumber(v, lang);
    const classLabel = (i: number) => {
      const upper = scale.uppers[i] ?? 0;
      const lower = lowerOf(scale, i);
      if (measure === 'budget')
        return i === 0
          ? t('legend.upTo', { to: bound(upper) })
          : t('legend.range', { from: bound(lower), to: bound(upper) });
      return lower + 1 === upper
        ? bound(upper)
        : t('legend.range', { from: bound(lower + 1), to: bound(upper) });
    };
    const legendItems: LegendItem[] = [
      ...colours.map((colour, i) => ({ colour, label: classLabel(i) })),
      { colour: NO_PROJECTS_COLOUR, label: t('legend.noProjects') },
    ];

    const rows = sortByMeasure(data, measure, lang);
    const [drawn, notDrawn] = [t('drawn'), t('notDrawn')];
    const onMap = (d: CountryDatum) => (d.drawn ? drawn : notDrawn);
    const regionLabel = (d: CountryDatum) =>
      d.region ? regions.label(d.region, lang) : t('noRegionLabel');
    const chartData: ChartData = {
      columns: [
        { key: 'country', label: t('columns.country') },
        { key: 'code', label: t('columns.code') },
        { key: 'region', label: t('columns.region') },
        { key: 'budget', label: t('columns.budget'), numeric: true },
        { key: 'projects', label: t('columns.projects'), numeric: true },
        { key: 'projectsTotal', label: t('columns.projectsTotal'), numeric: true },
        { key: 'onMap', label: t('columns.onMap') },
      ],
      rows: rows.map((d) => {
        const key = `${lang} ${d.code} ${d.budget} ${d.projectsTotal} ${d.count}`;
        let row = tableRows.get(key);
        if (row === undefined) {
          if (tableRows.size >= MAX_LABELS) tableRows.clear();
          row = {
            key: d.code,
            cells: [
              d.name,
              d.code,
              regionLabel(d),
              Math.round(d.budget * 100) / 100,
              d.count,
              d.projectsTotal,
              onMap(d),
            ],
            display: [
              d.name,
              d.code,
              regionLabel(d),
              formatUsd(d.budget, lang),
              formatNumber(d.count, lang),
              formatUsd(d.projectsTotal, lang),
              onMap(d),
            ],
          };
          tableRows.set(key, row);
        }
        return row;
      }),
    };
    return {
      data: byCode,
      undrawn: rows.filter((d) => !d.drawn),
      fillOf,
      describe,
      legend: { title: t(`legend.${measure}`), items: legendItems },
      chartData,
      selected: new Set(countries),
      select: (code: string) => selectOnly('country', code),
      lang,
    };
  }, [byCountry, lang, measure, countries, selectOnly, t]);
}

/** The map's model, as the map components receive it. */
export type MapModel = ReturnType<typeof useMapModel>;
