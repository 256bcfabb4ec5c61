import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { valueAxisWidth } from '@/components/charts/value-axis-width';
import type { Language } from '@/domain/codes/languages';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import type { Series, StackedRow } from '../lib/chart-data';
import { ActiveDatumProbe, useEnterToSelect } from './chart-keyboard';
import { TooltipBox } from './chart-tooltip';
import { stackShape } from './stack-shape';
import { ChartLegend } from './chart-legend';
import '../i18n';

interface YearChartProps {
  rows: StackedRow[];
  series: (Series & { colour: string })[];
  title: string;
  lang: Language;
  onSelect: (year: string) => void;
}

const keyOfRow = (row: StackedRow) => String(row.year);

/** Columns of budget by funding year, stacked by status or type; a click filters by the year. */
export function YearChart({ rows, series, title, lang, onSelect }: YearChartProps) {
  const { t } = useTranslation('overview');
  const { setActiveKey, container } = useEnterToSelect(onSelect);
  const shape = useMemo(() => stackShape(series), [series]);
  const axisWidth = useMemo(
    () =>
      valueAxisWidth(
        rows.reduce((max, row) => Math.max(max, row.total), 0),
        5,
        (v) => formatUsdCompact(v, lang),
      ),
    [rows, lang],
  );
  return (
    <div ref={container} className="chart-canvas">
      <ChartLegend items={series} />
      <ResponsiveContainer width="100%" height={280}>
        <BarChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
          title={title}
          desc={t('interact.hint')}
          className="clickable-chart"
          onClick={(state) => {
            const row = rows[Number(state.activeIndex)];
            if (state.activeIndex !== undefined && row) onSelect(String(row.year));
          }}
        >
          <CartesianGrid vertical={false} stroke="#e3e8ee" />
          <XAxis dataKey="year" tickLine={false} tickMargin={6} minTickGap={8} />
          <YAxis
            tickFormatter={(v: number) => formatUsdCompact(v, lang)}
            width={axisWidth}
            tickCount={5}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            cursor={{ fill: 'rgb(0 114 178 / 8%)' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as StackedRow | undefined;
              if (!active || !row) return null;
              const lines = series
                .filter((s) => (row[s.key] ?? 0) !== 0)
                .map((s) => ({
                  name: s.label,
                  value: formatUsd(row[s.key] ?? 0, lang),
                  colour: s.colour,
                }));
              return (
                <TooltipBox
                  title={String(row.year)}
                  lines={[
                    ...lines,
                    { value: t('interact.tooltipTotal', { value: formatUsd(row.total, lang) }) },
                  ]}
                  hint={t('interact.tooltipAction')}
                />
              );
            }}
          />
          <Bar dataKey="total" shape={shape} isAnimationActive={false} maxBarSize={56} />
          <ActiveDatumProbe onActive={setActiveKey} keyOf={keyOfRow} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
