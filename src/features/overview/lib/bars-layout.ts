import { textWidth, widestText } from '@/lib/text-width';
import { wrapLabel, type BarDatum } from './chart-data';

/** The height of a line of a category label, in pixels. */
export const CATEGORY_LINE_HEIGHT = 13;
const ROW_HEIGHT = 30;
const FONT_SIZE = 12;
/** Gap between a bar's end and its value label (recharts' LabelList offset), and some air. */
const VALUE_GAP = 5 + 6;
/** Gap between a category label and the axis line, and some air on the left. */
const LABEL_GAP = 12;

/**
 * Room for every label, from the labels themselves: the value labels get the widest one's width
 * on the right, the category labels at most `maxLabel` (at most 42% of the card) and wrap onto
 * three lines, four on a narrow card, the last cut with "…" only when even that is too little
 * (its title and the tooltip give it whole).
 */
export function barsLayout(
  bars: readonly BarDatum[],
  width: number,
  maxLabel: number,
  valueText: (budget: number) => string,
) {
  const valueRoom =
    Math.ceil(
      widestText(
        bars.map((b) => valueText(b.budget)),
        FONT_SIZE,
      ),
    ) + VALUE_GAP;
  const widestLabel = widestText(
    bars.map((b) => b.label),
    FONT_SIZE,
  );
  const labelRoom = Math.ceil(
    Math.min(maxLabel, Math.max(80, width * 0.42), widestLabel + LABEL_GAP),
  );
  const maxLines = width < 420 ? 4 : 3;
  const measure = (text: string) => textWidth(text, FONT_SIZE);
  const lines = new Map(
    bars.map((b) => [b.label, wrapLabel(b.label, labelRoom - LABEL_GAP, maxLines, measure)]),
  );
  const mostLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const rowHeight = Math.max(ROW_HEIGHT, mostLines * CATEGORY_LINE_HEIGHT + 8);
  return { valueRoom, labelRoom, lines, rowHeight };
}
