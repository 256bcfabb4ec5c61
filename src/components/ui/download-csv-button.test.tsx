import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { projectsToCsv } from '@/lib/csv/export';
import { downloadBlob } from '@/lib/download';
import { makeProject } from '@/test/make-project';
import { DownloadCsvButton } from './download-csv-button';

vi.mock('@/lib/download', () => ({ downloadBlob: vi.fn() }));

afterEach(() => vi.mocked(downloadBlob).mockClear());

/** Downloads a small chart table in a language and gives back the file's text. */
async function download(lang: 'en' | 'fr' | 'es') {
  await i18n.changeLanguage(lang);
  render(
    <I18nextProvider i18n={i18n}>
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
    </I18nextProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Download' }));
  expect(downloadBlob).toHaveBeenCalledTimes(1);
  const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!;
  expect(name).toBe('budget-by-region.csv');
  return blob.text();
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
