import type { TFunction } from 'i18next';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { Facet } from '@/domain/filters';
import { formatNumber } from '@/lib/format';
import { useOptimisticUrlValue } from '@/hooks/use-optimistic-url-value';
import { facetValueLabel } from './facet-options';
import { useT } from '@/hooks/i18n';

interface FacetCheckboxesProps {
  facet: Facet;
  label: string;
  values: readonly string[];
  selected: readonly string[];
  /** The live counts; undefined before the first view is counted (no count shown, not a zero). */
  counts: Map<string, number> | undefined;
  lang: Language;
  /** Turns one value on or off, against the filters as they are then (two quick clicks both count). */
  onToggle: (value: string, on: boolean) => void;
  /** An option is pressed (pointer or Space down): its release will turn the value on or off. */
  onPress?: (value: string, on: boolean) => void;
}

/**
 * "12 projects" said after each option, by language and count: every filter click says it again
 * for every option, and the counts repeat.
 */
const countTexts = new Map<string, string>();
const MAX_COUNT_TEXTS = 2000;

function countText(t: TFunction, lang: string, count: number): string {
  const key = `${lang} ${count}`;
  let text = countTexts.get(key);
  if (text === undefined) {
    if (countTexts.size >= MAX_COUNT_TEXTS) countTexts.clear();
    text = t('filters.optionCount', { label: '', count }).trim();
    countTexts.set(key, text);
  }
  return text;
}

/**
 * A group of checkboxes for one facet, each with its live count. An option is drawn again only
 * when its count, its checked state or the language changes: a filter click changes the counts of
 * a few options, not of all of them.
 */
export const FacetCheckboxes = memo(function FacetCheckboxes({
  facet,
  label,
  values,
  selected,
  counts,
  lang,
  onToggle,
  onPress,
}: FacetCheckboxesProps) {
  const { t, i18n } = useT();
  const [current, showNow] = useOptimisticUrlValue(selected);
  // The options' one toggle stays the same function, so an unchanged option is not drawn again;
  // it reads the selection of the last render.
  const latest = useRef({ current, showNow, onToggle, onPress });
  useLayoutEffect(() => {
    latest.current = { current, showNow, onToggle, onPress };
  });
  const toggle = useCallback((value: string, on: boolean) => {
    const { current, showNow, onToggle } = latest.current;
    const next = on
      ? [...current.filter((v) => v !== value), value]
      : current.filter((v) => v !== value);
    showNow(next);
    onToggle(value, on);
  }, []);
  const press = useCallback((value: string) => {
    const { current, onPress } = latest.current;
    onPress?.(value, !current.includes(value));
  }, []);
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      {values.map((value) => {
        const count = counts ? (counts.get(value) ?? 0) : undefined;
        return (
          <FacetOption
            key={value}
            facet={facet}
            value={value}
            count={count}
            countLabel={count === undefined ? '' : countText(t, i18n.language, count)}
            checked={current.includes(value)}
            lang={lang}
            onToggle={toggle}
            onPress={press}
          />
        );
      })}
    </fieldset>
  );
});

interface FacetOptionProps {
  facet: Facet;
  value: string;
  /** Undefined before the first view is counted: no count is shown rather than a zero. */
  count: number | undefined;
  /** The count as said to a screen reader ("12 projects"). */
  countLabel: string;
  checked: boolean;
  lang: Language;
  onToggle: (value: string, on: boolean) => void;
  onPress: (value: string) => void;
}

const FacetOption = memo(function FacetOption({
  facet,
  value,
  count,
  countLabel,
  checked,
  lang,
  onToggle,
  onPress,
}: FacetOptionProps) {
  return (
    <label
      className={count === 0 && !checked ? 'facet-option empty' : 'facet-option'}
      onPointerDown={(e) => {
        if (e.button === 0) onPress(value);
      }}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onToggle(value, e.target.checked)}
        onKeyDown={(e) => {
          if (e.key === ' ' && !e.repeat) onPress(value);
        }}
      />
      <span className="facet-label">{facetValueLabel(facet, value, lang)}</span>
      {count === undefined ? null : (
        <>
          <span className="facet-count" aria-hidden="true">
            {formatNumber(count, lang)}
          </span>
          <span className="visually-hidden">{countLabel}</span>
        </>
      )}
    </label>
  );
});
