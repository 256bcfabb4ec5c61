/** One line of a tooltip: an optional series name (with its colour swatch) and a formatted value. */
export interface TooltipLine {
  name?: string;
  value: string;
  colour?: string;
}

/** A chart tooltip's box: the bar's label, its formatted figures and what a click does. */
export function TooltipBox({
  title,
  lines,
  hint,
}: {
  title: string;
  lines: TooltipLine[];
  hint?: string;
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            {line.colour ? (
              <span className="swatch" style={{ background: line.colour }} aria-hidden="true" />
            ) : null}
            {line.name ? <span className="chart-tooltip-name">{line.name}</span> : null}
            <span className="chart-tooltip-value">{line.value}</span>
          </li>
        ))}
      </ul>
      {hint ? <p className="chart-tooltip-hint">{hint}</p> : null}
    </div>
  );
}
