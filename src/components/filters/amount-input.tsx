import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '@/domain/codes/languages';
import { localeOf } from '@/domain/codes/languages';
import { formatUsd } from '@/lib/format';
import { parseAmount } from '@/lib/parse-amount';
import { useT } from '@/hooks/i18n';

interface AmountInputProps {
  id: string;
  label: string;
  value: number | undefined;
  lang: Language;
  /** A readable amount (or undefined for a blank box) after the person pauses or presses Enter. */
  onCommit: (value: number | undefined) => void;
  delayMs?: number;
}

type Reading =
  { kind: 'blank' } | { kind: 'amount'; value: number } | { kind: 'error'; text: string };

function readText(text: string, lang: Language): Reading {
  if (text.trim() === '') return { kind: 'blank' };
  const reading = parseAmount(text, localeOf(lang));
  return reading.ok ? { kind: 'amount', value: reading.value } : { kind: 'error', text };
}

/**
 * An amount box that reads what people type ("200k", "1,5 M", "$200,000"), says how it read
 * it, and names what it cannot read instead of dropping it: the filter then stays as it was.
 */
export function AmountInput({ id, label, value, lang, onCommit, delayMs = 600 }: AmountInputProps) {
  const { t } = useT();
  const hintId = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState<Reading>(() => readText(draft, lang));
  const committed = useRef(value);

  // Clear filters, a removed chip or Back changed the amount from outside: show it.
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    const text = value === undefined ? '' : String(value);
    setDraft(text);
    setShown(readText(text, lang));
  }, [value, lang]);

  const commit = (text: string) => {
    const reading = readText(text, lang);
    setShown(reading);
    if (reading.kind === 'error') return;
    const next = reading.kind === 'amount' ? reading.value : undefined;
    if (next === committed.current) return;
    committed.current = next;
    onCommit(next);
  };
  const latest = useRef(commit);
  useEffect(() => {
    latest.current = commit;
  });

  useEffect(() => {
    const timer = setTimeout(() => latest.current(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs]);

  const error = shown.kind === 'error';
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft}
        aria-invalid={error || undefined}
        aria-describedby={hintId}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
        }}
      />
      <span
        id={hintId}
        className={error ? 'filter-hint filter-error' : 'filter-hint'}
        aria-live="polite"
      >
        {shown.kind === 'error'
          ? t('filters.amountUnreadable', { text: shown.text })
          : shown.kind === 'amount' && draft.trim() !== String(shown.value)
            ? t('filters.amountReadAs', { value: formatUsd(shown.value, lang) })
            : ''}
      </span>
    </div>
  );
}
