import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { picker, renderImport, setupImportTests } from './import.test-utils';

setupImportTests();

const activity = (id: string, body: string, hierarchy: number) =>
  `<iati-activity default-currency="USD" hierarchy="${hierarchy}"><iati-identifier>${id}</iati-identifier>` +
  `<reporting-org ref="XM-DAC-41114"/><title><narrative>Activity ${id}</narrative></title>` +
  `<activity-status code="2"/><activity-date type="2" iso-date="2018-01-01"/>` +
  `<recipient-country code="CK"/><sector code="41010"/>${body}</iati-activity>`;
const budget = (amount: number) =>
  `<budget><period-start iso-date="2018-01-01"/><period-end iso-date="2018-12-31"/><value value-date="2018-01-01">${amount}</value></budget>`;

/** A UNDP-shaped project with two outputs, each with its budget. */
const XML = `<iati-activities version="2.03">${
  activity(
    'P-1',
    '<related-activity type="2" ref="O-1"/><related-activity type="2" ref="O-2"/>',
    1,
  ) +
  activity('O-1', `<related-activity type="1" ref="P-1"/>${budget(40000)}`, 2) +
  activity('O-2', `<related-activity type="1" ref="P-1"/>${budget(60000)}`, 2)
}</iati-activities>`;

describe('Import report: child activities', () => {
  it('rolls children up by default, and imports them separately when chosen, saying what it did', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), new File([XML], 'undp.xml', { type: 'text/xml' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    const choice = within(report).getByRole('group', { name: 'Child activities' });
    expect(choice).toHaveTextContent(
      '2 child activities were rolled up into their parent activity: one project, money counted once.',
    );
    expect(within(choice).getByRole('radio', { name: /Roll them up/ })).toBeChecked();
    expect(within(report).getByText('Accepted').nextElementSibling).toHaveTextContent('1');
    expect(within(report).getByTestId('import-total-budget')).toHaveTextContent('US$100,000');

    await user.click(
      within(choice).getByRole('radio', { name: 'Import them as separate projects' }),
    );
    await expect
      .poll(() => within(report).getByText('Accepted').nextElementSibling?.textContent)
      .toBe('3');
    expect(
      within(choice).getByRole('radio', { name: 'Import them as separate projects' }),
    ).toBeChecked();
    expect(choice).toHaveTextContent(
      '2 child activities were imported as projects of their own, beside their parent: money reported at both levels counts twice.',
    );
    expect(report).toHaveTextContent(
      /Parent and child activities imported separately \(2 children\)/,
    );

    await user.click(within(choice).getByRole('radio', { name: /Roll them up/ }));
    await expect
      .poll(() => within(report).getByText('Accepted').nextElementSibling?.textContent)
      .toBe('1');
  });

  it('offers no choice for a file without child activities', async () => {
    const { user } = renderImport();
    const single = `<iati-activities version="2.03">${activity('A-1', budget(5000), 1)}</iati-activities>`;
    await user.upload(await picker(), new File([single], 'one.xml', { type: 'text/xml' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).queryByRole('group', { name: 'Child activities' })).toBeNull();
  });
});
