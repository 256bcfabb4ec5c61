import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { parseProjectSummaries } from '@/domain/parse-record';
import { projectsToCsv } from '@/lib/csv/export';
import { readCsv } from './csv-read';
import { importFile } from './import-file';
import { expectOk } from './import.test-utils';

const utf8 = (text: string) => new TextEncoder().encode(text);
const url = (id: string) => `https://example.org/projects/${encodeURIComponent(id)}`;
const projects = parseProjectSummaries(
  generatePortfolio({ count: 100, seed: 3 }).projects,
).projects;
const exported = projectsToCsv({ projects, lang: 'en', projectUrl: url });

/** The export with a quote opened and never closed at the start of data row `row` (1-based). */
function withOpenQuote(row: number): string {
  const lines = exported.split('\r\n');
  lines[row] = `"${lines[row]!.replace(/"/g, '')}`;
  return lines.join('\r\n');
}

describe('a CSV loses nothing silently', () => {
  it('accounts for every row of a file with a quote that never closes at row 30 of 100', async () => {
    expect(projects).toHaveLength(100);
    const result = expectOk(
      await importFile({ name: 'broken.csv', bytes: utf8(withOpenQuote(30)), lang: 'en' }),
    );
    expect(result.totals.records).toBe(100);
    expect(result.totals.accepted + result.totals.rejected).toBe(100);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.index).toBe(29);
    expect(result.rejected[0]!.reasons[0]).toEqual({ code: 'unterminated_quote', value: '31' });
    expect(result.projects.map((p) => p.id)).toEqual(
      projects.filter((_, i) => i !== 29).map((p) => p.id),
    );
  });

  it('reads on after each of several open quotes, the last on the last line', () => {
    const lines = withOpenQuote(10).split('\r\n');
    lines[60] = `"${lines[60]!.replace(/"/g, '')}`;
    lines[100] = `"${lines[100]!.replace(/"/g, '')}`;
    const table = readCsv(lines.join('\r\n'));
    expect(table.rows).toHaveLength(100);
    expect(table.unterminated).toEqual([
      { row: 9, line: 11 },
      { row: 59, line: 61 },
      { row: 99, line: 101 },
    ]);
  });

  it('rejects a budget too large to be a finite number', async () => {
    const huge = '9'.repeat(400);
    const csv = exported.replace(/\r\n/, '\r\n').split('\r\n');
    const header = csv[0]!.split(',');
    const budgetColumn = header.findIndex((h) => h.endsWith('[budgetUsd]'));
    const cells = csv[1]!.split(',');
    cells[budgetColumn] = huge;
    csv[1] = cells.join(',');
    const result = expectOk(
      await importFile({ name: 'huge.csv', bytes: utf8(csv.join('\r\n')), lang: 'en' }),
    );
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.reasons).toContainEqual({
      code: 'invalid_budget',
      field: 'budgetUsd',
      value: `${'9'.repeat(77)}…`,
    });
    expect(Number.isFinite(result.totals.budgetUsd)).toBe(true);
  });

  it('notes rows with more cells than the header (and with fewer)', () => {
    const table = readCsv('id,title\nA,One,stray,cells\nB\nC,Three,,\n');
    expect(table.rows).toEqual([['A', 'One', 'stray', 'cells'], ['B'], ['C', 'Three', '', '']]);
    expect(table.notes).toEqual([
      { code: 'csv_extra_cells', index: 0, value: 'stray,cells' },
      { code: 'csv_missing_cells', index: 1, value: '1/2' },
    ]);
  });
});

describe('records that cannot be shown or opened', () => {
  it('rejects ids that cannot be part of an address, and budgets that are not finite', () => {
    const [first] = projects;
    const { projects: kept, rejected } = parseProjectSummaries([
      { ...first, id: '.' },
      { ...first, id: '..' },
      { ...first, id: 'ok', budgetUsd: '1'.repeat(400) },
      { ...first, id: 'ok-too', budgetUsd: 1e308 * 10 },
      { ...first, id: '...' },
    ]);
    expect(kept.map((p) => p.id)).toEqual(['...']);
    expect(rejected.map((r) => r.reasons[0]?.code)).toEqual([
      'not_a_path',
      'not_a_path',
      'invalid_budget',
      'invalid_budget',
    ]);
  });
});
