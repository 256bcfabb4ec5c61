import { memo } from 'react';
import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes/languages';
import { formatPartialDate } from '@/lib/format';
import { STATUS_COLOURS } from '@/lib/palette';

/** What the bars mean, in words beside a sample of each: colour is never the only cue. */
export const TimelineLegend = memo(function TimelineLegend({
  asOf,
  lang,
}: {
  asOf: string;
  lang: Language;
}) {
  const { t } = useT('timeline');
  const swatch = (status: string, open = false) => (
    <span
      className={`tl-bar tl-legend-swatch tl-bar-${status}${open ? ' tl-bar-open' : ''}`}
      style={{ ['--bar-colour' as string]: STATUS_COLOURS[status] }}
      aria-hidden="true"
    />
  );
  return (
    <section className="tl-legend" aria-label={t('legend.heading')}>
      <ul>
        <li>
          {swatch('completed')}
          {t('legend.completed')}
        </li>
        <li>
          {swatch('ongoing')}
          {t('legend.ongoing')}
        </li>
        <li>
          {swatch('ongoing', true)}
          {t('legend.open')}
        </li>
        <li>
          <span className="tl-legend-line" aria-hidden="true" />
          {t('legend.dataDate', { date: formatPartialDate(asOf, lang) })}
        </li>
      </ul>
    </section>
  );
});
