import type { CoverageCode } from '@/domain/codes/coverage';
import { chance, type Random, weightedPicker } from './prng';

/** Grant ranges in USD (DESIGN §2): national 50k–200k, regional (and global) 100k–300k. */
export const BUDGET_RANGES: Record<CoverageCode, { min: number; max: number }> = {
  national: { min: 50_000, max: 200_000 },
  regional: { min: 100_000, max: 300_000 },
  global: { min: 100_000, max: 300_000 },
};

// Many grants are awarded at a round figure, and the ceiling is the most common one.
const roundNational = weightedPicker([
  [200_000, 6],
  [150_000, 3],
  [100_000, 3],
  [180_000, 1],
  [120_000, 1],
  [75_000, 1],
  [50_000, 1],
] as const);
const roundRegional = weightedPicker([
  [300_000, 6],
  [250_000, 3],
  [200_000, 3],
  [280_000, 1],
  [150_000, 1],
  [100_000, 1],
] as const);

/**
 * A budget within the coverage's range. About a third are round figures; the rest lean towards
 * the ceiling (applicants tend to ask for the maximum) and are rounded to thousands or hundreds.
 */
export function drawBudget(rng: Random, coverage: CoverageCode): number {
  if (chance(rng, 0.35)) return coverage === 'national' ? roundNational(rng) : roundRegional(rng);
  const { min, max } = BUDGET_RANGES[coverage];
  const raw = min + (max - min) * Math.sqrt(rng());
  const step = chance(rng, 0.7) ? 1000 : 100;
  return Math.min(max, Math.max(min, Math.round(raw / step) * step));
}
