import { coverages } from '../codes/coverage';
import { portfolioTypeCodes } from '../codes/project-types';
import { regions } from '../codes/regions';
import { statuses } from '../codes/statuses';
import { funderKey, funderParts } from '../funders';
import type { ProjectSummary, YearSpending } from '../project';
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

/** A typed array of at least `size` elements, its contents kept (doubled when it grows). */
function ensure<A extends Float64Array | Uint8Array | Uint16Array | Uint32Array>(
  array: A,
  size: number,
): A {
  if (size <= array.length) return array;
  const Made = array.constructor as new (length: number) => A;
  const grown = new Made(Math.max(size, array.length * 2, 1024));
  grown.set(array as never);
  return grown;
}

/**
 * The first `size` elements, as a view of exactly that length: no copy (a new buffer of a
 * million elements would also hasten a full garbage collection of the Worker's heap).
 */
function trimmed<A extends Float64Array | Uint8Array | Uint16Array | Uint32Array>(
  array: A,
  size: number,
): A {
  return (array.length === size ? array : array.subarray(0, size)) as A;
}

/** Codes handed out in the order values are first met, before the final order is known. */
class FirstMet<K extends string | number> {
  readonly keys: K[] = [];
  private readonly index = new Map<K, number>();
  code(key: K): number {
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.keys.push(key) - 1;
      this.index.set(key, code);
    }
    return code;
  }
  /** The dictionary of these keys in the order `ordered` gives, and each first-met code's new code. */
  reorder(ordered: K[]): { dict: Dictionary<K>; remap: Uint32Array } {
    const dict = dictionaryOf(ordered);
    return { dict, remap: Uint32Array.from(this.keys, (key) => dict.codeOf.get(key)!) };
  }
}

/** `codes[0 .. size)` through `remap`, in place. */
function remapCodes(codes: Uint16Array, size: number, remap: Uint32Array): void {
  for (let i = 0; i < size; i++) codes[i] = remap[codes[i]!]!;
}

/** `codes` through `remap`, as a new array. */
function remapped(codes: readonly number[], remap: Uint32Array): Uint16Array {
  const out = new Uint16Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = remap[codes[i]!]!;
  return out;
}

/** A field whose code list is known: its own codes first, in list order, then the others met. */
interface ListedColumn {
  dict: Dictionary;
  codes: Uint16Array;
}

function listedColumn(listed: readonly string[]): ListedColumn {
  return { dict: dictionaryOf([...listed]), codes: new Uint16Array(0) };
}

function listedCode({ dict }: ListedColumn, key: string): number {
  let code = dict.codeOf.get(key);
  if (code === undefined) {
    code = dict.keys.push(key) - 1;
    dict.codeOf.set(key, code);
  }
  return code;
}

/**
 * Builds a portfolio's columns a batch of projects at a time (a Worker's pages as they arrive):
 * `add` encodes each project once, in order; `finish` puts the sorted dictionaries (years,
 * countries, spending years, types) in their final order, a pass over the codes. The columns are
 * exactly what building them from all the projects at once gives.
 */
export function createColumnsBuilder() {
  let n = 0;
  let budget = new Float64Array(0);
  let hasBudget = new Uint8Array(0);
  let start = new Float64Array(0);
  let end = new Float64Array(0);
  const region = listedColumn(regions.codes);
  const status = listedColumn(statuses.codes);
  const coverage = listedColumn(coverages.codes);
  const types = new FirstMet<string>();
  let typeCodes = new Uint16Array(0);
  const years = new FirstMet<number>();
  let yearCodes = new Uint16Array(0);
  // Country lists, with first-met country codes until `finish` sorts the countries.
  const countries = new FirstMet<string>();
  let setOf = new Uint32Array(0);
  const setByKey = new Map<string, number>();
  const setStarts: number[] = [0];
  const setMembers: number[] = [];
  // Funder lists: funders keep the order first met, so their codes are final at once.
  const funderKeys: string[] = [];
  const funderNames: string[] = [];
  const funderCodeOf = new Map<string, number>();
  let funderSetOf = new Uint32Array(0);
  const funderSetByKey = new Map<string, number>();
  const funderStarts: number[] = [0];
  const funderMembers: number[] = [];
  const funderShares: number[] = [];
  const funderMemberNames: string[] = [];
  // Money, and each project's spending per year (first-met year codes until `finish`).
  let committed = new Float64Array(0);
  let disbursed = new Float64Array(0);
  let spent = new Float64Array(0);
  let yearlyStart = new Uint32Array(1);
  const spendYears = new FirstMet<number>();
  let entries = 0;
  let yearlyYear = new Uint16Array(0);
  let yearlyDisbursed = new Float64Array(0);
  let yearlySpent = new Float64Array(0);

  // Each distinct date read once (spanBounds): a portfolio shares a few thousand date strings.
  const startDays = new Map<string, number>();
  const reachDays = new Map<string, number>();
  const startDayOf = (date: string) => {
    let day = startDays.get(date);
    if (day === undefined) startDays.set(date, (day = spanBounds(date, undefined).startDay));
    return day;
  };
  const reachDayOf = (date: string) => {
    let day = reachDays.get(date);
    if (day === undefined) reachDays.set(date, (day = spanBounds(date, date).reachDay));
    return day;
  };

  const grow = (size: number) => {
    budget = ensure(budget, size);
    hasBudget = ensure(hasBudget, size);
    start = ensure(start, size);
    end = ensure(end, size);
    region.codes = ensure(region.codes, size);
    status.codes = ensure(status.codes, size);
    coverage.codes = ensure(coverage.codes, size);
    typeCodes = ensure(typeCodes, size);
    yearCodes = ensure(yearCodes, size);
    setOf = ensure(setOf, size);
    funderSetOf = ensure(funderSetOf, size);
    committed = ensure(committed, size);
    disbursed = ensure(disbursed, size);
    spent = ensure(spent, size);
    yearlyStart = ensure(yearlyStart, size + 1);
  };

  // The list of one country (most projects') by the code's two letters, A–Z: 1 + its set, 0
  // until met. A Map looked up by the code took about a tenth of a million projects' intake in
  // the browser's Worker.
  const loneSets = new Int32Array(26 * 26);
  const addCountries = (p: ProjectSummary, i: number) => {
    const list = p.countries;
    let lone = -1;
    if (list.length === 1) {
      const code = list[0]!;
      const first = code.charCodeAt(0) - 65;
      const second = code.charCodeAt(1) - 65;
      if (code.length === 2 && first >= 0 && first < 26 && second >= 0 && second < 26) {
        lone = first * 26 + second;
        const known = loneSets[lone]!;
        if (known > 0) {
          setOf[i] = known - 1;
          return;
        }
      }
    }
    const key = list.join(',');
    let set = setByKey.get(key);
    if (set === undefined) {
      set = setStarts.length - 1;
      setByKey.set(key, set);
      for (const c of list) setMembers.push(countries.code(c));
      setStarts.push(setMembers.length);
    }
    if (lone >= 0) loneSets[lone] = set + 1;
    setOf[i] = set;
  };

  // A lone funder's list (most projects') by its key and name, the only things its part holds:
  // found without a key being written for it.
  const loneFunderSets = new Map<string, Map<string, number>>();
  const addFunders = (p: ProjectSummary, i: number) => {
    if (p.funders?.length !== 1) {
      funderSetOf[i] = funderSet(p.funders);
      return;
    }
    const lone = p.funders[0]!;
    const key = funderKey(lone);
    let byName = loneFunderSets.get(key);
    if (!byName) loneFunderSets.set(key, (byName = new Map()));
    let set = byName.get(lone.name);
    if (set === undefined) byName.set(lone.name, (set = funderSet(p.funders)));
    funderSetOf[i] = set;
  };
  const funderSet = (funders: ProjectSummary['funders']): number => {
    const parts = funderParts(funders);
    const setKey = parts.map((f) => `${f.key}\u0000${f.name}\u0000${f.share}`).join('\u0001');
    let set = funderSetByKey.get(setKey);
    if (set === undefined) {
      set = funderStarts.length - 1;
      funderSetByKey.set(setKey, set);
      for (const part of parts) {
        let code = funderCodeOf.get(part.key);
        if (code === undefined) {
          code = funderKeys.push(part.key) - 1;
          funderNames.push(part.name);
          funderCodeOf.set(part.key, code);
        }
        funderMembers.push(code);
        funderShares.push(part.share);
        funderMemberNames.push(part.name);
      }
      funderStarts.push(funderMembers.length);
    }
    return set;
  };

  const addSpending = (p: ProjectSummary, i: number) => {
    committed[i] = p.committedUsd ?? Number.NaN;
    disbursed[i] = p.disbursedUsd ?? Number.NaN;
    spent[i] = p.spentUsd ?? Number.NaN;
    const list = p.spendingByYear;
    if (list && list.length > 0) {
      const size = entries + list.length;
      if (size > yearlySpent.length) {
        // Room for as many entries per project as so far, for every project there is room for
        // (the total the pages announce), a tenth more: doubling from a thousand entries to the
        // three million of a million projects copied them a dozen times over.
        const projected = Math.ceil((size / (i + 1)) * budget.length * 1.1);
        yearlyYear = ensure(yearlyYear, Math.max(size, projected));
        yearlyDisbursed = ensure(yearlyDisbursed, Math.max(size, projected));
        yearlySpent = ensure(yearlySpent, Math.max(size, projected));
      }
      for (const e of list) {
        yearlyYear[entries] = spendYears.code(e.year);
        yearlyDisbursed[entries] = e.disbursedUsd;
        yearlySpent[entries++] = e.spentUsd;
      }
    }
    yearlyStart[i + 1] = entries;
  };

  const addProject = (p: ProjectSummary) => {
    const i = n++;
    budget[i] = p.budgetUsd ?? 0;
    hasBudget[i] = p.budgetUsd === undefined ? 0 : 1;
    start[i] = startDayOf(p.startDate);
    end[i] = p.endDate ? reachDayOf(p.endDate) : spanBounds(p.startDate, p.endDate).reachDay;
    region.codes[i] = listedCode(region, p.region);
    status.codes[i] = listedCode(status, p.status);
    coverage.codes[i] = listedCode(coverage, p.coverage);
    typeCodes[i] = types.code(p.type);
    yearCodes[i] = years.code(p.year);
    addCountries(p, i);
    addFunders(p, i);
    addSpending(p, i);
  };

  return {
    /** How many projects were added. */
    get size() {
      return n;
    },
    /** Makes room for `total` projects at once (the size the pages announce), none added. */
    reserve(total: number): void {
      grow(total);
    },
    /** Adds `projects[from ..]`, after the projects added before. */
    add(projects: readonly ProjectSummary[], from = 0): void {
      grow(n + projects.length - from);
      for (let k = from; k < projects.length; k++) addProject(projects[k]!);
    },
    /** Adds one project, after those added before (a Worker's, as each is accepted). */
    push(project: ProjectSummary): void {
      if (n === start.length) grow(n + 1);
      addProject(project);
    },
    /** The columns of every project added (the builder is not used after). */
    finish(): Columns {
      const type = types.reorder(portfolioTypeCodes(types.keys.map((key) => ({ type: key }))));
      remapCodes(typeCodes, n, type.remap);
      const year = years.reorder([...years.keys].sort((a, b) => a - b));
      remapCodes(yearCodes, n, year.remap);
      const country = countries.reorder([...countries.keys].sort());
      const spendYear = spendYears.reorder([...spendYears.keys].sort((a, b) => a - b));
      remapCodes(yearlyYear, entries, spendYear.remap);
      const coded = (column: ListedColumn): CodedColumn => ({
        ...column.dict,
        codes: trimmed(column.codes, n),
      });
      const statusColumn = coded(status);
      return {
        n,
        region: coded(region),
        status: statusColumn,
        type: { ...type.dict, codes: trimmed(typeCodes, n) },
        coverage: coded(coverage),
        year: { ...year.dict, codes: trimmed(yearCodes, n) },
        countries: country.dict,
        setOf: trimmed(setOf, n),
        setStart: Uint32Array.from(setStarts),
        setCountry: remapped(setMembers, country.remap),
        budget: trimmed(budget, n),
        hasBudget: trimmed(hasBudget, n),
        start: trimmed(start, n),
        end: trimmed(end, n),
        ongoing: statusColumn.codeOf.get('ongoing')!,
        funders: { keys: funderKeys, names: funderNames, codeOf: funderCodeOf },
        funderSetOf: trimmed(funderSetOf, n),
        funderStart: Uint32Array.from(funderStarts),
        funderMember: Uint32Array.from(funderMembers),
        funderShare: Float64Array.from(funderShares),
        funderMemberName: funderMemberNames,
        committed: trimmed(committed, n),
        disbursed: trimmed(disbursed, n),
        spent: trimmed(spent, n),
        spendYears: spendYear.dict,
        yearlyStart: trimmed(yearlyStart, n + 1),
        yearlyYear: trimmed(yearlyYear, entries),
        yearlyDisbursed: trimmed(yearlyDisbursed, entries),
        yearlySpent: trimmed(yearlySpent, entries),
      };
    },
  };
}

/**
 * Project i's spending per year as the columns hold it (the list its `spendingByYear` had when
 * the columns were built): undefined when it had none or an empty one.
 */
export function spendingOf(cols: Columns, i: number): YearSpending[] | undefined {
  const from = cols.yearlyStart[i]!;
  const to = cols.yearlyStart[i + 1]!;
  if (to <= from) return undefined;
  const entries: YearSpending[] = [];
  for (let k = from; k < to; k++)
    entries.push({
      year: cols.spendYears.keys[cols.yearlyYear[k]!]!,
      disbursedUsd: cols.yearlyDisbursed[k]!,
      spentUsd: cols.yearlySpent[k]!,
    });
  return entries;
}

/** The amounts a project's columns hold: the engine reads them there, not from the project. */
export type ColumnAmount = 'budgetUsd' | 'committedUsd' | 'disbursedUsd' | 'spentUsd';

/**
 * A project as the engine reads it beside its columns: every field but the amounts. The engine's
 * Worker keeps each paged project so (keptProject), its spending per year left to the columns
 * too; wholeProject gives it back whole.
 */
export type KeptProject = Omit<ProjectSummary, ColumnAmount>;

/**
 * The project as the engine's Worker keeps it once its columns hold it: without its amounts,
 * which a million kept projects held as four boxed numbers each, and without a non-empty
 * spending per year (an empty list is kept: the columns cannot tell it from none). Every field is
 * set, some to undefined, so that every kept project has one shape.
 */
export function keptProject(p: ProjectSummary): KeptProject {
  return {
    id: p.id,
    primaId: p.primaId,
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    type: p.type,
    budgetOriginal: p.budgetOriginal,
    coverage: p.coverage,
    year: p.year,
    region: p.region,
    countries: p.countries,
    funders: p.funders,
    spendingByYear: p.spendingByYear?.length ? undefined : p.spendingByYear,
  };
}

/** Project i's budget as the columns hold it: undefined when it is not provided. */
export function budgetAt(
  cols: Pick<Columns, 'budget' | 'hasBudget'>,
  i: number,
): number | undefined {
  return cols.hasBudget[i] ? cols.budget[i]! : undefined;
}

const amountAt = (column: Float64Array, i: number): number | undefined =>
  Number.isNaN(column[i]!) ? undefined : column[i]!;

/**
 * Project i whole, from its kept fields and the amounts and spending its columns hold: the
 * project the columns were built from, with no field it did not have (none set to undefined).
 */
export function wholeProject(kept: KeptProject, cols: Columns, i: number): ProjectSummary {
  const budgetUsd = budgetAt(cols, i);
  const committedUsd = amountAt(cols.committed, i);
  const disbursedUsd = amountAt(cols.disbursed, i);
  const spentUsd = amountAt(cols.spent, i);
  const spendingByYear = spendingOf(cols, i) ?? kept.spendingByYear;
  const { endDate, budgetOriginal, funders } = kept;
  return {
    id: kept.id,
    primaId: kept.primaId,
    title: kept.title,
    startDate: kept.startDate,
    ...(endDate === undefined ? {} : { endDate }),
    status: kept.status,
    type: kept.type,
    ...(budgetUsd === undefined ? {} : { budgetUsd }),
    ...(budgetOriginal === undefined ? {} : { budgetOriginal }),
    coverage: kept.coverage,
    year: kept.year,
    region: kept.region,
    countries: kept.countries,
    ...(funders === undefined ? {} : { funders }),
    ...(committedUsd === undefined ? {} : { committedUsd }),
    ...(disbursedUsd === undefined ? {} : { disbursedUsd }),
    ...(spentUsd === undefined ? {} : { spentUsd }),
    ...(spendingByYear === undefined ? {} : { spendingByYear }),
  };
}

/** Builds the columns of a portfolio. */
export function buildColumns(projects: readonly ProjectSummary[]): Columns {
  const builder = createColumnsBuilder();
  builder.add(projects);
  return builder.finish();
}
