import { memo, useEffect, useState } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { Filters } from '@/domain/filters';
import { formatUsd } from '@/lib/format';
import { AmountInput } from './amount-input';
import { useT } from '@/hooks/i18n';

type RangeKey = 'from' | 'to' | 'budgetMin' | 'budgetMax';
type Ranges = Pick<Filters, RangeKey>;

interface PeriodAndBudgetProps {
  filters: Filters;
  years: readonly number[];
  lang: Language;
  onChange: (change: Partial<Filters>) => void;
}

function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = Math.max(years[years.length - 1]!, new Date().getFullYear() + 5);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const inverted = (low: number | undefined, high: number | undefined) =>
  low !== undefined && high !== undefined && low > high;

/**
 * Active from / Active to (years whose span a project must overlap) and the budget range. A
 * range whose ends are the wrong way round is held here and named, never applied nor reset.
 */
export const PeriodAndBudget = memo(PeriodAndBudgetFields, (before, after) => {
  // Drawn again only when its own filters change, not on every other filter click.
  const keys: RangeKey[] = ['from', 'to', 'budgetMin', 'budgetMax'];
  return (
    keys.every((key) => before.filters[key] === after.filters[key]) &&
    before.years === after.years &&
    before.lang === after.lang &&
    before.onChange === after.onChange
  );
});

function PeriodAndBudgetFields({ filters, years, lang, onChange }: PeriodAndBudgetProps) {
  const { t } = useT();
  const [held, setHeld] = useState<Ranges>({});
  const { from, to, budgetMin, budgetMax } = filters;
  // The applied filters moved (Clear filters, a chip, Back): what was held no longer stands.
  useEffect(() => setHeld({}), [from, to, budgetMin, budgetMax]);

  const draft: Ranges = { from, to, budgetMin, budgetMax, ...held };
  const change = (part: Ranges) => {
    const next = { ...draft, ...part };
    if (inverted(next.from, next.to) || inverted(next.budgetMin, next.budgetMax)) {
      setHeld((current) => ({ ...current, ...part }));
      return;
    }
    onChange({ ...held, ...part });
    setHeld({});
  };

  const options = yearRange(years);
  const yearSelect = (id: string, label: string, key: 'from' | 'to') => (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={draft[key] ?? ''}
        aria-invalid={inverted(draft.from, draft.to) || undefined}
        onChange={(e) =>
          change({ [key]: e.target.value === '' ? undefined : Number(e.target.value) })
        }
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
  const amountInput = (id: string, label: string, key: 'budgetMin' | 'budgetMax') => (
    <AmountInput
      id={id}
      label={label}
      value={draft[key]}
      lang={lang}
      onCommit={(value) => change({ [key]: value })}
    />
  );
  return (
    <div className="filter-ranges">
      <div className="filter-pair">
        {yearSelect('filter-from', t('filters.activeFrom'), 'from')}
        {yearSelect('filter-to', t('filters.activeTo'), 'to')}
      </div>
      {inverted(draft.from, draft.to) ? (
        <p className="filter-error" role="alert">
          {t('filters.periodInverted', { from: draft.from, to: draft.to })}
        </p>
      ) : null}
      <div className="filter-pair">
        {amountInput('filter-budget-min', t('filters.budgetMin'), 'budgetMin')}
        {amountInput('filter-budget-max', t('filters.budgetMax'), 'budgetMax')}
      </div>
      {inverted(draft.budgetMin, draft.budgetMax) ? (
        <p className="filter-error" role="alert">
          {t('filters.budgetInverted', {
            min: formatUsd(draft.budgetMin!, lang),
            max: formatUsd(draft.budgetMax!, lang),
          })}
        </p>
      ) : null}
    </div>
  );
}
