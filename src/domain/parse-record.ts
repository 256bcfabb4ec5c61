import './zod-jitless';
import type { CodeList } from './codes/code-list';
import { coverages } from './codes/coverage';
import { resolveCountry } from './codes/countries';
import { isDacTypeCode, projectTypes } from './codes/project-types';
import { regions } from './codes/regions';
import { statuses } from './codes/statuses';
import { firstDay, lastDay, normalizePartialDate } from './partial-date';
import { z } from 'zod';
import {
  originalAmountSchema,
  type OriginalAmount,
  type Project,
  type ProjectSummary,
  type ProjectTypeEntry,
} from './project';
import { readMoneyFields } from './parse-money';
import type { RejectionReason } from './reasons';
import { StringSet } from './string-set';

/** A record that failed validation: its id where it has one, and every reason. */
export interface RejectedRecord {
  index: number;
  id: string | undefined;
  reasons: RejectionReason[];
}

export type RecordResult<T> =
  { ok: true; value: T } | { ok: false; id: string | undefined; reasons: RejectionReason[] };

type Raw = Record<string, unknown>;

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** Reads a string field, or records why it cannot. */
export function text(
  raw: Raw,
  field: string,
  reasons: RejectionReason[],
  required: boolean,
): string | undefined {
  const value = raw[field];
  if (isBlank(value)) {
    if (required) reasons.push({ code: 'missing', field });
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    reasons.push({ code: 'not_text', field });
    return undefined;
  }
  return value.trim();
}

export function code<C extends string>(
  raw: Raw,
  field: string,
  list: CodeList<C>,
  reasons: RejectionReason[],
): C | undefined {
  const value = raw[field];
  if (isBlank(value)) {
    reasons.push({ code: 'missing', field });
    return undefined;
  }
  const resolved = typeof value === 'string' ? list.resolve(value) : undefined;
  if (!resolved) reasons.push({ code: 'unknown_code', field, value: show(value) });
  return resolved;
}

export function date(
  raw: Raw,
  field: string,
  reasons: RejectionReason[],
  required: boolean,
): string | undefined {
  const value = raw[field];
  if (isBlank(value)) {
    if (required) reasons.push({ code: 'missing', field });
    return undefined;
  }
  const normalized = normalizePartialDate(value);
  if (!normalized) reasons.push({ code: 'invalid_date', field, value: show(value) });
  return normalized;
}

/** Budgets as numbers or decimal strings ("200000.00", "200 000,00", "USD 1,200.50"). */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let s = value
    .trim()
    .replace(/^(usd|us\$|\$)\s*/i, '')
    .replace(/\s*(usd|\$)$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  // 400 digits make Infinity: not an amount ("US$∞" and a CSV that cannot be read back).
  const amount = Number(s);
  return Number.isFinite(amount) ? amount : undefined;
}

/** The budget in USD; blank is "not provided" (undefined), which is not a reason (DESIGN §11). */
function budget(raw: Raw, reasons: RejectionReason[]): number | undefined {
  const value = raw.budgetUsd;
  if (isBlank(value)) return undefined;
  const amount = parseAmount(value);
  if (amount === undefined) {
    reasons.push({ code: 'invalid_budget', field: 'budgetUsd', value: show(value) });
    return undefined;
  }
  if (amount < 0) {
    reasons.push({ code: 'negative_budget', field: 'budgetUsd', value: show(value) });
    return undefined;
  }
  return amount;
}

/**
 * Which project types a record may hold: the portfolio's own list (its meta's `types`), or
 * `open` for a file whose types are whatever it holds (a CSV's values become their own labels).
 * By default: the IOM Development Fund's types, and DAC sector categories (`dac-410`).
 * IOM's labels and aliases always resolve to IOM's codes.
 */
export interface ParseOptions {
  types?: readonly ProjectTypeEntry[] | 'open';
}

export function typeCode(
  raw: Raw,
  types: ParseOptions['types'],
  reasons: RejectionReason[],
): string | undefined {
  const value = raw.type;
  if (isBlank(value)) {
    reasons.push({ code: 'missing', field: 'type' });
    return undefined;
  }
  const word =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  const resolved =
    word === undefined
      ? undefined
      : types === 'open'
        ? (projectTypes.resolve(word) ?? word)
        : types
          ? types.some((t) => t.code === word)
            ? word
            : projectTypes.resolve(word)
          : (projectTypes.resolve(word) ?? (isDacTypeCode(word) ? word : undefined));
  if (!resolved) reasons.push({ code: 'unknown_code', field: 'type', value: show(value) });
  return resolved;
}

/** The original amounts of a converted budget, when the record has them. */
function originalAmounts(raw: Raw, reasons: RejectionReason[]): OriginalAmount[] | undefined {
  const value = raw.budgetOriginal;
  if (value === undefined || value === null) return undefined;
  const parsed = z.array(originalAmountSchema).safeParse(value);
  if (!parsed.success) {
    reasons.push({ code: 'invalid_budget', field: 'budgetOriginal', value: show(value) });
    return undefined;
  }
  return parsed.data.length > 0 ? parsed.data : undefined;
}

function year(raw: Raw, reasons: RejectionReason[]): number | undefined {
  const value = raw.year;
  if (isBlank(value)) {
    reasons.push({ code: 'missing', field: 'year' });
    return undefined;
  }
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.trim())
        : Number.NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) {
    reasons.push({ code: 'invalid_year', field: 'year', value: show(value) });
    return undefined;
  }
  return n;
}

export function countryList(raw: Raw, reasons: RejectionReason[]): string[] {
  const value = raw.countries;
  if (isBlank(value)) return [];
  const words = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[;,|]/)
      : [value];
  const codes: string[] = [];
  for (const word of words) {
    if (isBlank(word)) continue;
    const resolved = typeof word === 'string' ? resolveCountry(word) : undefined;
    if (!resolved)
      reasons.push({
        code: 'unknown_country',
        field: 'countries',
        value: show(typeof word === 'string' ? word.trim() : word),
      });
    else if (!codes.includes(resolved)) codes.push(resolved);
  }
  return codes;
}

/**
 * Validates one project record as real sources write it — year-only dates, decimal-string
 * budgets, status, region and type as codes or as English or French words — and returns the
 * normalised summary or every reason it is rejected.
 */
export function parseProjectSummary(
  input: unknown,
  options: ParseOptions = {},
): RecordResult<ProjectSummary> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, id: undefined, reasons: [{ code: 'not_an_object' }] };
  }
  const raw = input as Raw;
  const reasons: RejectionReason[] = [];
  const id = text(raw, 'id', reasons, true);
  // The project page's address holds the id: `.` and `..` would name another page.
  if (id === '.' || id === '..') reasons.push({ code: 'not_a_path', field: 'id', value: id });
  const primaId = text(raw, 'primaId', reasons, false) ?? '';
  const title = text(raw, 'title', reasons, true);
  const startDate = date(raw, 'startDate', reasons, true);
  const endDate = date(raw, 'endDate', reasons, false);
  const status = code(raw, 'status', statuses, reasons);
  const type = typeCode(raw, options.types, reasons);
  const budgetUsd = budget(raw, reasons);
  const original = originalAmounts(raw, reasons);
  if (typeof raw.budgetUnconverted === 'string')
    reasons.push({ code: 'no_exchange_rate', field: 'budgetUsd', value: raw.budgetUnconverted });
  const coverage = code(raw, 'coverage', coverages, reasons);
  const fundingYear = year(raw, reasons);
  const region = code(raw, 'region', regions, reasons);
  const countries = countryList(raw, reasons);
  const money = readMoneyFields(raw, parseAmount, reasons);
  if (startDate && endDate && lastDay(endDate) < firstDay(startDate)) {
    reasons.push({ code: 'end_before_start', field: 'endDate', value: endDate });
  }
  if (
    reasons.length > 0 ||
    !id ||
    !title ||
    !startDate ||
    !status ||
    !type ||
    !coverage ||
    fundingYear === undefined ||
    !region
  ) {
    return { ok: false, id, reasons };
  }
  const value: ProjectSummary = {
    id,
    primaId,
    title,
    startDate,
    status,
    type,
    coverage,
    year: fundingYear,
    region,
    countries,
    ...money,
  };
  if (endDate) value.endDate = endDate;
  if (budgetUsd !== undefined) value.budgetUsd = budgetUsd;
  if (original) value.budgetOriginal = original;
  return { ok: true, value };
}

/** Validates a full project: the summary fields plus its description. */
export function parseProject(input: unknown, options: ParseOptions = {}): RecordResult<Project> {
  const summary = parseProjectSummary(input, options);
  if (!summary.ok) return summary;
  const description = (input as Raw).description;
  return {
    ok: true,
    value: { ...summary.value, description: typeof description === 'string' ? description : '' },
  };
}

/** The valid projects (as `Kept`, see createSummaryValidator), and the records rejected. */
export interface ParsedPortfolio<Kept = ProjectSummary> {
  projects: Kept[];
  rejected: RejectedRecord[];
}

/** Validates a portfolio a batch at a time, in order, with the checks of parseProjectSummaries. */
export interface SummaryValidator<Kept = ProjectSummary> {
  /** Validates the next records; their indexes continue from the previous batch. */
  add(inputs: readonly unknown[]): void;
  /**
   * Takes the next record as already validated on its own (parseProjectSummary's value for it):
   * only the checks across records (repeated ids, completed after the data date) remain.
   */
  accept(project: ProjectSummary): void;
  /** Makes room for `total` projects at once (the total the pages announce). */
  reserve(total: number): void;
  /** Everything validated so far. */
  result(): ParsedPortfolio<Kept>;
}

/**
 * A validator that takes a portfolio page by page as it arrives, so a large portfolio is checked
 * while the rest downloads rather than in one long task at the end. The batches put together give
 * exactly what parseProjectSummaries gives for all the records at once. `keep` is given each
 * project accepted, in order, and gives what the result holds for it (the project by default).
 */
export function createSummaryValidator(asOf?: string, options?: ParseOptions): SummaryValidator;
export function createSummaryValidator<Kept>(
  asOf: string | undefined,
  options: ParseOptions,
  keep: (project: ProjectSummary) => Kept,
): SummaryValidator<Kept>;
export function createSummaryValidator<Kept>(
  asOf?: string,
  options: ParseOptions = {},
  keep?: (project: ProjectSummary) => Kept,
): SummaryValidator<Kept | ProjectSummary> {
  const projects: (Kept | ProjectSummary)[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new StringSet();
  const asOfDay = asOf ? lastDay(asOf) : Number.NaN;
  let index = 0;
  const accept = (project: ProjectSummary, at = index++) => {
    const reasons: RejectionReason[] = [];
    if (seen.has(project.id))
      reasons.push({ code: 'duplicate_id', field: 'id', value: project.id });
    if (project.status === 'completed' && project.endDate && firstDay(project.endDate) > asOfDay) {
      reasons.push({ code: 'completed_in_future', field: 'status', value: project.endDate });
    }
    if (reasons.length > 0) rejected.push({ index: at, id: project.id, reasons });
    else {
      seen.add(project.id);
      projects.push(keep ? keep(project) : project);
    }
  };
  const check = (input: unknown) => {
    const at = index++;
    const result = parseProjectSummary(input, options);
    if (result.ok) accept(result.value, at);
    else rejected.push({ index: at, id: result.id, reasons: result.reasons });
  };
  return {
    add: (inputs) => {
      for (const input of inputs) check(input);
    },
    accept: (project) => accept(project),
    reserve: (total) => seen.reserve(total),
    result: () => ({ projects, rejected }),
  };
}

/**
 * Validates a batch record by record. Beyond each record's own checks it rejects repeated
 * ids (every copy after the first) and, given the data date, a completed project whose end
 * date lies after it.
 */
export function parseProjectSummaries(
  inputs: readonly unknown[],
  asOf?: string,
  options: ParseOptions = {},
): ParsedPortfolio {
  const validator = createSummaryValidator(asOf, options);
  validator.add(inputs);
  return validator.result();
}
