import { useT } from '@/hooks/i18n';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CellValue } from '@/lib/csv/columns';
import { downloadBlob, svgToPngBlob } from '@/lib/download';
import { DownloadCsvButton } from '../ui/download-csv-button';
import './chart-card.css';

/** The numbers behind a chart: raw values for CSV, formatted text for the table view. */
export interface ChartData {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { key: string; cells: CellValue[]; display: string[] }[];
}

interface ChartCardProps {
  title: string;
  /** A note under the title (e.g. how multi-country budgets are split). */
  note?: ReactNode;
  /** Controls beside the title (e.g. a stacking switch). */
  controls?: ReactNode;
  data: ChartData;
  /** File name without extension for the downloads. */
  fileName: string;
  /**
   * Makes each table row's heading a button (e.g. "Filter by Africa"): the keyboard and
   * screen-reader path to what a click on a bar does.
   */
  rowAction?: RowAction;
  /**
   * True when the rows hold nothing a chart could draw (every amount zero): a sentence says so
   * instead of axes from US$0 to US$2 or an empty donut; the table still lists the rows.
   */
  nothingToDraw?: boolean;
  children: ReactNode;
}

/** An action on one row of the table view, named for that row. */
export interface RowAction {
  /** The button's accessible name for a row, which contains the row's visible label. */
  label: (row: ChartData['rows'][number]) => string;
  onSelect: (rowKey: string) => void;
  /** True for a row whose action is in effect (shown as a pressed button). */
  isActive?: (rowKey: string) => boolean;
}

/**
 * Frames a chart: its heading, a "Show as table" toggle giving the same numbers in an accessible
 * table, and downloads of the data (CSV) and the picture (PNG).
 */
export function ChartCard({
  title,
  note,
  controls,
  data,
  fileName,
  rowAction,
  nothingToDraw = false,
  children,
}: ChartCardProps) {
  const { t } = useT();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  // The card draws again on every change of its figures: its fixed words are looked up once.
  const words = useMemo(
    () => ({
      actions: t('chart.actions', { title }),
      showTable: t('chart.showTable'),
      downloadCsv: t('chart.downloadCsv'),
      downloadPng: t('chart.downloadPng'),
    }),
    [t, title],
  );
  const figure = useRef<HTMLDivElement>(null);
  const downloadPng = async () => {
    const svg = figure.current?.querySelector('svg.recharts-surface, svg');
    if (svg instanceof SVGSVGElement) downloadBlob(await svgToPngBlob(svg), `${fileName}.png`);
  };
  return (
    <section className="chart-card card" aria-labelledby={headingId}>
      <div className="chart-card-head">
        <h2 id={headingId}>{title}</h2>
        {controls}
      </div>
      {note ? <p className="chart-note muted">{note}</p> : null}
      {data.rows.length === 0 ? (
        <p className="muted">{t('chart.noData')}</p>
      ) : asTable ? (
        <div className="chart-table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {data.columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.key}>
                  {row.display.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {rowAction ? (
                          <button
                            type="button"
                            className="chart-row-action"
                            aria-label={rowAction.label(row)}
                            aria-pressed={rowAction.isActive?.(row.key) ?? false}
                            onClick={() => rowAction.onSelect(row.key)}
                          >
                            {cell}
                          </button>
                        ) : (
                          cell
                        )}
                      </th>
                    ) : (
                      <td key={i} className={data.columns[i]?.numeric ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : nothingToDraw ? (
        <p className="muted chart-nothing">{t('chart.nothingToDraw')}</p>
      ) : (
        <div className="chart-figure" ref={figure}>
          {children}
        </div>
      )}
      <div className="chart-actions no-print" role="group" aria-label={words.actions}>
        <button
          type="button"
          className="button"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {words.showTable}
        </button>
        <DownloadCsvButton
          table={() => ({
            header: data.columns.map((c) => c.label),
            rows: data.rows.map((r) => r.cells),
          })}
          fileName={`${fileName}.csv`}
          disabled={data.rows.length === 0}
        >
          {words.downloadCsv}
        </DownloadCsvButton>
        <button
          type="button"
          className="button"
          onClick={() => void downloadPng()}
          disabled={asTable || nothingToDraw || data.rows.length === 0}
        >
          {words.downloadPng}
        </button>
      </div>
    </section>
  );
}
