import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { projectsToCsv } from '@/lib/csv/export';
import { readDownloadedCsv, setupDownloads } from '@/test/downloads';
import { makeProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { DownloadCsvButton } from './download-csv-button';

const downloads = setupDownloads();

/** Downloads a small chart table in a language and gives back the file's text. */
async function download(lang: 'en' | 'fr' | 'es') {
  await i18n.changeLanguage(lang);
  renderRoute('/', {
    element: (
      <DownloadCsvButton
        table={() => ({
          header: ['Région', 'Budget'],
          rows: [
            ['Afrique, Nord; Sud', 1234.5],
            ['Asie', 1e21],
          ],
        })}
        fileName="budget-by-region.csv"
      >
        Download
      </DownloadCsvButton>
    ),
  });
  await userEvent.click(screen.getByRole('button', { name: 'Download' }));
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.name).toBe('budget-by-region.csv');
  return (await readDownloadedCsv(downloads[0]!)).text;
}

describe('chart and pivot CSV downloads', () => {
  it.each([
    ['en', ','],
    ['fr', ';'],
    ['es', ';'],
  ] as const)('use the separator of the language (%s: "%s")', async (lang, sep) => {
    const text = await download(lang);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`Région${sep}Budget`);
    // Amounts as the table export writes them: raw, `.` for decimals, never an exponent.
    expect(lines[1]).toBe(`"Afrique, Nord; Sud"${sep}1234.5`);
    expect(lines[2]).toBe(`Asie${sep}1000000000000000000000`);
  });

  it.each(['en', 'fr', 'es'] as const)(
    'write amounts exactly as the project export does (%s)',
    async (lang) => {
      const text = await download(lang);
      const project = makeProject({ id: 'RR.0083', budgetUsd: 1234.5 });
      const exported = projectsToCsv({
        projects: [project],
        columns: ['budgetUsd'],
        lang,
        delimiter: lang === 'en' ? ',' : ';',
        projectUrl: () => '',
      });
      const budgetCell = exported.split('\r\n')[1]!.split(lang === 'en' ? ',' : ';')[0];
      expect(budgetCell).toBe('1234.5');
      expect(text).toContain(`${lang === 'en' ? ',' : ';'}${budgetCell}\r\n`);
    },
  );
});
