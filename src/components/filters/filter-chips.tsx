import { FACETS, type Filters } from '@/domain/filters';
import type { FiltersUpdate } from '@/hooks/use-view-state';
import type { Language } from '@/domain/codes/languages';
import { formatUsd } from '@/lib/format';
import { FACET_LABEL_KEY, facetValueLabel } from './facet-options';
import { useT } from '@/hooks/i18n';

interface Chip {
  key: string;
  facetLabel: string;
  valueLabel: string;
  /** Removes this chip's value from the filters as they are when it is clicked. */
  remove: (current: Filters) => Filters;
}

/** The active filters, each its facet's and its value's label in the language, as the chips say. */
export function activeFilterLabels(
  filters: Filters,
  lang: Language,
  t: (key: string, options?: Record<string, unknown>) => string,
  funderNames?: ReadonlyMap<string, string>,
): { facet: string; value: string }[] {
  return chipsOf(filters, lang, t, funderNames).map((c) => ({
    facet: c.facetLabel,
    value: c.valueLabel,
  }));
}

function chipsOf(
  filters: Filters,
  lang: Language,
  t: (key: string, options?: Record<string, unknown>) => string,
  funderNames?: ReadonlyMap<string, string>,
): Chip[] {
  const chips: Chip[] = [];
  for (const facet of FACETS) {
    for (const value of filters[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        facetLabel: t(FACET_LABEL_KEY[facet]),
        valueLabel: facetValueLabel(facet, String(value), lang, funderNames),
        remove: (current) =>
          ({
            ...current,
            [facet]: (current[facet] as (string | number)[]).filter((v) => v !== value),
          }) as Filters,
      });
    }
  }
  if (filters.from !== undefined)
    chips.push({
      key: 'from',
      facetLabel: t('filters.activeFrom'),
      valueLabel: String(filters.from),
      remove: (current) => ({ ...current, from: undefined }),
    });
  if (filters.to !== undefined)
    chips.push({
      key: 'to',
      facetLabel: t('filters.activeTo'),
      valueLabel: String(filters.to),
      remove: (current) => ({ ...current, to: undefined }),
    });
  if (filters.budgetMin !== undefined)
    chips.push({
      key: 'budgetMin',
      facetLabel: t('filters.budgetMin'),
      valueLabel: formatUsd(filters.budgetMin, lang),
      remove: (current) => ({ ...current, budgetMin: undefined }),
    });
  if (filters.budgetMax !== undefined)
    chips.push({
      key: 'budgetMax',
      facetLabel: t('filters.budgetMax'),
      valueLabel: formatUsd(filters.budgetMax, lang),
      remove: (current) => ({ ...current, budgetMax: undefined }),
    });
  if (filters.q.trim())
    chips.push({
      key: 'q',
      facetLabel: t('filters.search'),
      valueLabel: `“${filters.q.trim()}”`,
      remove: (current) => ({ ...current, q: '' }),
    });
  return chips;
}

/** The active filters as removable chips. */
export function FilterChips({
  filters,
  lang,
  onChange,
  funderNames,
}: {
  filters: Filters;
  lang: Language;
  onChange: (update: FiltersUpdate) => void;
  funderNames?: ReadonlyMap<string, string>;
}) {
  const { t } = useT();
  const chips = chipsOf(filters, lang, t, funderNames);
  // The chips sit in a box of fixed height (it scrolls when they fill it), so adding or removing
  // one never moves the checkboxes below under the pointer.
  if (chips.length === 0)
    return (
      <div className="filter-chips-area">
        <p className="muted filter-none">{t('filters.none')}</p>
      </div>
    );
  return (
    <div className="filter-chips-area">
      <ul className="filter-chips" aria-label={t('filters.active')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              aria-label={t('filters.remove', { facet: chip.facetLabel, value: chip.valueLabel })}
              onClick={() => onChange(chip.remove)}
            >
              <span className="chip-facet">{chip.facetLabel}:</span> {chip.valueLabel}{' '}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
