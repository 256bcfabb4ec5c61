import { useId, useRef, useState } from 'react';
import { dayOf, lastDay } from '@/domain/partial-date';
import type { ProjectSummary } from '@/domain/project';
import { formatPartialDate } from '@/lib/format';
import { useLanguage, useT } from '@/hooks/i18n';
import { STATUS_COLOURS } from '@/lib/palette';
import { useElementWidth } from '@/hooks/use-element-width';
import { axisDomain, labelStep, projectSpan } from '../lib/time-span';
import { describeSpan } from './span-text';
import '../i18n';

const HEIGHT = 84;
const PAD_X = 10;
const BAR_Y = 24;
const BAR_H = 20;
const AXIS_Y = 54;
/** How far the dashed open end reaches past the data date: a hint of "continues", not a forecast. */
const OPEN_END_DAYS = 180;

interface TimeAxisProps {
  project: Pick<ProjectSummary, 'startDate' | 'endDate' | 'status'>;
  /** The data date; an open-ended project runs to it. Without it, to today. */
  asOf: string | undefined;
}

/**
 * The project's span on a small axis of years: a bar from the first day of the start to the
 * last day of the end, a dashed open end when there is no end date, and the data date marked.
 */
export function TimeAxis({ project, asOf }: TimeAxisProps) {
  const { t } = useT('project');
  const lang = useLanguage();
  const captionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 720);
  const asOfDay = asOf === undefined ? undefined : lastDay(asOf);
  // Only until the data date arrives: the open end then runs to today.
  const [today] = useState(() => dayOf(new Date()));
  const span = projectSpan(project.startDate, project.endDate, asOfDay ?? today);
  const domain = axisDomain(span, asOfDay);
  const x = (day: number) =>
    PAD_X + ((day - domain.startDay) / (domain.endDay - domain.startDay)) * (width - 2 * PAD_X);
  const years = Array.from(
    { length: domain.lastYear - domain.firstYear + 1 },
    (_, i) => domain.firstYear + i,
  );
  const step = labelStep(years.length, width - 2 * PAD_X);
  const yearStart = (year: number) => Date.UTC(year, 0, 1) / 86_400_000;
  const text = describeSpan(project.startDate, project.endDate, span, t, lang);
  const asOfLabel =
    asOf === undefined ? undefined : t('axis.asOf', { date: formatPartialDate(asOf, lang) });
  const marker = asOfDay === undefined ? undefined : x(asOfDay + 1);
  const anchor =
    marker === undefined
      ? 'middle'
      : marker > width * 0.65
        ? 'end'
        : marker < width * 0.35
          ? 'start'
          : 'middle';

  return (
    <figure className="time-axis" aria-labelledby={captionId}>
      <figcaption id={captionId} className="time-axis-caption">
        {text}
      </figcaption>
      <div ref={ref} className="time-axis-frame">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={[t('axis.label', { span: text }), asOfLabel].filter(Boolean).join(' ')}
        >
          {years.map((year) => (
            <g key={year} className="time-axis-year">
              <line
                x1={x(yearStart(year))}
                x2={x(yearStart(year))}
                y1={BAR_Y - 6}
                y2={AXIS_Y + 5}
                className="time-axis-grid"
              />
              {(year - domain.firstYear) % step === 0 ? (
                <text
                  x={(x(yearStart(year)) + x(yearStart(year + 1))) / 2}
                  y={AXIS_Y + 18}
                  textAnchor="middle"
                  className="time-axis-tick"
                >
                  {year}
                </text>
              ) : null}
            </g>
          ))}
          <line
            x1={x(domain.endDay)}
            x2={x(domain.endDay)}
            y1={BAR_Y - 6}
            y2={AXIS_Y + 5}
            className="time-axis-grid"
          />
          <line x1={PAD_X} x2={width - PAD_X} y1={AXIS_Y} y2={AXIS_Y} className="time-axis-line" />
          <rect
            x={x(span.start)}
            y={BAR_Y}
            width={Math.max(2, x(span.end) - x(span.start))}
            height={BAR_H}
            fill={STATUS_COLOURS[project.status]}
            className="time-axis-bar"
          />
          {span.openEnded ? (
            <rect
              x={x(span.end)}
              y={BAR_Y}
              width={Math.max(
                0,
                x(Math.min(domain.endDay, span.end + OPEN_END_DAYS)) - x(span.end),
              )}
              height={BAR_H}
              className="time-axis-open-end"
              data-testid="open-end"
            />
          ) : null}
          {marker === undefined ? null : (
            <g className="time-axis-as-of">
              <line x1={marker} x2={marker} y1={16} y2={AXIS_Y + 5} />
              <text
                x={marker + (anchor === 'start' ? 4 : anchor === 'end' ? -4 : 0)}
                y={12}
                textAnchor={anchor}
              >
                {asOfLabel}
              </text>
            </g>
          )}
        </svg>
      </div>
      {span.openEnded ? <p className="muted time-axis-note">{t('axis.openEnd')}</p> : null}
    </figure>
  );
}
