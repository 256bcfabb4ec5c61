import { z } from 'zod';
import { parseProjectSummaries, type RejectedRecord } from '@/domain/parse-record';
import {
  projectTypeEntrySchema,
  type ProjectSummary,
  type ProjectTypeEntry,
} from '@/domain/project';
import { isReasonCode } from '@/domain/reasons';

/** A portfolio the user imported from a file; it replaces the sample until removed. */
export interface ImportedPortfolio {
  name: string;
  importedAt: string;
  projects: (ProjectSummary & { description?: string })[];
  rejected: RejectedRecord[];
  /** Accepted records with a question (a status that contradicts the dates), for Data issues. */
  flagged?: RejectedRecord[];
  /** The portfolio's own project types (an IATI file's DAC sector categories, a CSV's values). */
  types?: ProjectTypeEntry[];
}

const rejectedSchema = z.object({
  index: z.number().int().nonnegative(),
  id: z.string().optional(),
  reasons: z.array(
    z.object({
      code: z.string().refine(isReasonCode),
      field: z.string().optional(),
      value: z.string().optional(),
    }),
  ),
});

const storedSchema = z.looseObject({
  name: z.string().min(1),
  importedAt: z.iso.datetime({ offset: true }),
  projects: z.array(z.unknown()),
  rejected: z.array(rejectedSchema),
  flagged: z.array(rejectedSchema).optional(),
  types: z.array(projectTypeEntrySchema).optional(),
});

/**
 * Reads a portfolio kept by an earlier visit, possibly by an older version of the app, with the
 * same record parser as the API's data: a portfolio is given back only when every part of it is
 * valid today; otherwise undefined, and the caller discards it.
 */
export function readStoredPortfolio(saved: unknown): ImportedPortfolio | undefined {
  const parsed = storedSchema.safeParse(saved);
  if (!parsed.success) return undefined;
  const { projects: records, rejected, flagged, types, ...rest } = parsed.data;
  const checked = parseProjectSummaries(records, undefined, types ? { types } : {});
  if (checked.rejected.length > 0) return undefined;
  const projects = checked.projects.map((project, i) => {
    const description = (records[i] as { description?: unknown }).description;
    return typeof description === 'string' ? { ...project, description } : project;
  });
  return {
    ...rest,
    projects,
    rejected: rejected as RejectedRecord[],
    ...(flagged ? { flagged: flagged as RejectedRecord[] } : {}),
    ...(types ? { types } : {}),
  };
}
