import type { ChartData } from '@/components/charts/chart-card';
import { facetValueLabel } from '@/components/filters/facet-options';
import type { Language } from '@/domain/codes/languages';
import { compareTypeCodes } from '@/domain/codes/project-types';
import { statuses } from '@/domain/codes/statuses';
import type { Bin, StackedBin } from '@/domain/engine/types';
import type { Facet } from '@/domain/filters';
import type { YEAR_STACKS } from '@/domain/screen-params';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';

/** One bar or slice: what the chart draws and the filter value a click on it applies. */
export interface BarDatum {
  key: string;
  label: string;
  budget: number;
  count: number;
}

/** Column headings of a one-series chart's table. */
export interface BarHeadings {
  category: string;
  budget: string;
  projects: string;
  /** When given, a column with each bar's share of the bars' total budget. */
  share?: string;
}

/**
 * The bars of a facet, in the engine's order, without the values no matching project has
 * (the engine lists every code, so that filtered-out regions would otherwise show as empty bars).
 */
export function barsOf(
  bins: readonly Bin<string | number>[],
  facet: Facet,
  lang: Language,
): BarDatum[] {
  return bins
    .filter((bin) => bin.count > 0)
    .map((bin) => {
      const key = String(bin.key);
      return {
        key,
        label: facetValueLabel(facet, key, lang),
        budget: bin.budget,
        count: bin.count,
      };
    });
}

/** How many countries the countries chart shows. */
export const TOP_COUNTRIES = 15;

/** The countries with the largest (equally split) budgets, and how many states there are in all. */
export function topCountries(
  byCountry: readonly Bin[],
  lang: Language,
  limit: number = TOP_COUNTRIES,
): { bars: BarDatum[]; states: number } {
  return { bars: barsOf(byCountry.slice(0, limit), 'country', lang), states: byCountry.length };
}

/** The table (and CSV) of a one-series chart: exactly its bars' numbers. */
export function barsTable(
  bars: readonly BarDatum[],
  headings: BarHeadings,
  lang: Language,
): ChartData {
  const total = bars.reduce((sum, bar) => sum + bar.budget, 0);
  const share = (bar: BarDatum) => (total > 0 ? bar.budget / total : 0);
  const columns: ChartData['columns'] = [
    { key: 'label', label: headings.category },
    { key: 'budget', label: headings.budget, numeric: true },
    ...(headings.share ? [{ key: 'share', label: headings.share, numeric: true }] : []),
    { key: 'projects', label: headings.projects, numeric: true },
  ];
  return {
    columns,
    rows: bars.map((bar) => ({
      key: bar.key,
      cells: [bar.label, bar.budget, ...(headings.share ? [share(bar)] : []), bar.count],
      display: [
        bar.label,
        formatUsd(bar.budget, lang),
        ...(headings.share ? [formatPercent(share(bar), lang)] : []),
        formatNumber(bar.count, lang),
      ],
    })),
  };
}

/** Every year from the smallest to the largest given, ascending (none for none). */
export function continuousYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** What the year chart stacks by, as the URL's `stack` parameter allows it. */
export type StackDimension = (typeof YEAR_STACKS)[number];

/** One series of a stacked chart: a status or type code and its label. */
export interface Series {
  key: string;
  label: string;
}

/** One funding year's column: its total and one number per series code. */
export type StackedRow = { year: number; total: number } & Record<string, number>;

/**
 * The year chart's columns and series. Series follow the code list's order (so colours stay put
 * when filters change) and leave out codes with no budget in any shown year.
 */
export function stackedOf(
  bins: readonly StackedBin[],
  dimension: StackDimension,
  lang: Language,
): { series: Series[]; rows: StackedRow[] } {
  const held = [...new Set(bins.flatMap((bin) => Object.keys(bin.parts)))];
  const ordered =
    dimension === 'status'
      ? statuses.codes.filter((code) => held.includes(code))
      : held.sort(compareTypeCodes);
  const codes = ordered.filter((code) => bins.some((bin) => (bin.parts[code] ?? 0) !== 0));
  const byYear = new Map(bins.map((bin) => [bin.year, bin]));
  // Every year from the first to the last: a year without budget stays on the axis as an empty
  // column, so 2008, 2013 and 2014 are not drawn as neighbours.
  const rows = continuousYears(bins.map((bin) => bin.year)).map((year) => {
    const bin = byYear.get(year);
    const row: StackedRow = { year, total: bin?.total ?? 0 } as StackedRow;
    for (const code of codes) row[code] = bin?.parts[code] ?? 0;
    return row;
  });
  return {
    series: codes.map((code) => ({ key: code, label: facetValueLabel(dimension, code, lang) })),
    rows,
  };
}

/** The year chart's table: a row per year, a column per series and the year's total. */
export function stackedTable(
  rows: readonly StackedRow[],
  series: readonly Series[],
  headings: { year: string; total: string },
  lang: Language,
): ChartData {
  return {
    columns: [
      { key: 'year', label: headings.year },
      ...series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
      { key: 'total', label: headings.total, numeric: true },
    ],
    rows: rows.map((row) => {
      const values = [...series.map((s) => row[s.key] ?? 0), row.total];
      return {
        key: String(row.year),
        cells: [String(row.year), ...values],
        display: [String(row.year), ...values.map((v) => formatUsd(v, lang))],
      };
    }),
  };
}

/**
 * Splits an axis label into at most `maxLines` lines no wider than `maxWidth`, breaking between
 * words and ending with "…" when the label is longer (the label's title, the tooltip and the
 * table show it whole). Width is what `measure` says: characters by default, pixels when the
 * chart passes a text measurer.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (text: string) => number = (t) => t.length,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const fit = (l: string, force = false) => clip(l, maxWidth, measure, force);
  if (lines.length <= maxLines) return lines.map((l) => fit(l));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, true);
  return kept.map((l) => fit(l));
}

function clip(
  line: string,
  maxWidth: number,
  measure: (text: string) => number,
  force: boolean,
): string {
  if (measure(line) <= maxWidth && !force) return line;
  let end = line.length - 1;
  while (end > 1 && measure(`${line.slice(0, end).trimEnd()}…`) > maxWidth) end--;
  return `${line.slice(0, Math.max(1, end)).trimEnd()}…`;
}
