import { useEffect, useEffectEvent, useState } from 'react';
import { useLocation } from 'react-router';
import { emptyFilters } from '@/domain/filters';
import { defaultDelimiter, type CsvDelimiter } from '@/lib/csv/export';
import { downloadBlob } from '@/lib/download';
import { formatNumber, formatUsd } from '@/lib/format';
import { PHONE_QUERY, useMediaQuery } from '@/hooks/use-media-query';
import {
  useEngineClient,
  useExplore,
  useLiveText,
  usePending,
} from '@/hooks/portfolio/explore-context';
import { useAvailableFields } from '../hooks/use-available-fields';
import { useHiddenColumns } from '../hooks/use-hidden-columns';
import { portfolioSize } from '@/lib/api/projects';
import { csvFileName } from '@/lib/csv/file-name';
import { CardsSort } from './cards-sort';
import { ColumnsMenu } from './columns-menu';
import { EmptyState } from './empty-state';
import { ExportControls } from './export-controls';
import { ProjectCards } from './project-cards';
import { ProjectsTable } from './projects-table';
import { projectPath } from '../lib/table-columns';
import '../i18n';
import '../explorer.css';
import { useT } from '@/hooks/i18n';

/** The Projects screen: a live summary, the filtered projects in a sortable table, CSV export. */
export function ProjectsScreen() {
  const { t } = useT('explorer');
  const { portfolio, view, filters, sort, lang, held, setFilters, setSort } = useExplore();
  const client = useEngineClient();
  const pending = usePending();
  const { search } = useLocation();
  const phone = useMediaQuery(PHONE_QUERY);
  const [hidden, setHidden] = useHiddenColumns();
  const fields = useAvailableFields(held.optionalFields);
  const [allColumns, setAllColumns] = useState(false);
  const [delimiterChoice, setDelimiterChoice] = useState<CsvDelimiter>();
  const delimiter = delimiterChoice ?? defaultDelimiter(lang);
  const { kpis } = view;
  const firstViewPending = pending && view.rows.length === 0 && portfolioSize(portfolio) > 0;

  // Asked while the view is updating, the export waits for it: the rows written are always
  // those of the filters its file name gives (DESIGN §7).
  const [exportWaiting, setExportWaiting] = useState(false);
  const [exported, setExported] = useState<{ rows: number; fileName: string } | null>(null);
  // Written where the portfolio is held (the engine's Worker above its threshold).
  const writeCsv = async () => {
    const fileName = csvFileName({ filters, date: new Date() });
    const { blob, rows } = await client.exportCsv(
      { filters, sort, lang },
      {
        columns: allColumns ? fields : fields.filter((f) => !hidden.includes(f)),
        delimiter,
        linkBase: window.location.origin + projectPath(''),
      },
    );
    downloadBlob(blob, fileName);
    setExported({ rows, fileName });
  };
  const exportCsv = () => {
    setExported(null);
    if (pending) setExportWaiting(true);
    else void writeCsv();
  };
  const writeWaitingCsv = useEffectEvent(() => {
    setExportWaiting(false);
    void writeCsv();
  });
  useEffect(() => {
    if (exportWaiting && !pending) writeWaitingCsv();
  }, [exportWaiting, pending]);

  // A large portfolio's first view comes from the Worker: say so rather than "0 projects".
  const summary = useLiveText(
    firstViewPending
      ? t('updating')
      : t('summary', {
          count: kpis.projects,
          n: formatNumber(kpis.projects, lang),
          budget: formatUsd(kpis.totalBudget, lang),
        }) + (kpis.noBudget > 0 ? ` ${t('common:money.noBudget', { count: kpis.noBudget })}.` : ''),
  );

  return (
    <section className="explorer-screen" aria-labelledby="explorer-heading">
      <div className="explorer-head">
        <h1 id="explorer-heading">{t('heading')}</h1>
        <p className="explorer-summary" role="status" aria-live="polite">
          {summary}
        </p>
      </div>
      <div className="explorer-toolbar no-print">
        <ColumnsMenu fields={fields} hidden={hidden} onChange={setHidden} />
        <ExportControls
          allColumns={allColumns}
          onAllColumnsChange={setAllColumns}
          delimiter={delimiter}
          onDelimiterChange={setDelimiterChoice}
          disabled={view.rows.length === 0 && !pending}
          onExport={exportCsv}
          status={
            exportWaiting
              ? t('export.waiting')
              : exported
                ? t('export.done', {
                    count: exported.rows,
                    n: formatNumber(exported.rows, lang),
                    file: exported.fileName,
                  })
                : ''
          }
        />
      </div>
      {view.rows.length === 0 && !pending ? (
        <EmptyState
          portfolioEmpty={portfolioSize(portfolio) === 0}
          onShowAll={() => setFilters(emptyFilters())}
        />
      ) : (
        <>
          {phone ? (
            <>
              <CardsSort fields={fields} sort={sort} onSortChange={setSort} lang={lang} />
              <ProjectCards rows={view.rows} lang={lang} search={search} pending={pending} />
            </>
          ) : (
            <>
              <p className="explorer-hint muted no-print">{t('sortHint')}</p>
              <ProjectsTable
                rows={view.rows}
                kpis={kpis}
                money={view.money}
                fields={fields}
                sort={sort}
                onSortChange={setSort}
                hidden={hidden}
                lang={lang}
                search={search}
                pending={pending}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
