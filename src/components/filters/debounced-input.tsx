import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

type DebouncedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
  delayMs?: number;
};

/**
 * A text input that reports its value after the user pauses typing (and at once on Enter), so
 * a filter is not recomputed, nor a history entry written, for every keystroke.
 */
export function DebouncedInput({ value, onCommit, delayMs = 250, ...rest }: DebouncedInputProps) {
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  useEffect(() => {
    // Back/Forward or Clear filters changed the value from outside.
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => {
    if (draft === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = draft;
      onCommit(draft);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs, onCommit]);
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== committed.current) {
          committed.current = draft;
          onCommit(draft);
        }
      }}
    />
  );
}
