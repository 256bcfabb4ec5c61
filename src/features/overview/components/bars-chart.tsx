import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '@/domain/codes/languages';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatNumber, formatUsd, formatUsdCompact } from '@/lib/format';
import { barsLayout } from '../lib/bars-layout';
import type { BarDatum } from '../lib/chart-data';
import { CategoryTick } from './category-tick';
import { ActiveDatumProbe, useEnterToSelect } from './chart-keyboard';
import { TooltipBox } from './chart-tooltip';
import '../i18n';

interface BarsChartProps {
  bars: BarDatum[];
  title: string;
  colour: string;
  lang: Language;
  onSelect: (key: string) => void;
  /** The most the category labels may take, in pixels (less on a narrow card). */
  labelWidth?: number;
}

const keyOfBar = (bar: BarDatum) => bar.key;

/**
 * Horizontal bars of budget by category, labelled with their amounts. Clicking a bar, or Enter on
 * the bar the arrow keys reached, applies that category as the filter.
 */
export function BarsChart({
  bars,
  title,
  colour,
  lang,
  onSelect,
  labelWidth = 170,
}: BarsChartProps) {
  const { t } = useTranslation('overview');
  const { setActiveKey, container } = useEnterToSelect(onSelect, true);
  const width = useElementWidth(container, 480);
  const { valueRoom, labelRoom, lines, rowHeight } = useMemo(
    () => barsLayout(bars, width, labelWidth, (v) => formatUsdCompact(v, lang)),
    [bars, width, labelWidth, lang],
  );
  const height = Math.max(120, bars.length * rowHeight + 40);
  return (
    <div ref={container} className="chart-canvas">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: valueRoom, bottom: 4, left: 4 }}
          title={title}
          desc={t('interact.hint')}
          onClick={(state) => {
            const bar = bars[Number(state.activeIndex)];
            if (state.activeIndex !== undefined && bar) onSelect(bar.key);
          }}
          className="clickable-chart"
        >
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatUsdCompact(v, lang)}
            tickCount={4}
            minTickGap={16}
            tickLine={false}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelRoom}
            interval={0}
            tickLine={false}
            tick={<CategoryTick linesOf={(label) => lines.get(label) ?? [label]} />}
          />
          <Tooltip
            cursor={{ fill: 'rgb(0 114 178 / 8%)' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const bar = payload?.[0]?.payload as BarDatum | undefined;
              if (!active || !bar) return null;
              return (
                <TooltipBox
                  title={bar.label}
                  lines={[
                    { value: formatUsd(bar.budget, lang) },
                    {
                      value: t('interact.tooltipProjects', {
                        count: bar.count,
                        n: formatNumber(bar.count, lang),
                      }),
                    },
                  ]}
                  hint={t('interact.tooltipAction')}
                />
              );
            }}
          />
          <Bar dataKey="budget" fill={colour} isAnimationActive={false} maxBarSize={22}>
            <LabelList
              dataKey="budget"
              position="right"
              formatter={(v: unknown) => formatUsdCompact(Number(v), lang)}
              className="bar-value"
            />
          </Bar>
          <ActiveDatumProbe onActive={setActiveKey} keyOf={keyOfBar} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
