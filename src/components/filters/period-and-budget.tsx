import { useTranslation } from 'react-i18next';
import type { Filters } from '@/domain/filters';
import { DebouncedInput } from './debounced-input';

interface PeriodAndBudgetProps {
  filters: Filters;
  years: readonly number[];
  onChange: (change: Partial<Filters>) => void;
}

function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = Math.max(years[years.length - 1]!, new Date().getFullYear() + 5);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function amountOrUndefined(text: string): number | undefined {
  const n = Number(text.replace(/[\s\u00a0\u202f,]/g, ''));
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n;
}

/** Active from / Active to (years whose span a project must overlap) and the budget range. */
export function PeriodAndBudget({ filters, years, onChange }: PeriodAndBudgetProps) {
  const { t } = useTranslation();
  const options = yearRange(years);
  const yearSelect = (
    id: string,
    label: string,
    value: number | undefined,
    set: (v: number | undefined) => void,
  ) => (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))}
      >
        <option value="">{t('filters.any')}</option>
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  const budgetInput = (
    id: string,
    label: string,
    value: number | undefined,
    key: 'budgetMin' | 'budgetMax',
  ) => (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <DebouncedInput
        id={id}
        type="text"
        inputMode="numeric"
        value={value === undefined ? '' : String(value)}
        delayMs={600}
        onCommit={(text) => onChange({ [key]: amountOrUndefined(text) })}
      />
    </div>
  );
  return (
    <div className="filter-ranges">
      <div className="filter-pair">
        {yearSelect('filter-from', t('filters.activeFrom'), filters.from, (from) =>
          onChange({ from }),
        )}
        {yearSelect('filter-to', t('filters.activeTo'), filters.to, (to) => onChange({ to }))}
      </div>
      <div className="filter-pair">
        {budgetInput('filter-budget-min', t('filters.budgetMin'), filters.budgetMin, 'budgetMin')}
        {budgetInput('filter-budget-max', t('filters.budgetMax'), filters.budgetMax, 'budgetMax')}
      </div>
    </div>
  );
}
