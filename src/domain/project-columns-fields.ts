import { MONEY_FIELDS } from './project-columns-money-fit';
import { PROJECT_FIELDS } from './project-fields';

/*
 * The fields of the column wire format (project-columns.ts) by kind: zod-free, so that the
 * encoder (the demo build's mock API Worker) carries no schema library.
 */

export const TEXT_FIELDS = ['id', 'primaId', 'title'] as const;
export const NUMBER_FIELDS = ['budgetUsd', 'year'] as const;
export const DICT_FIELDS = [
  'startDate',
  'endDate',
  'status',
  'type',
  'coverage',
  'region',
] as const;
/** Fields a regular record may leave out. */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['endDate', ...MONEY_FIELDS]);
/** Every field of a summary: the field table's, and the spending by year the money columns carry. */
export const COLUMN_FIELDS: readonly string[] = [...new Set([...PROJECT_FIELDS, ...MONEY_FIELDS])];
