import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { ChartCard, type ChartData } from './chart-card';

const zeros: ChartData = {
  columns: [
    { key: 'region', label: 'Region' },
    { key: 'budget', label: 'Budget', numeric: true },
  ],
  rows: [
    { key: 'africa', cells: ['Africa', 0], display: ['Africa', 'US$0'] },
    { key: 'asia', cells: ['Asia', 0], display: ['Asia', 'US$0'] },
  ],
};

function renderCard(nothingToDraw: boolean) {
  renderRoute('/', {
    element: (
      <ChartCard title="Budget by region" data={zeros} fileName="x" nothingToDraw={nothingToDraw}>
        <svg aria-label="the chart" />
      </ChartCard>
    ),
  });
}

describe('ChartCard', () => {
  it('says in a sentence that all-zero data has nothing to draw, and still tables the rows', async () => {
    await i18n.changeLanguage('en');
    renderCard(true);
    expect(screen.queryByLabelText('the chart')).toBeNull();
    expect(
      screen.getByText(/The matching projects have no budget to draw: every budget is zero/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download image (PNG)' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table')).toHaveTextContent('Africa');
  });

  it('draws the chart when there is something to draw', async () => {
    await i18n.changeLanguage('en');
    renderCard(false);
    expect(screen.getByLabelText('the chart')).toBeInTheDocument();
  });
});
