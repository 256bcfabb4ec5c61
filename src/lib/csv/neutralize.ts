/**
 * Spreadsheet formula injection (OWASP "CSV Injection", ASVS 1.2.10).
 *
 * Excel, LibreOffice Calc and Google Sheets evaluate a cell as a formula when its first
 * character is `=`, `+`, `-` or `@`, and tab, CR, LF or NUL in first place can smuggle one in.
 * Some of them also drop leading spaces before deciding, and East Asian input methods type
 * the full-width forms (＝ ＋ － ＠), so a cell is neutralised when its first character is
 * one of those controls, or when its first non-space character is a trigger.
 *
 * Neutralising prefixes a single quote `'`: spreadsheets read it as "this is text" and hide
 * it. A text that already starts with `'` followed by something that would need it is
 * neutralised too, so `unneutralizeCell` can always undo exactly one quote and the round
 * trip text → CSV → text is lossless.
 *
 * Only text columns go through this. Numeric columns (budget, funding year) hold numbers the
 * exporter formats itself; a spreadsheet reads `-1200` as a number, never as a formula, and
 * amounts are never negative here anyway, so they stay raw.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const LEADING_CONTROLS = new Set(['\t', '\r', '\n', '\0']);

/** True when a spreadsheet could read the cell as a formula (or it looks neutralised already). */
export function needsNeutralizing(cell: string): boolean {
  const first = cell.charAt(0);
  if (first === '') return false;
  if (LEADING_CONTROLS.has(first)) return true;
  const firstVisible = cell.replace(/^[ \u00a0\u3000]+/, '').charAt(0);
  if (TRIGGERS.has(firstVisible)) return true;
  return first === "'" && needsNeutralizing(cell.slice(1));
}

/** The cell as written to a CSV file: prefixed with `'` when it needs neutralising. */
export function neutralizeCell(cell: string): string {
  return needsNeutralizing(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralizeCell`: drops the one `'` it added, and nothing else. */
export function unneutralizeCell(cell: string): string {
  return cell.startsWith("'") && needsNeutralizing(cell.slice(1)) ? cell.slice(1) : cell;
}
