import type { ProjectTypeCode } from '@/domain/codes/project-types';

/** The thematic types the generator uses; 'other' is reserved for imported records. */
export type GeneratedType = Exclude<ProjectTypeCode, 'other'>;

/** Thematic types with their share of the portfolio. */
export const TYPE_WEIGHTS: readonly (readonly [GeneratedType, number])[] = [
  ['avrr', 16],
  ['counter-trafficking', 17],
  ['labour-migration', 14],
  ['border-management', 15],
  ['migration-development', 12],
  ['migration-health', 8],
  ['policy-research', 12],
  ['environment', 6],
];

export const GENERATED_TYPES: readonly GeneratedType[] = TYPE_WEIGHTS.map(([type]) => type);
