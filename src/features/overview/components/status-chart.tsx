import { useTranslation } from 'react-i18next';
import { Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { Language } from '@/domain/codes/languages';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';
import { STATUS_COLOURS, seriesColour } from '@/lib/palette';
import type { BarDatum } from '../lib/chart-data';
import { ChartLegend } from './chart-legend';
import { TooltipBox } from './chart-tooltip';
import '../i18n';

interface StatusChartProps {
  slices: BarDatum[];
  title: string;
  lang: Language;
  onSelect: (status: string) => void;
  isActive: (status: string) => boolean;
}

type Slice = BarDatum & { fill: string; share: number };

/** A donut of the budget by status, its slices named in a legend whose entries filter by status. */
export function StatusChart({ slices, title, lang, onSelect, isActive }: StatusChartProps) {
  const { t } = useTranslation('overview');
  const total = slices.reduce((sum, s) => sum + s.budget, 0);
  const data: Slice[] = slices.map((s, i) => ({
    ...s,
    fill: STATUS_COLOURS[s.key] ?? seriesColour(i),
    share: total > 0 ? s.budget / total : 0,
  }));
  return (
    <div className="chart-canvas status-chart">
      <ResponsiveContainer width="100%" height={220}>
        <PieChart
          title={title}
          desc={t('interact.sliceHint')}
          accessibilityLayer={false}
          className="clickable-chart"
        >
          <Pie
            data={data}
            dataKey="budget"
            nameKey="label"
            innerRadius="52%"
            outerRadius="88%"
            stroke="#fff"
            strokeWidth={2}
            rootTabIndex={-1}
            isAnimationActive={false}
            label={false}
            onClick={(_, index) => {
              const slice = data[index];
              if (slice) onSelect(slice.key);
            }}
          />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const slice = payload?.[0]?.payload as Slice | undefined;
              if (!active || !slice) return null;
              return (
                <TooltipBox
                  title={slice.label}
                  lines={[
                    {
                      value: `${formatUsd(slice.budget, lang)} · ${formatPercent(slice.share, lang)}`,
                    },
                    {
                      value: t('interact.tooltipProjects', {
                        count: slice.count,
                        n: formatNumber(slice.count, lang),
                      }),
                    },
                  ]}
                  hint={t('interact.tooltipClick')}
                />
              );
            }}
          />
        </PieChart>
      </ResponsiveContainer>
      <ChartLegend
        items={data.map((s) => ({
          key: s.key,
          label: s.label,
          colour: s.fill,
          detail: formatPercent(s.share, lang),
        }))}
        action={{
          label: (item) => t('interact.filterBy', { label: item.label }),
          onSelect,
          isActive,
        }}
      />
    </div>
  );
}
