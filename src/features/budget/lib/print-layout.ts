import type { Language } from '@/domain/codes/languages';
import { localeOf } from '@/lib/format';
import type { PivotModel } from './pivot-model';

/** The unit pivot amounts are written in: whole dollars, thousands or millions (one decimal). */
export type AmountUnit = 'full' | 'thousands' | 'millions';

const DIVISOR: Record<AmountUnit, number> = { full: 1, thousands: 1e3, millions: 1e6 };
const DECIMALS: Record<AmountUnit, number> = { full: 0, thousands: 0, millions: 1 };

const formatters = new Map<string, Intl.NumberFormat>();
function decimalFormat(lang: Language, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A pivot amount in a unit and language: "–" for nothing, and "<1" / "<0.1" for an amount that
 * is not zero but would round to it, so a small budget never reads as none.
 */
export function formatAmount(value: number, unit: AmountUnit, lang: Language): string {
  if (Math.abs(value) < 0.5) return '–';
  const decimals = DECIMALS[unit];
  const scaled = value / DIVISOR[unit];
  const smallest = 10 ** -decimals;
  const format = decimalFormat(lang, decimals);
  if (Math.abs(scaled) < smallest / 2) return `<${format.format(smallest)}`;
  return format.format(scaled);
}

/** How the pivot is printed: the amounts' unit and the table's font size in points. */
export interface PrintLayout {
  unit: AmountUnit;
  fontPt: number;
}

/** Most precise first; the first that fits the page wins, the last is used when none does. */
const CANDIDATES: readonly PrintLayout[] = [
  { unit: 'full', fontPt: 7 },
  { unit: 'thousands', fontPt: 7 },
  { unit: 'thousands', fontPt: 6.5 },
  { unit: 'millions', fontPt: 7 },
  { unit: 'millions', fontPt: 6 },
];

/** Width of A4 portrait less 12 mm margins each side, in CSS pixels (96 per inch). */
export const PRINT_WIDTH_PX = ((210 - 2 * 12) / 25.4) * 96;
/** Print widths that budget.css gives the row-label column and each cell's side padding. */
export const PRINT_LABEL_PX = 80;
export const PRINT_CELL_PADDING_PX = 1.5;
/** Room kept for borders and rounding in the estimate. */
const SAFETY = 0.96;

/** Advance widths in em of the narrow print font's glyphs (Liberation Sans Narrow = Arial Narrow). */
function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') em += 0.456;
    else if (ch === ',' || ch === '.' || ch === ' ') em += 0.228;
    else if (ch === '\u00a0' || ch === '\u202f') em += 0.3;
    else em += 0.5;
  }
  return em;
}

/** Estimated width in CSS pixels of the printed pivot in a layout: label column plus every amount column. */
export function printedWidthPx(
  model: PivotModel,
  layout: PrintLayout,
  lang: Language,
  totalLabel: string,
): number {
  const fontPx = (layout.fontPt * 96) / 72;
  const columnWidth = (texts: string[]) =>
    Math.max(...texts.map(textWidthEm)) * fontPx + 2 * PRINT_CELL_PADDING_PX;
  const amount = (value: number) => formatAmount(value, layout.unit, lang);
  let width = PRINT_LABEL_PX;
  model.years.forEach((year, i) => {
    width += columnWidth([
      String(year),
      ...model.rows.map((row) => amount(row.cells[i] ?? 0)),
      amount(model.columnTotals[i] ?? 0),
    ]);
  });
  width += columnWidth([
    totalLabel,
    ...model.rows.map((row) => amount(row.total)),
    amount(model.grandTotal),
  ]);
  return width;
}

/**
 * The most precise unit, at the largest font, in which the printed pivot fits the width of an A4
 * page: full amounts for a few years, thousands or millions of dollars for the whole span.
 */
export function choosePrintLayout(
  model: PivotModel,
  lang: Language,
  totalLabel: string,
): PrintLayout {
  const fits = (layout: PrintLayout) =>
    printedWidthPx(model, layout, lang, totalLabel) <= PRINT_WIDTH_PX * SAFETY;
  return CANDIDATES.find(fits) ?? CANDIDATES[CANDIDATES.length - 1]!;
}
