import { useTranslation } from 'react-i18next';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '@/components/charts/chart-card';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { chartCard } from '@/components/charts/same-data';
import { valueAxisWidth } from '@/components/charts/value-axis-width';
import type { Language } from '@/domain/codes/languages';
import type { Bin, SpendingYear } from '@/domain/engine/types';
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
export const SpendingCard = chartCard(function SpendingCard({
  byYear,
  spendingByYear,
  lang,
}: {
  byYear: readonly Bin<number>[];
  spendingByYear: readonly SpendingYear[];
  lang: Language;
}) {
  const { t } = useTranslation('overview');
  const rows = spendingRows(byYear, spendingByYear);
  const axisWidth = valueAxisWidth(
    rows.reduce((max, r) => Math.max(max, r.budget, r.disbursed, r.spent), 0),
    4,
    (v) => formatUsdCompact(v, lang),
  );
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
    <ChartCard
      title={title}
      note={t('notes.spending')}
      data={data}
      fileName="budget-and-spending"
      nothingToDraw={rows.every((r) => r.budget === 0 && r.disbursed === 0 && r.spent === 0)}
    >
      <div className="chart-canvas">
        <ChartLegend items={SERIES.map((s) => ({ ...s, label: label(s.key) }))} />
        <ResponsiveContainer width="100%" height={280}>
          {/* Lines, not bars: three series over every year stay within the DOM budget (DESIGN §10). */}
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} title={title}>
            <XAxis dataKey="year" tickLine={false} tickMargin={6} minTickGap={48} />
            <YAxis
              tickFormatter={(v: number) => formatUsdCompact(v, lang)}
              width={axisWidth}
              tickCount={4}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
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
              <Line
                key={s.key}
                dataKey={s.key}
                stroke={s.colour}
                strokeWidth={2}
                strokeDasharray={s.key === 'budget' ? undefined : s.key === 'spent' ? '6 3' : '2 2'}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
});
