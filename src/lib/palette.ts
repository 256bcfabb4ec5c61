/**
 * Okabe–Ito: a qualitative palette that stays distinguishable with the common forms of colour
 * blindness. Charts never rely on colour alone: labels, legends and the table view carry the
 * same information.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
] as const;

/** Status colours: ongoing in blue, completed in orange (also told apart by pattern and label). */
export const STATUS_COLOURS: Record<string, string> = { ongoing: '#0072B2', completed: '#E69F00' };

/** The palette colour for the i-th series, cycling. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
