import { useT } from '@/hooks/i18n';
import { memo, useRef } from 'react';
import { sameData } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatPercent } from '@/lib/format';
import { STATUS_COLOURS, seriesColour } from '@/lib/palette';
import type { BarDatum } from '../lib/chart-data';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartLegend } from './chart-legend';
import { BudgetTooltip } from './chart-tooltip';
import '../i18n';

interface StatusChartProps {
  slices: BarDatum[];
  title: string;
  lang: Language;
  onSelect: (status: string) => void;
  isActive: (status: string) => boolean;
}

/** The picture's height, the room around the ring, and its radii as shares of the room. */
const HEIGHT = 220;
const MARGIN = 5;
const INNER = 0.52;
const OUTER = 0.88;

/** One slice: from `start` to `end`, in turns (0 = three o'clock, counter-clockwise). */
interface Arc {
  start: number;
  end: number;
}

/**
 * A donut of the budget by status, its slices named in a legend whose entries filter by status:
 * plain SVG, one path a slice. A click on a slice filters by its status; the legend's buttons are
 * the keyboard's way to the same, so the picture itself is an image named by its title.
 *
 * It renders again only when its slices, labels, selection or width change.
 */
export const StatusChart = memo(function StatusChart({
  slices,
  title,
  lang,
  onSelect,
  isActive,
}: StatusChartProps) {
  const { t } = useT('overview');
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 480);
  const total = slices.reduce((sum, s) => sum + Math.max(0, s.budget), 0);
  const colours = slices.map((s, i) => STATUS_COLOURS[s.key] ?? seriesColour(i));
  const shares = slices.map((s) => (total > 0 ? Math.max(0, s.budget) / total : 0));
  const arcs: Arc[] = [];
  let turned = 0;
  for (const share of shares) {
    arcs.push({ start: turned, end: turned + share });
    turned += share;
  }
  const cx = width / 2;
  const cy = HEIGHT / 2;
  const room = Math.min(width, HEIGHT) / 2 - MARGIN;
  const outer = room * OUTER;
  const inner = room * INNER;
  /** The slice under a point: by its angle, when it lies in the ring. */
  const sliceAt = ({ x, y }: { x: number; y: number }) => {
    const r = Math.hypot(x - cx, y - cy);
    if (r < inner || r > outer) return undefined;
    const turn = (Math.atan2(-(y - cy), x - cx) / (2 * Math.PI) + 1) % 1;
    const index = arcs.findIndex(
      (arc) => arc.end > arc.start && turn >= arc.start && turn < arc.end,
    );
    return index < 0 ? undefined : index;
  };
  return (
    <ChartFrame
      container={container}
      className="status-chart"
      width={width}
      height={HEIGHT}
      title={title}
      description={t('interact.sliceHint')}
      count={slices.length}
      itemAt={sliceAt}
      onSelect={(index) => {
        const slice = slices[index];
        if (slice) onSelect(slice.key);
      }}
      tooltip={(index) => (
        <BudgetTooltip
          datum={slices[index]!}
          share={shares[index]!}
          hint={t('interact.tooltipClick')}
          lang={lang}
        />
      )}
      below={
        <ChartLegend
          items={slices.map((s, i) => ({
            key: s.key,
            label: s.label,
            colour: colours[i]!,
            detail: formatPercent(shares[i]!, lang),
          }))}
          action={{
            label: (item) => t('interact.filterBy', { label: item.label }),
            onSelect,
            isActive,
          }}
        />
      }
    >
      {() =>
        slices.map((slice, i) =>
          arcs[i]!.end > arcs[i]!.start ? (
            <path
              key={slice.key}
              className="chart-slice"
              d={ringPath(cx, cy, inner, outer, arcs[i]!)}
              fill={colours[i]}
              stroke="#fff"
              strokeWidth={2}
            />
          ) : null,
        )
      }
    </ChartFrame>
  );
}, sameData);

/** A point at `radius` from the centre, `turn` of the way round counter-clockwise from three o'clock. */
function polar(cx: number, cy: number, radius: number, turn: number): string {
  const angle = turn * 2 * Math.PI;
  return `${cx + radius * Math.cos(angle)},${cy - radius * Math.sin(angle)}`;
}

/** A slice of a ring as a closed path (a whole ring in two halves, as one arc cannot close). */
function ringPath(cx: number, cy: number, inner: number, outer: number, arc: Arc): string {
  const sweep = arc.end - arc.start;
  if (sweep >= 0.9999) {
    const half = arc.start + 0.5;
    return (
      `M${polar(cx, cy, outer, arc.start)}A${outer},${outer} 0 1 0 ${polar(cx, cy, outer, half)}` +
      `A${outer},${outer} 0 1 0 ${polar(cx, cy, outer, arc.start)}` +
      `M${polar(cx, cy, inner, arc.start)}A${inner},${inner} 0 1 1 ${polar(cx, cy, inner, half)}` +
      `A${inner},${inner} 0 1 1 ${polar(cx, cy, inner, arc.start)}Z`
    );
  }
  const large = sweep > 0.5 ? 1 : 0;
  return (
    `M${polar(cx, cy, outer, arc.start)}` +
    `A${outer},${outer} 0 ${large} 0 ${polar(cx, cy, outer, arc.end)}` +
    `L${polar(cx, cy, inner, arc.end)}` +
    `A${inner},${inner} 0 ${large} 1 ${polar(cx, cy, inner, arc.start)}Z`
  );
}
