/**
 * Seven steps of viridis, light to dark: sequential, colour-blind safe and readable in grey,
 * so a darker state always means more.
 */
export const SEQUENTIAL = [
  '#fde725',
  '#a0da39',
  '#4ac16d',
  '#1fa187',
  '#277f8e',
  '#365c8d',
  '#46327e',
] as const;

/** States without projects: a neutral grey, darker than the lightest class so the two never blur. */
export const NO_PROJECTS_COLOUR = '#c9ced4';

/** Colours for n classes, spread over the whole palette so few classes still differ clearly. */
export function classColours(n: number): string[] {
  if (n <= 1) return [SEQUENTIAL[3]];
  const last = SEQUENTIAL.length - 1;
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * last) / (n - 1))]!);
}
