import { expect, test } from '@playwright/test';

/* The printed donor summary fills its page: key figures and the main breakdowns above the pivot. */

const WORDS = {
  en: [
    'Total budget',
    'Projects',
    'Countries',
    'Funding years',
    'Budget by region',
    'Budget by project type',
    'Top 8 countries',
  ],
  fr: [
    'Budget total',
    'Projets',
    'Pays',
    'Années de financement',
    'Budget par région',
    'Budget par type de projet',
    '8 premiers pays',
  ],
  es: [
    'Presupuesto total',
    'Proyectos',
    'Países',
    'Años de financiación',
    'Presupuesto por región',
    'Presupuesto por tipo de proyecto',
    '8 primeros países',
  ],
} as const;

for (const lang of ['en', 'fr', 'es'] as const) {
  test(`the printed summary shows its key figures and breakdowns on one page (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/budget?lang=${lang}&rows=type`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const digest = page.locator('.budget-digest');
    await expect(digest).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(digest).toBeVisible();
    const [budget, projects, countries, years, region, , top] = WORDS[lang];
    for (const term of [budget, projects, countries, years])
      await expect(
        digest.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }),
      ).toBeVisible();
    await expect(digest.getByRole('definition').first()).toHaveText(/\d/);
    await expect(digest.getByRole('heading', { name: region })).toBeVisible();
    await expect(digest.getByRole('heading', { name: top })).toBeVisible();
    // Rows by type: the pivot gives that breakdown, the digest does not repeat it.
    await expect(digest.getByRole('heading', { name: WORDS[lang][5] })).toHaveCount(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length).toBe(1);
  });
}
