import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '@/components/charts/chart-card';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { useExplore } from '@/lib/portfolio/explore-context';
import { spendingRows, spendingTable, type SpendingRow } from '../lib/money-chart-data';
import { ChartLegend } from './chart-legend';
import { TooltipBox } from './chart-tooltip';
import '../i18n';

const SERIES = [
  { key: 'budget', colour: PALETTE[0] },
  { key: 'disbursed', colour: PALETTE[4] },
  { key: 'spent', colour: PALETTE[5] },
] as const;

/**
 * Budget by funding year beside disbursements and expenditure by the year they happened, from the
 * engine's one pass (view.byYear and view.spendingByYear).
 */
export function SpendingCard() {
  const { t } = useTranslation('overview');
  const { view, lang } = useExplore();
  const rows = spendingRows(view.byYear, view.spendingByYear);
  const title = t('charts.spending');
  const label = (key: (typeof SERIES)[number]['key']) => t(`spending.${key}`);
  const data = spendingTable(
    rows,
    {
      year: t('columns.yearShort'),
      budget: label('budget'),
      disbursed: label('disbursed'),
      spent: label('spent'),
    },
    lang,
  );
  return (
    <ChartCard title={title} note={t('notes.spending')} data={data} fileName="budget-and-spending">
      <div className="chart-canvas">
        <ChartLegend items={SERIES.map((s) => ({ ...s, label: label(s.key) }))} />
        <ResponsiveContainer width="100%" height={280}>
          <BarChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
            title={title}
            barGap={1}
          >
            <CartesianGrid vertical={false} stroke="#e3e8ee" />
            <XAxis dataKey="year" tickLine={false} tickMargin={6} minTickGap={8} />
            <YAxis
              tickFormatter={(v: number) => formatUsdCompact(v, lang)}
              width={88}
              tickCount={5}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              cursor={{ fill: 'rgb(0 114 178 / 8%)' }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as SpendingRow | undefined;
                if (!active || !row) return null;
                return (
                  <TooltipBox
                    title={String(row.year)}
                    lines={SERIES.map((s) => ({
                      name: label(s.key),
                      value: formatUsd(row[s.key], lang),
                      colour: s.colour,
                    }))}
                  />
                );
              }}
            />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} fill={s.colour} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
