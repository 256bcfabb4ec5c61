import { memo } from 'react';
import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes/languages';
import { localeOf } from '@/lib/format';

interface TimelineNavProps {
  /** The first and last day in view (the last one fractional). */
  shown: { first: number; last: number };
  can: { earlier: boolean; later: boolean };
  onEarlier: () => void;
  onLater: () => void;
  onToday: () => void;
  lang: Language;
}

const DAY_MS = 86_400_000;
const formats = new Map<Language, Intl.DateTimeFormat>();

/** "Mar 2019": the month and year of a day, in the language. */
function monthYear(day: number, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format.format(new Date(Math.floor(day) * DAY_MS));
}

/**
 * Moves the timeline's time window: Earlier and Later by its own width, Today to centre it on
 * the data date (the product's today, marked on the axis); and says which months are in view. At every zoom; a button whose way is at the
 * end of the axis is disabled.
 */
export const TimelineNav = memo(function TimelineNav({
  shown,
  can,
  onEarlier,
  onLater,
  onToday,
  lang,
}: TimelineNavProps) {
  const { t } = useT('timeline');
  return (
    <div className="tl-nav" role="group" aria-label={t('window.label')}>
      <button type="button" className="button" onClick={onEarlier} disabled={!can.earlier}>
        <span aria-hidden="true">◂ </span>
        {t('window.earlier')}
      </button>
      <button type="button" className="button" onClick={onToday}>
        {t('window.today')}
      </button>
      <button type="button" className="button" onClick={onLater} disabled={!can.later}>
        {t('window.later')}
        <span aria-hidden="true"> ▸</span>
      </button>
      <span className="tl-nav-shown muted" data-testid="timeline-window">
        {t('window.shown', {
          from: monthYear(shown.first, lang),
          // The last whole day in view (a window of N years is N × 365.2425 days wide).
          to: monthYear(Math.max(shown.first, Math.round(shown.last) - 1), lang),
        })}
      </span>
    </div>
  );
});
