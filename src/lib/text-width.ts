/**
 * The width in pixels that a line of chart text takes, so a chart can reserve room for its
 * longest label (a value, an axis tick, a category) instead of clipping it at a fixed margin.
 *
 * Measured with a canvas in the page's own font where there is one (every browser); elsewhere
 * (jsdom) estimated generously from the number of characters, so a layout computed in a unit
 * test errs on the wide side.
 */

/** The interface's font stack (src/styles/index.css). */
const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";

/** A generous average advance of a character, as a share of the font size. */
const ESTIMATED_ADVANCE = 0.62;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function canvasContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  }
  return context;
}

/** Widths already measured, by font and text: a chart's labels are mostly the same from view to view. */
const widths = new Map<string, number>();
const MAX_WIDTHS = 5000;

/** The width of `text` set in the interface font at `fontSize` pixels (and `weight`). */
export function textWidth(text: string, fontSize = 12, weight: 400 | 600 | 700 = 400): number {
  const ctx = canvasContext();
  if (!ctx) return text.length * fontSize * ESTIMATED_ADVANCE;
  const font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  const key = `${weight} ${fontSize} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= MAX_WIDTHS) widths.clear();
    if (ctx.font !== font) ctx.font = font;
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

/** The widest of several lines of text, in pixels (0 for none). */
export function widestText(texts: Iterable<string>, fontSize = 12): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidth(text, fontSize));
  return widest;
}
