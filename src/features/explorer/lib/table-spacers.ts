/**
 * The heights of the table's spacer rows above and below the rows drawn. Rows are placed by
 * arithmetic (`index × rowHeight`), and a row whose project has not arrived yet (asked of the
 * engine's Worker) is not drawn: the spacers are measured from the rows drawn, so the body keeps
 * the whole list's height. Were it shorter for a moment, the browser would pull the scroll offset
 * back and the last rows could not be reached.
 */
export function tableSpacers(
  drawn: readonly { position: number }[],
  firstInView: number | undefined,
  rowHeight: number,
  totalSize: number,
): { top: number; bottom: number } {
  const first = drawn[0]?.position;
  const last = drawn.at(-1)?.position;
  if (first === undefined || last === undefined) {
    const top = Math.min(totalSize, (firstInView ?? 0) * rowHeight);
    return { top, bottom: totalSize - top };
  }
  const top = first * rowHeight;
  return { top, bottom: Math.max(0, totalSize - (last + 1) * rowHeight + gaps(drawn) * rowHeight) };
}

/** Rows missing between the first and the last row drawn (their heights are not in the body). */
function gaps(drawn: readonly { position: number }[]): number {
  const first = drawn[0]?.position ?? 0;
  const last = drawn.at(-1)?.position ?? -1;
  return last - first + 1 - drawn.length;
}
