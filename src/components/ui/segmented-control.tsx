/**
 * A choice of one among a few options shown side by side, as toggle buttons in a named group
 * (one `aria-pressed` button per option): the screens' "Rows" and "Stack by" switches.
 */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  optionLabel,
  onChange,
  className,
}: {
  /** The group's accessible name, also shown before the buttons. */
  label: string;
  options: readonly T[];
  value: T;
  optionLabel: (option: T) => string;
  onChange: (option: T) => void;
  className?: string;
}) {
  return (
    <div
      className={['segmented', className].filter(Boolean).join(' ')}
      role="group"
      aria-label={label}
    >
      <span className="segmented-label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
