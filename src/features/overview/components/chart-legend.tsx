interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** Extra text after the label, e.g. a share. */
  detail?: string;
}

interface LegendAction {
  /** The button's accessible name, containing the item's label. */
  label: (item: LegendItem) => string;
  onSelect: (key: string) => void;
  isActive: (key: string) => boolean;
}

/**
 * A chart's legend in text, each entry with its colour, so colour is never the only cue. With an
 * action, each entry is a button (the keyboard way to what a click on a slice does).
 */
export function ChartLegend({ items, action }: { items: LegendItem[]; action?: LegendAction }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => {
        const content = (
          <>
            <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
            {item.detail ? <span className="legend-detail">{item.detail}</span> : null}
          </>
        );
        return (
          <li key={item.key}>
            {action ? (
              <button
                type="button"
                className="legend-button"
                aria-label={action.label(item)}
                aria-pressed={action.isActive(item.key)}
                onClick={() => action.onSelect(item.key)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
