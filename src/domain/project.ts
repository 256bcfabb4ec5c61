import './zod-jitless';
import { z } from 'zod';
import { coverages } from './codes/coverage';
import { regions } from './codes/regions';
import { statuses } from './codes/statuses';
import { parsePartialDate } from './partial-date';
import type { ProjectField } from './project-fields';

/** A partial date (`2019`, `2019-03` or `2019-03-15`; see partial-date.ts). */
export const partialDateSchema = z.string().refine((s) => parsePartialDate(s) !== undefined, {
  message: 'invalid_date',
});

/**
 * An amount converted to USD: the original amount and currency, the year of the annual average
 * rate used, and the USD it made. A budget has one per currency and rate year.
 */
export const originalAmountSchema = z.object({
  amount: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  rateYear: z.number().int(),
  usd: z.number(),
});
export type OriginalAmount = z.infer<typeof originalAmountSchema>;

/**
 * One entry of a portfolio's own project-type list: a code and its label per language. Spanish
 * came later than English and French, so a list without it is read, and shows the English label.
 */
export const projectTypeEntrySchema = z.object({
  code: z.string().min(1),
  labels: z.object({
    en: z.string().min(1),
    fr: z.string().min(1),
    es: z.string().min(1).optional(),
  }),
});
export type ProjectTypeEntry = z.infer<typeof projectTypeEntrySchema>;

/** An organisation that funds a project (IATI participating-org role 1, "Funding"). */
export const funderSchema = z.object({
  name: z.string().min(1),
  /** IATI organisation identifier, when known (e.g. `XM-DAC-5` for Germany). */
  ref: z.string().min(1).optional(),
  /** Share of the project's budget this funder gives, 0–1, when the source states it. */
  share: z.number().positive().max(1).optional(),
});
export type Funder = z.infer<typeof funderSchema>;

/** Money moved in one calendar year: disbursements and expenditure, in USD. */
export const yearSpendingSchema = z.object({
  year: z.number().int(),
  disbursedUsd: z.number().nonnegative(),
  spentUsd: z.number().nonnegative(),
});
export type YearSpending = z.infer<typeof yearSpendingSchema>;

/** A project as the list endpoint returns it: every field but the description (DESIGN §2). */
export const projectSummarySchema = z.object({
  id: z.string().min(1),
  primaId: z.string(),
  title: z.string().min(1),
  startDate: partialDateSchema,
  endDate: partialDateSchema.optional(),
  status: z.enum(statuses.codes),
  /** A code of the portfolio's type list (`Meta.types`; IOM's list when the meta has none). */
  type: z.string().min(1),
  /** Absent when the source provides no budget: "not provided", never 0 (DESIGN §11). */
  budgetUsd: z.number().nonnegative().optional(),
  /** The budget as the source gave it, where it was in another currency (DESIGN §11). */
  budgetOriginal: z.array(originalAmountSchema).optional(),
  coverage: z.enum(coverages.codes),
  year: z.number().int(),
  region: z.enum(regions.codes),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** Who funds it (DESIGN §11); absent when the source does not say. */
  funders: z.array(funderSchema).optional(),
  /** Money committed, disbursed and spent so far, in USD; absent when the source does not say. */
  committedUsd: z.number().nonnegative().optional(),
  disbursedUsd: z.number().nonnegative().optional(),
  spentUsd: z.number().nonnegative().optional(),
  /** Disbursements and expenditure per calendar year, ascending; their sums are the totals above. */
  spendingByYear: z.array(yearSpendingSchema).optional(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/**
 * A portfolio's projects by index: a list, or a source that makes each whole when asked for (the
 * engine's Worker keeps its projects' amounts in its columns, see engine/columns KeptProject).
 */
export interface ProjectsByIndex {
  readonly length: number;
  at(index: number): ProjectSummary | undefined;
}

/** A project with its description, as the detail endpoint returns it. */
export const projectSchema = projectSummarySchema.extend({
  description: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** A news release, linked to countries and, where known, to projects. */
export const newsItemSchema = z.object({
  id: z.string().min(1),
  date: partialDateSchema,
  title: z.string().min(1),
  summary: z.string(),
  countries: z.array(z.string()),
  projectIds: z.array(z.string()),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

/** What the API says about the dataset as a whole. */
export const metaSchema = z.object({
  asOf: partialDateSchema,
  source: z.string(),
  currency: z.literal('USD'),
  projectCount: z.number().int().nonnegative(),
  /** The portfolio's project types, in display order; absent: the IOM Development Fund's list. */
  types: z.array(projectTypeEntrySchema).optional(),
});
export type Meta = z.infer<typeof metaSchema>;

/** One page of the project list. Items stay unknown here: each is validated on its own. */
export const projectPageSchema = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(z.unknown()),
});
export type ProjectPage = z.infer<typeof projectPageSchema>;

export const newsListSchema = z.object({ items: z.array(newsItemSchema) });

/** The error body every endpoint uses. */
export const apiErrorSchema = z.object({ error: z.string(), message: z.string() });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

// The fields' one table (order, labels, kinds, import header words) is project-fields.ts.
export {
  MONEY_MOVED_FIELDS,
  PROJECT_FIELDS,
  type MoneyMovedField,
  type ProjectField,
} from './project-fields';

/** Every field of the table is a field of the summary. */
export type FieldsAreSummaryKeys = ProjectField extends keyof ProjectSummary ? true : never;
