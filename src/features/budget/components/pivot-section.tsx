import { useT } from '@/hooks/i18n';
import { useId, useMemo, useRef } from 'react';
import { DownloadCsvButton } from '@/components/ui/download-csv-button';
import type { Language } from '@/domain/codes/languages';
import type { PortfolioView } from '@/domain/engine/types';
import type { Filters } from '@/domain/filters';
import { csvFileName } from '@/lib/csv/file-name';
import { useScreenParam } from '@/hooks/use-view-state';
import { useLiveText } from '@/hooks/portfolio/explore-context';
import { pivotCsvTable } from '../lib/pivot-csv';
import { countriesAddedUp, displayRows, TOP_COUNTRIES } from '../lib/pivot-display';
import { collapseRows, pivotModel } from '../lib/pivot-model';
import { usePivotWindow } from '../hooks/use-pivot-window';
import { choosePrintLayout } from '../lib/print-layout';
import { PivotTable } from './pivot-table';
import { RowsSwitch } from './rows-switch';
import '../i18n';

interface PivotSectionProps {
  view: PortfolioView;
  filters: Filters;
  lang: Language;
}

/** The pivot card: the Rows switch, the table, its notes and its CSV download. */
export function PivotSection({ view, filters, lang }: PivotSectionProps) {
  const { t } = useT('budget');
  const headingId = useId();
  const scrollId = useId();
  // In the URL (`rows`, `countries=all`), so a copied link and Back show the same pivot.
  const [dimension, setDimension] = useScreenParam('rows');
  const [countries, setCountries] = useScreenParam('countries');
  const showAll = countries === 'all';
  const model = useMemo(
    () => pivotModel(view.pivots[dimension], dimension, view.byYear),
    [view, dimension],
  );
  const rows = useMemo(() => displayRows(model, showAll, lang, t), [model, showAll, lang, t]);
  const addedUp = countriesAddedUp(model);
  const print = useMemo(
    () =>
      choosePrintLayout(
        dimension === 'country' ? collapseRows(model, TOP_COUNTRIES) : model,
        lang,
        t('pivot.total'),
      ),
    [model, dimension, lang, t],
  );
  const csvName = () =>
    csvFileName({ filters, date: new Date() }).replace(/^portfolio-/, `budget-by-${dimension}-`);
  const scrollRef = useRef<HTMLDivElement>(null);
  const years = model.years;
  const yearWindow = usePivotWindow(
    scrollRef,
    years.length,
    `${dimension}:${showAll}:${lang}:${years.join(',')}:${rows.length}`,
    model.rows.length > 0,
  );
  const yearsShown = useLiveText(
    years.length === 0
      ? ''
      : yearWindow.last < yearWindow.first
        ? t('pivot.totalShown', { from: years[0], to: years[years.length - 1] })
        : yearWindow.last === yearWindow.first
          ? t('pivot.yearShown', {
              year: years[yearWindow.first],
              from: years[0],
              to: years[years.length - 1],
            })
          : t('pivot.yearsShown', {
              first: years[yearWindow.first],
              last: years[yearWindow.last],
              from: years[0],
              to: years[years.length - 1],
            }),
  );
  const hasUnassigned = model.rows.some((row) => row.kind === 'unassigned');
  const hasEmptyCells = rows.some((display) =>
    display.row.cells.some((value) => Math.abs(value) < 0.5),
  );
  return (
    <section className="card budget-pivot" aria-labelledby={headingId}>
      <div className="budget-pivot-head">
        <h2 id={headingId}>{t('pivot.heading')}</h2>
        <RowsSwitch value={dimension} onChange={setDimension} />
      </div>
      {model.rows.length === 0 ? (
        <p className="muted">{t('pivot.noData')}</p>
      ) : (
        <>
          {yearWindow.moreBefore || yearWindow.moreAfter ? (
            <div className="pivot-years no-print">
              <button
                type="button"
                className="button"
                disabled={!yearWindow.moreBefore}
                aria-controls={scrollId}
                onClick={() => yearWindow.page(-1)}
              >
                {t('pivot.earlier')}
              </button>
              <span aria-live="polite">{yearsShown}</span>
              <button
                type="button"
                className="button"
                disabled={!yearWindow.moreAfter}
                aria-controls={scrollId}
                onClick={() => yearWindow.page(1)}
              >
                {t('pivot.later')}
              </button>
            </div>
          ) : null}
          <div
            ref={scrollRef}
            id={scrollId}
            data-more-before={yearWindow.moreBefore || undefined}
            data-more-after={yearWindow.moreAfter || undefined}
            className="pivot-scroll"
            role="region"
            aria-label={t('pivot.scrollRegion')}
            // A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <PivotTable model={model} rows={rows} lang={lang} print={print} />
          </div>
          <div className="pivot-notes">
            <p>
              {[
                hasEmptyCells ? t('pivot.zeroNote') : '',
                dimension === 'country' ? t('pivot.countrySplit') : '',
                hasUnassigned ? t('pivot.unassignedNote') : '',
              ]
                .filter(Boolean)
                .join(' ')}
            </p>
            {addedUp > 0 && !showAll ? (
              <p className="no-print">
                {t('pivot.topNote', { count: addedUp, top: TOP_COUNTRIES })}
              </p>
            ) : null}
            {addedUp > 0 ? (
              <p className="print-only">
                {t('pivot.printTopNote', { count: addedUp, top: TOP_COUNTRIES })}
              </p>
            ) : null}
          </div>
        </>
      )}
      <div className="chart-actions no-print">
        {addedUp > 0 ? (
          <button
            type="button"
            className="button"
            aria-pressed={showAll}
            onClick={() => setCountries(showAll ? 'top' : 'all')}
          >
            {t('pivot.showAll', { count: addedUp + TOP_COUNTRIES })}
          </button>
        ) : null}
        <DownloadCsvButton
          table={() => pivotCsvTable(model, lang, t)}
          fileName={csvName}
          disabled={model.rows.length === 0}
        >
          {t('pivot.downloadCsv')}
        </DownloadCsvButton>
      </div>
    </section>
  );
}
