import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/codes/languages';
import { emptyFilters, type Filters } from '@/domain/filters';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { PeriodAndBudget } from './period-and-budget';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

/** The block with the filters held in state, as the panel holds them in the address. */
async function renderRanges(lang: Language, start: Partial<Filters> = {}) {
  const seen: Filters[] = [];
  function Host() {
    const [filters, setFilters] = useState<Filters>({ ...emptyFilters(), ...start });
    seen.push(filters);
    return (
      <PeriodAndBudget
        filters={filters}
        years={[2005, 2010, 2015]}
        lang={lang}
        onChange={(change) => setFilters((f) => ({ ...f, ...change }))}
      />
    );
  }
  await i18n.changeLanguage(lang);
  renderRoute('/', { element: <Host /> });
  return { current: () => seen[seen.length - 1]! };
}

function type(label: string, text: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
  act(() => vi.advanceTimersByTime(700));
}

describe('Period and budget inputs', () => {
  it('reads amounts with k and M and the language’s separators', async () => {
    const en = await renderRanges('en');
    type('Minimum budget', '$200,000');
    expect(en.current().budgetMin).toBe(200_000);
    type('Maximum budget', '1.5M');
    expect(en.current().budgetMax).toBe(1_500_000);
    expect(screen.getByText('Read as US$1,500,000')).toBeInTheDocument();
  });

  it('reads "200.000" as two hundred thousand in French', async () => {
    const fr = await renderRanges('fr');
    type('Budget minimum', '200.000');
    expect(fr.current().budgetMin).toBe(200_000);
    type('Budget maximum', '1,5 M');
    expect(fr.current().budgetMax).toBe(1_500_000);
  });

  it('reads "200.000" and "1,5 M" in Spanish', async () => {
    const es = await renderRanges('es');
    type('Presupuesto mínimo', '200.000');
    expect(es.current().budgetMin).toBe(200_000);
    type('Presupuesto máximo', '1,5 M');
    expect(es.current().budgetMax).toBe(1_500_000);
  });

  it('names an amount it cannot read and keeps the filter', async () => {
    const en = await renderRanges('en', { budgetMin: 1000 });
    type('Minimum budget', '200 zillion');
    expect(en.current().budgetMin).toBe(1000);
    expect(screen.getByLabelText('Minimum budget')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/“200 zillion” cannot be read as an amount/)).toBeInTheDocument();
  });

  it('names an inverted period instead of resetting it, and applies it once put right', async () => {
    const en = await renderRanges('en', { from: 2015 });
    fireEvent.change(screen.getByLabelText('Active to'), { target: { value: '2010' } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“Active to” (2010) is before “Active from” (2015)',
    );
    expect(en.current().from).toBe(2015);
    expect(en.current().to).toBeUndefined();
    expect(screen.getByLabelText('Active from')).toHaveValue('2015');
    expect(screen.getByLabelText('Active to')).toHaveValue('2010');
    fireEvent.change(screen.getByLabelText('Active from'), { target: { value: '2005' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(en.current()).toMatchObject({ from: 2005, to: 2010 });
  });

  it('names a minimum above the maximum', async () => {
    const en = await renderRanges('en', { budgetMax: 100_000 });
    type('Minimum budget', '200k');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The minimum budget (US$200,000) is above the maximum (US$100,000)',
    );
    expect(en.current().budgetMin).toBeUndefined();
  });
});
