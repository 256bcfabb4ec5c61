import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { normalizeText } from '@/domain/codes/normalize';
import { useT } from '@/hooks/i18n';

export interface ComboOption {
  value: string;
  label: string;
  count: number;
}

interface MultiComboboxProps {
  label: string;
  placeholder: string;
  options: readonly ComboOption[];
  selected: readonly string[];
  /** Turns one value on or off, against the filters as they are then. */
  onToggle: (value: string, on: boolean) => void;
  formatCount: (count: number) => string;
}

const MAX_SHOWN = 60;

/**
 * A searchable multi-select (ARIA combobox with a listbox): type to narrow, arrows to move,
 * Enter to toggle, Escape to close. Selected values appear as chips elsewhere.
 */
export function MultiCombobox({
  label,
  placeholder,
  options,
  selected,
  onToggle,
  formatCount,
}: MultiComboboxProps) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = normalizeText(query);
    return options
      .filter((o) => !q || normalizeText(o.label).includes(q) || o.value.toLowerCase() === q)
      .slice(0, MAX_SHOWN);
  }, [options, query]);
  const toggle = (value: string) => onToggle(value, !selected.includes(value));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && matches[active]) {
      e.preventDefault();
      toggle(matches[active].value);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? optionId(active) : undefined}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        // Out of the Tab order: Chromium makes a scrolling box a Tab stop, and this one closes
        // (leaving focus nowhere) as soon as the input loses focus. The input drives it.
        <ul
          id={listId}
          tabIndex={-1}
          onMouseDown={(e) => e.preventDefault()}
          role="listbox"
          aria-multiselectable="true"
          aria-label={label}
          className="combobox-list"
        >
          {matches.length === 0 ? <li className="muted">{t('filters.noMatch')}</li> : null}
          {matches.map((o, i) => (
            <li
              key={o.value}
              id={optionId(i)}
              role="option"
              aria-selected={selected.includes(o.value)}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                toggle(o.value);
              }}
            >
              <span aria-hidden="true">{selected.includes(o.value) ? '✓ ' : ''}</span>
              {o.label} <span className="facet-count">({formatCount(o.count)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
