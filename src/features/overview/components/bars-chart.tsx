import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '@/domain/codes/languages';
import { formatNumber, formatUsd, formatUsdCompact } from '@/lib/format';
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
  /** Width of the category labels, in pixels. */
  labelWidth?: number;
}

const ROW_HEIGHT = 30;
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
  const height = Math.max(120, bars.length * ROW_HEIGHT + 40);
  return (
    <div ref={container} className="chart-canvas">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
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
            width={labelWidth}
            interval={0}
            tickLine={false}
            tick={<CategoryTick maxChars={Math.floor(labelWidth / 6.6)} />}
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
