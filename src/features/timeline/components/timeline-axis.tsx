import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes/languages';
import { localeOf } from '@/lib/format';
import {
  labelInside,
  monthFirst,
  monthLabelStyle,
  type Tick,
  type TimeScale,
} from '../lib/time-scale';

interface AxisProps {
  scale: TimeScale;
  years: readonly Tick[];
  months: readonly Tick[];
  labelWidth: number;
  width: number;
  dataDateX: number;
  /** The year at the left edge of the view, when no year label is there to say it. */
  edgeYear: number | undefined;
  scrollLeft: number;
  /** Width of the track in view: labels are drawn only where they are whole inside it. */
  visible: number;
  lang: Language;
}

/** Room a label takes from its tick (3 px in, and its text at the axis' font size), generously. */
const YEAR_LABEL_PX = 38;
const MONTH_LABEL_PX = { short: 40, narrow: 14 } as const;

const monthNames = new Map<string, Intl.DateTimeFormat>();
function monthName(tick: Tick, lang: Language, style: 'short' | 'narrow'): string {
  let format = monthNames.get(`${lang}:${style}`);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { month: style, timeZone: 'UTC' });
    monthNames.set(`${lang}:${style}`, format);
  }
  return format.format(new Date(monthFirst(tick.year, tick.month ?? 1) * 86_400_000));
}

/**
 * The sticky time axis: year ticks (labelled as room allows), month ticks when zoomed in, and the
 * data date flag. Hidden from assistive technology: every bar states its dates in words.
 */
export function TimelineAxis({
  scale,
  years,
  months,
  labelWidth,
  width,
  dataDateX,
  edgeYear,
  scrollLeft,
  visible,
  lang,
}: AxisProps) {
  const { t } = useT('timeline');
  const flagOnLeft = dataDateX > scale.width / 2;
  const monthStyle = monthLabelStyle(scale);
  const from = scrollLeft;
  const to = scrollLeft + visible;
  return (
    <div className="tl-axis" style={{ width }} aria-hidden="true">
      <div className="tl-axis-corner" style={{ width: labelWidth }}>
        {t('axis.project')}
      </div>
      <div className="tl-axis-track" style={{ left: labelWidth, width: scale.width }}>
        {years.map((tick) => (
          <div
            key={tick.year}
            className="tl-tick tl-tick-year"
            style={{ left: tick.x }}
            data-testid={`year-tick-${tick.year}`}
          >
            {labelInside(tick, YEAR_LABEL_PX, from, to) ? (
              <span className="tl-tick-label">{tick.year}</span>
            ) : null}
          </div>
        ))}
        {months.map((tick) => (
          <div
            key={`${tick.year}-${tick.month}`}
            className="tl-tick tl-tick-month"
            style={{ left: tick.x }}
          >
            {labelInside(tick, MONTH_LABEL_PX[monthStyle], from, to) ? (
              <span className="tl-tick-label">{monthName(tick, lang, monthStyle)}</span>
            ) : null}
          </div>
        ))}
        {edgeYear === undefined ? null : (
          <span className="tl-edge-year" style={{ left: scrollLeft }}>
            {edgeYear}
          </span>
        )}
        <div
          className={flagOnLeft ? 'tl-data-flag tl-data-flag-left' : 'tl-data-flag'}
          style={{ left: dataDateX }}
        >
          {t('axis.dataDate')}
        </div>
      </div>
    </div>
  );
}

/** Vertical lines behind the bars at the visible ticks, and the data-date line. */
export function TimelineGrid({
  years,
  months,
  labelWidth,
  height,
  dataDateX,
}: Omit<AxisProps, 'scale' | 'width' | 'lang' | 'edgeYear' | 'scrollLeft' | 'visible'> & {
  height: number;
}) {
  return (
    <div className="tl-grid" style={{ left: labelWidth, height }} aria-hidden="true">
      {years.map((tick) => (
        <div key={tick.year} className="tl-grid-line tl-grid-year" style={{ left: tick.x }} />
      ))}
      {months.map((tick) => (
        <div
          key={`${tick.year}-${tick.month}`}
          className="tl-grid-line tl-grid-month"
          style={{ left: tick.x }}
        />
      ))}
      <div
        className="tl-grid-line tl-data-line"
        style={{ left: dataDateX }}
        data-testid="data-date-line"
      />
    </div>
  );
}
