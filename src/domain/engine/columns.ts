import { coverages } from '../codes/coverage';
import { portfolioTypeCodes } from '../codes/project-types';
import { regions } from '../codes/regions';
import { statuses } from '../codes/statuses';
import { funderParts } from '../funders';
import type { ProjectSummary } from '../project';
import { spanBounds } from '../project-span';

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
  /** Funders by key (ref, else name), with the name each goes by. */
  funders: Dictionary & { names: string[] };
  /**
   * Distinct funder lists with each member's share of the budget, as for countries: project i
   * has members funderMember[funderStart[s] .. funderStart[s + 1]) with s = funderSetOf[i].
   */
  funderSetOf: Uint32Array;
  funderStart: Uint32Array;
  funderMember: Uint32Array;
  funderShare: Float64Array;
  /** The name each member goes by in its project (a ref may go by other names elsewhere). */
  funderMemberName: string[];
  /** Money moved, NaN where the project does not say. */
  committed: Float64Array;
  disbursed: Float64Array;
  spent: Float64Array;
  /** Calendar years of spending, keys ascending. */
  spendYears: Dictionary<number>;
  /** Project i's per-year entries are yearly*[yearlyStart[i] .. yearlyStart[i + 1]). */
  yearlyStart: Uint32Array;
  yearlyYear: Uint16Array;
  yearlyDisbursed: Float64Array;
  yearlySpent: Float64Array;
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

function encodeFunderSets(projects: readonly ProjectSummary[]) {
  const keys: string[] = [];
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  const funderSetOf = new Uint32Array(projects.length);
  const setByKey = new Map<string, number>();
  const starts: number[] = [0];
  const members: number[] = [];
  const shares: number[] = [];
  const memberNames: string[] = [];
  projects.forEach((p, i) => {
    const parts = funderParts(p.funders);
    const setKey = parts.map((f) => `${f.key}\u0000${f.name}\u0000${f.share}`).join('\u0001');
    let set = setByKey.get(setKey);
    if (set === undefined) {
      set = starts.length - 1;
      setByKey.set(setKey, set);
      for (const part of parts) {
        let code = codeOf.get(part.key);
        if (code === undefined) {
          code = keys.push(part.key) - 1;
          names.push(part.name);
          codeOf.set(part.key, code);
        }
        members.push(code);
        shares.push(part.share);
        memberNames.push(part.name);
      }
      starts.push(members.length);
    }
    funderSetOf[i] = set;
  });
  return {
    funders: { keys, names, codeOf },
    funderSetOf,
    funderStart: Uint32Array.from(starts),
    funderMember: Uint32Array.from(members),
    funderShare: Float64Array.from(shares),
    funderMemberName: memberNames,
  };
}

function encodeSpending(projects: readonly ProjectSummary[]) {
  const n = projects.length;
  const committed = new Float64Array(n).fill(Number.NaN);
  const disbursed = new Float64Array(n).fill(Number.NaN);
  const spent = new Float64Array(n).fill(Number.NaN);
  const yearlyStart = new Uint32Array(n + 1);
  const years = new Set<number>();
  let entries = 0;
  projects.forEach((p, i) => {
    if (p.committedUsd !== undefined) committed[i] = p.committedUsd;
    if (p.disbursedUsd !== undefined) disbursed[i] = p.disbursedUsd;
    if (p.spentUsd !== undefined) spent[i] = p.spentUsd;
    for (const e of p.spendingByYear ?? []) years.add(e.year);
    entries += p.spendingByYear?.length ?? 0;
    yearlyStart[i + 1] = entries;
  });
  const spendYears = dictionaryOf([...years].sort((a, b) => a - b));
  const yearlyYear = new Uint16Array(entries);
  const yearlyDisbursed = new Float64Array(entries);
  const yearlySpent = new Float64Array(entries);
  projects.forEach((p, i) => {
    let k = yearlyStart[i]!;
    for (const e of p.spendingByYear ?? []) {
      yearlyYear[k] = spendYears.codeOf.get(e.year)!;
      yearlyDisbursed[k] = e.disbursedUsd;
      yearlySpent[k++] = e.spentUsd;
    }
  });
  return {
    committed,
    disbursed,
    spent,
    spendYears,
    yearlyStart,
    yearlyYear,
    yearlyDisbursed,
    yearlySpent,
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
    const bounds = spanBounds(p.startDate, p.endDate);
    start[i] = bounds.startDay;
    end[i] = bounds.reachDay;
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
    ...encodeFunderSets(projects),
    ...encodeSpending(projects),
  };
}
