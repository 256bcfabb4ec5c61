import { coverages } from '../codes/coverage';
import { portfolioTypeCodes } from '../codes/project-types';
import { regions } from '../codes/regions';
import { statuses } from '../codes/statuses';
import { firstDay, lastDay } from '../partial-date';
import type { ProjectSummary } from '../project';

/** Distinct values of a field, each with a small integer code. */
export interface Dictionary<K extends string | number = string> {
  keys: K[];
  codeOf: Map<K, number>;
}

/** A dictionary-encoded field: one small code per project. */
export interface CodedColumn<K extends string | number = string> extends Dictionary<K> {
  codes: Uint16Array;
}

/**
 * The portfolio as typed arrays, built once: facets are dictionary-encoded so that filters
 * become table look-ups and aggregates become array increments.
 */
export interface Columns {
  n: number;
  region: CodedColumn;
  status: CodedColumn;
  type: CodedColumn;
  coverage: CodedColumn;
  /** Funding years, keys in ascending order. */
  year: CodedColumn<number>;
  /** Country codes, keys in ascending order. */
  countries: Dictionary;
  /**
   * Distinct country lists ("sets", duplicates kept as written): project i has the list
   * setCountry[setStart[s] .. setStart[s + 1]) with s = setOf[i]. Many projects share a list,
   * so a country filter is decided once per list rather than once per project.
   */
  setOf: Uint32Array;
  setStart: Uint32Array;
  setCountry: Uint16Array;
  /** Budgets in USD; 0 for a project whose budget is not provided (so sums leave it out). */
  budget: Float64Array;
  /** 1 where the project has a budget, 0 where it is not provided. */
  hasBudget: Uint8Array;
  /** First and last day covered (days since 1970); an open-ended project ends at +Infinity. */
  start: Float64Array;
  end: Float64Array;
  /** Index of the `ongoing` status code. */
  ongoing: number;
}

function dictionaryOf<K extends string | number>(keys: K[]): Dictionary<K> {
  return { keys, codeOf: new Map(keys.map((k, i) => [k, i])) };
}

/** Encodes a field; the code list's own codes come first, in list order, so bins follow it. */
function encode(
  projects: readonly ProjectSummary[],
  listed: readonly string[],
  value: (p: ProjectSummary) => string,
): CodedColumn {
  const dict = dictionaryOf([...listed]);
  const codes = new Uint16Array(projects.length);
  projects.forEach((p, i) => {
    const key = value(p);
    let code = dict.codeOf.get(key);
    if (code === undefined) {
      code = dict.keys.push(key) - 1;
      dict.codeOf.set(key, code);
    }
    codes[i] = code;
  });
  return { ...dict, codes };
}

function encodeYears(projects: readonly ProjectSummary[]): CodedColumn<number> {
  const dict = dictionaryOf([...new Set(projects.map((p) => p.year))].sort((a, b) => a - b));
  const codes = new Uint16Array(projects.length);
  projects.forEach((p, i) => {
    codes[i] = dict.codeOf.get(p.year)!;
  });
  return { ...dict, codes };
}

function encodeCountrySets(projects: readonly ProjectSummary[]) {
  const countries = dictionaryOf([...new Set(projects.flatMap((p) => p.countries))].sort());
  const setOf = new Uint32Array(projects.length);
  const setByKey = new Map<string, number>();
  const starts: number[] = [0];
  const members: number[] = [];
  projects.forEach((p, i) => {
    const key = p.countries.join(',');
    let set = setByKey.get(key);
    if (set === undefined) {
      set = starts.length - 1;
      setByKey.set(key, set);
      for (const c of p.countries) members.push(countries.codeOf.get(c)!);
      starts.push(members.length);
    }
    setOf[i] = set;
  });
  return {
    countries,
    setOf,
    setStart: Uint32Array.from(starts),
    setCountry: Uint16Array.from(members),
  };
}

/** Builds the columns of a portfolio. */
export function buildColumns(projects: readonly ProjectSummary[]): Columns {
  const n = projects.length;
  const budget = new Float64Array(n);
  const hasBudget = new Uint8Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  projects.forEach((p, i) => {
    budget[i] = p.budgetUsd ?? 0;
    hasBudget[i] = p.budgetUsd === undefined ? 0 : 1;
    start[i] = firstDay(p.startDate);
    end[i] = p.endDate ? lastDay(p.endDate) : Number.POSITIVE_INFINITY;
  });
  const status = encode(projects, statuses.codes, (p) => p.status);
  return {
    n,
    region: encode(projects, regions.codes, (p) => p.region),
    status,
    type: encode(projects, portfolioTypeCodes(projects), (p) => p.type),
    coverage: encode(projects, coverages.codes, (p) => p.coverage),
    year: encodeYears(projects),
    ...encodeCountrySets(projects),
    budget,
    hasBudget,
    start,
    end,
    ongoing: status.codeOf.get('ongoing')!,
  };
}
