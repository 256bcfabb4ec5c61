import type { Language } from '@/domain/codes';
import { describeReason } from '@/domain/reasons';
import { describeImportNote } from '@/domain/import/notes';
import type { Database } from '../db';
import { addDuplicates, MAX_LISTED, type IngestReport, type Ingestible } from './sources';
import { writePortfolio, type IngestMode, type WriteSummary } from './write';

export interface IngestOutcome {
  report: IngestReport;
  write: WriteSummary;
}

/** Reads a portfolio and writes it in one transaction; the report adds up what was read. */
export async function ingest(
  db: Database,
  source: Ingestible,
  mode: IngestMode,
  onProgress?: (records: number) => void,
): Promise<IngestOutcome> {
  const write = await writePortfolio(db, mode, source, onProgress);
  addDuplicates(source.report, write.duplicates);
  return { report: source.report, write };
}

const usd = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 0 })} USD`;

/** The report as the Import screen lists it: read, accepted, rejected with reasons, notes. */
export function formatReport(outcome: IngestOutcome, lang: Language = 'en'): string {
  const { report, write } = outcome;
  const lines: string[] = [];
  const format = report.format === 'iati-xml' ? 'IATI XML' : report.format.toUpperCase();
  lines.push(
    `Source: ${report.source} (${format}${report.encoding ? `, ${report.encoding}` : ''})`,
  );
  lines.push(
    `Read ${report.records} records: ${report.accepted} accepted, ${report.rejected} rejected. ` +
      `Budget of the accepted projects: ${usd(report.budgetUsd)}.`,
  );
  if (report.budgetsByCurrency) {
    const byCurrency = Object.entries(report.budgetsByCurrency)
      .map(([currency, total]) => `${total.toLocaleString('en-US')} ${currency}`)
      .join(', ');
    if (byCurrency) lines.push(`Budgets in the file, by currency: ${byCurrency}.`);
  }
  if (report.rejected > 0) {
    lines.push('', 'Rejected:');
    for (const rejection of report.rejections) {
      const who = rejection.id ?? `#${rejection.index + 1}`;
      const why = rejection.reasons.map((r) => describeReason(r, lang)).join('; ');
      lines.push(`  ${who} (record ${rejection.index + 1}): ${why}`);
    }
    if (report.rejected > report.rejections.length)
      lines.push(`  … and ${report.rejected - report.rejections.length} more`);
  }
  if (report.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const note of report.notes) lines.push(`  ${describeImportNote(note, lang)}`);
    if (report.notes.filter((n) => n.index !== undefined).length >= MAX_LISTED)
      lines.push(`  … notes on further records are not listed`);
  }
  lines.push('');
  const verb = write.mode === 'replace' ? 'Replaced the portfolio' : 'Merged into the portfolio';
  lines.push(
    write.changed
      ? `${verb}: ${write.inserted} added, ${write.updated} updated, ${write.unchanged} unchanged. ` +
          `The database now holds ${write.projectCount} projects and ${write.newsCount} news items.`
      : `Nothing changed: the database already held exactly this (${write.projectCount} projects, ${write.newsCount} news items).`,
  );
  return lines.join('\n');
}
