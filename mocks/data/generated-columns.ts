import type { DescriptionWriter } from '@backend/generator/project-text';
import type { Funder, Project, YearSpending } from '@/domain/project';
import type { DictColumn, ProjectColumns, ProjectColumnsPage } from '@/domain/project-columns';
import { copyFunder } from '@/domain/project-columns-money-fit';

/*
 * A generated portfolio kept column by column rather than as a million objects (the demo build's
 * mock API Worker, see portfolio.ts): the generator's projects are added one at a time and
 * dropped, so the Worker holds typed arrays and shared strings instead of a million objects
 * (no garbage collector walking them while it generates), and a column page is cut straight
 * from the columns. A project is made again as an object only when one is asked for (its
 * detail, the row format, the news).
 */

/** Distinct values in the order first met, each with its number. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly index = new Map<unknown, number>();
  /** The value's code, if it has one. */
  find(key: unknown): number | undefined {
    return this.index.get(key);
  }
  code(value: T, key: unknown = value): number {
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.index.set(key, code);
    }
    return code;
  }
}

/**
 * A growing list of whole numbers (codes, offsets, years) in a typed array. Two classes rather
 * than one generic over the array type: each push site then sees one array kind (this runs
 * several times per project).
 */
class IntList {
  length = 0;
  array: Int32Array;
  constructor(size: number) {
    this.array = new Int32Array(Math.max(16, size));
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Int32Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
}

/** A growing list of amounts in a typed array (NaN for a missing one). */
class AmountList {
  length = 0;
  array: Float64Array;
  constructor(size: number) {
    this.array = new Float64Array(Math.max(16, size));
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Float64Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
}

const intList = (size: number): IntList => new IntList(size);
const amountList = (size: number): AmountList => new AmountList(size);

/**
 * A column with one value per project (or one offset per project and one more), written at the
 * project's position: push makes room for every such column at once, then stores without checks.
 */
interface ProjectColumn<A extends Int32Array | Float64Array> {
  array: A;
}

function intColumn(size: number): ProjectColumn<Int32Array> {
  return { array: new Int32Array(size) };
}
function amountColumn(size: number): ProjectColumn<Float64Array> {
  return { array: new Float64Array(size) };
}

/** The column's array made `size` long, its values kept. */
function growColumn(column: ProjectColumn<Int32Array | Float64Array>, size: number): void {
  const grown = new (column.array.constructor as new (size: number) => Int32Array | Float64Array)(
    size,
  );
  grown.set(column.array);
  column.array = grown;
}

/** 0000 to 9999: the digits of most numbered texts, written once. */
let fourDigits: string[] | undefined;

/** `value` written with `width` digits, zeros first. */
function digits(value: number, width: number): string {
  if (width === 4 && value < 10_000)
    return (fourDigits ??= Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0')))[
      value
    ]!;
  return String(value).padStart(width, '0');
}

/** Most characters of a head looked up by their codes packed into a number (7 bits each, 2^53). */
const MAX_PACKED = 7;

/** Most digits a numbered text's number may have: it is kept in an Int32Array. */
const MAX_DIGITS = 9;

/**
 * Codes of numbers below 2^53 in an open-addressing table of typed arrays: the numbers are
 * packed heads of numbered texts, a million of them looked up while generating, and a Map looks
 * up a number that large (a heap number, hashed) several times slower.
 */
class PackedCodes {
  private keys = new Float64Array(1024).fill(-1);
  private codes = new Int32Array(1024);
  private size = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 2 ** 32), 0x9e3779b1), 0x85ebca6b);
    h = (h ^ (h >>> 15)) & mask;
    while (this.keys[h] !== key && this.keys[h] !== -1) h = (h + 1) & mask;
    return h;
  }

  get(key: number): number | undefined {
    const h = this.slot(key);
    return this.keys[h] === key ? this.codes[h] : undefined;
  }

  set(key: number, code: number): void {
    if (2 * (this.size + 1) > this.keys.length) {
      const { keys, codes } = this;
      this.keys = new Float64Array(2 * keys.length).fill(-1);
      this.codes = new Int32Array(2 * keys.length);
      for (let k = 0; k < keys.length; k++)
        if (keys[k] !== -1) {
          const h = this.slot(keys[k]!);
          this.keys[h] = keys[k]!;
          this.codes[h] = codes[k]!;
        }
    }
    const h = this.slot(key);
    if (this.keys[h] !== key) this.size++;
    this.keys[h] = key;
    this.codes[h] = code;
  }
}

/**
 * Texts that end in digits (`PX.0042`, `CN10P0503`: every generated project's id and Prima ID)
 * kept as the code of the text before the digits, their number and how many there are, rather
 * than as a million strings: those would each be copied out of the young generation and then
 * walked by every full collection while the portfolio is generated. A text is written again
 * when it is asked for (a page, a project); one that does not end in digits is kept as it is.
 */
class NumberedTexts {
  /** Distinct heads; codes of those looked up by their packed character codes, or by text. */
  private readonly heads = new Dictionary<string>();
  private readonly packed = new PackedCodes();
  head: Int32Array;
  number: Int32Array;
  width: Uint8Array;
  private readonly others = new Map<number, string>();

  constructor(size: number) {
    this.head = new Int32Array(size);
    this.number = new Int32Array(size);
    this.width = new Uint8Array(size);
  }

  /** Room for `size` texts, the kept ones kept. */
  grow(size: number): void {
    const head = new Int32Array(size);
    head.set(this.head);
    this.head = head;
    const number = new Int32Array(size);
    number.set(this.number);
    this.number = number;
    const width = new Uint8Array(size);
    width.set(this.width);
    this.width = width;
  }

  /**
   * The code of the text's first `length` characters, from the dictionary: looked up by their
   * character codes packed into one number when they are few and ASCII (a `PX.` or `CN10P`), so
   * that no string is cut and hashed to find it (a million of those took seconds in the
   * browser's Worker); `add` gives a head met for the first time its code.
   */
  private headCode(text: string, length: number, add: boolean): number | undefined {
    let key = 1; // a leading 1 keeps the length: `A` and `\0A` differ
    for (let k = 0; k < length && key > 0; k++) {
      const char = text.charCodeAt(k);
      key = length > MAX_PACKED || char >= 128 ? -1 : key * 128 + char;
    }
    if (key < 0) {
      const head = text.slice(0, length);
      return add ? this.heads.code(head) : this.heads.find(head);
    }
    const code = this.packed.get(key);
    if (code !== undefined || !add) return code;
    const added = this.heads.values.push(text.slice(0, length)) - 1;
    this.packed.set(key, added);
    return added;
  }

  /**
   * Keeps text i, or says it ends in no digit: its head's code, its number and width are written
   * at i (`add`: a head met for the first time gets a code; else such a text is not split).
   */
  private split(text: string, i: number, add: boolean): boolean {
    let start = text.length;
    let number = 0;
    let scale = 1;
    // Nine digits at most (an Int32's range); more are left to the head.
    while (start > 0 && text.length - start < MAX_DIGITS) {
      const char = text.charCodeAt(start - 1);
      if (char < 48 || char > 57) break;
      number += (char - 48) * scale;
      scale *= 10;
      start--;
    }
    if (start === text.length) return false;
    const head = this.headCode(text, start, add);
    if (head === undefined) return false;
    this.head[i] = head;
    this.number[i] = number;
    this.width[i] = text.length - start;
    return true;
  }

  set(i: number, text: string): void {
    if (this.split(text, i, true)) return;
    this.width[i] = 0;
    this.others.set(i, text);
  }

  get(i: number): string {
    const width = this.width[i]!;
    if (width === 0) return this.others.get(i)!;
    return this.heads.values[this.head[i]!]! + digits(this.number[i]!, width);
  }

  /** Texts `from` to `to` (excluded). */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.get(i));
    return out;
  }

  /** The position of the first of the first `length` texts equal to `text`, or -1. */
  find(text: string, length: number): number {
    // The query is split into the spare slot past the last text (there is always one more).
    const at = this.head.length - 1;
    if (length > at) return -1;
    if (!this.split(text, at, false)) {
      for (const [i, other] of this.others) if (i < length && other === text) return i;
      return -1;
    }
    const { head, number, width } = this;
    for (let i = 0; i < length; i++)
      if (head[i] === head[at] && number[i] === number[at] && width[i] === width[at]) return i;
    return -1;
  }
}

const CODED = ['startDate', 'endDate', 'status', 'type', 'coverage', 'region'] as const;
type Coded = (typeof CODED)[number];

/** The page's own dictionary of a column coded against the whole portfolio's. */
function pageDict<T>(
  codes: Int32Array,
  from: number,
  to: number,
  values: readonly T[],
  local: Int32Array,
): { dict: T[]; codes: Int32Array } {
  const dict: T[] = [];
  const out = new Int32Array(to - from);
  const used: number[] = [];
  for (let i = from; i < to; i++) {
    const code = codes[i]!;
    if (code < 0) {
      out[i - from] = -1;
      continue;
    }
    let mapped = local[code]!;
    if (mapped < 0) {
      mapped = local[code] = dict.push(values[code]!) - 1;
      used.push(code);
    }
    out[i - from] = mapped;
  }
  for (const code of used) local[code] = -1;
  return { dict, codes: out };
}

/**
 * Numbers as JSON carries them: NaN (a missing amount) becomes null and -0 becomes 0. Typed as
 * numbers: only the optional amount columns, which allow null, hold missing values.
 */
function jsonNumbers(values: Int32Array | Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    out.push(Number.isFinite(value) ? value + 0 : (null as unknown as number));
  }
  return out;
}

/**
 * Offsets `from` to `to` (both included) less `start`: a page's own. A function of its own, not a
 * closure made per page that called another per-page closure after its loop: V8 threw that one's
 * optimised code away three times a page (298 times for a million projects' pages, none now).
 */
function rebased(offsets: Int32Array, from: number, to: number, start: number): Int32Array {
  const part = offsets.slice(from, to + 1);
  for (let i = 0; i < part.length; i++) part[i]! -= start;
  return part;
}

function localCodes(size: number): Int32Array {
  return new Int32Array(size).fill(-1);
}

/** A generated portfolio's projects, column by column; `push` is what the generator calls. */
export class GeneratedColumns {
  length = 0;
  private readonly ids: NumberedTexts;
  private readonly primaIds: NumberedTexts;
  /** Titles: shared strings (a title is one of few), a reference each. */
  private readonly titles: string[] = [];
  /**
   * Each project's description number (pushDescribedLater), its text written only when the
   * project is made again as an object; -1 for a project pushed with its text, which
   * `givenDescriptions` holds (the real record).
   */
  private readonly descriptionKeys: ProjectColumn<Int32Array>;
  private readonly givenDescriptions = new Map<number, string>();
  private describer: DescriptionWriter | undefined;
  private readonly year: ProjectColumn<Int32Array>;
  private readonly amounts: Record<
    'budgetUsd' | 'committedUsd' | 'disbursedUsd' | 'spentUsd',
    ProjectColumn<Float64Array>
  >;
  private readonly coded: Record<
    Coded,
    { dict: Dictionary<string>; codes: ProjectColumn<Int32Array> }
  >;
  private readonly countries: { dict: Dictionary<string>; codes: IntList };
  private readonly countryOffsets: ProjectColumn<Int32Array>;
  /** Distinct funders (name, ref and share), in the order first met. */
  private readonly funders: { values: Funder[]; codes: IntList };
  private readonly funderOffsets: ProjectColumn<Int32Array>;
  /** The first object met of each funder, coded by identity (the generator shares them). */
  private readonly funderByObject = new Map<Funder, number>();
  private readonly funderByValue = new Map<
    string,
    Map<string | undefined, Map<number | undefined, number>>
  >();
  private readonly years: { year: IntList; disbursed: AmountList; spent: AmountList };
  /** Bounds of each project's years; none means no `spendingByYear` (never an empty list). */
  private readonly yearOffsets: ProjectColumn<Int32Array>;
  /** How many projects the per-project columns have room for (offsets: one more). */
  private capacity: number;

  /**
   * `capacity`: how many projects are expected. The typed arrays are made that large at once:
   * growing a dozen of them by doubling up to a million projects allocates and copies for
   * nothing, and each new buffer counts as external memory that hastens the next full garbage
   * collection of the Worker's heap.
   */
  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity + 1;
    this.year = intColumn(n);
    this.ids = new NumberedTexts(n);
    this.primaIds = new NumberedTexts(n);
    this.descriptionKeys = intColumn(n);
    this.amounts = {
      budgetUsd: amountColumn(n),
      committedUsd: amountColumn(n),
      disbursedUsd: amountColumn(n),
      spentUsd: amountColumn(n),
    };
    this.coded = Object.fromEntries(
      CODED.map((field) => [field, { dict: new Dictionary<string>(), codes: intColumn(n) }]),
    ) as Record<Coded, { dict: Dictionary<string>; codes: ProjectColumn<Int32Array> }>;
    // A project has one country or funder or a few, and spending in a few years.
    this.countries = { dict: new Dictionary<string>(), codes: intList(2 * n) };
    this.countryOffsets = intColumn(n);
    this.funders = { values: [], codes: intList(2 * n) };
    this.funderOffsets = intColumn(n);
    this.years = { year: intList(4 * n), disbursed: amountList(4 * n), spent: amountList(4 * n) };
    this.yearOffsets = intColumn(n);
  }

  /** Every per-project column twice as long: room for as many projects again. */
  private grow(): void {
    this.capacity *= 2;
    const n = this.capacity + 1;
    for (const column of [
      this.year,
      this.descriptionKeys,
      ...Object.values(this.amounts),
      ...CODED.map((field) => this.coded[field].codes),
      this.countryOffsets,
      this.funderOffsets,
      this.yearOffsets,
    ])
      growColumn(column, n);
    this.ids.grow(n);
    this.primaIds.grow(n);
  }

  /** Adds a project with its description (every summary field set, as the generator makes them). */
  push(project: Project): void {
    this.givenDescriptions.set(this.length, project.description ?? '');
    this.add(project, -1);
  }

  /**
   * Adds a generated project whose description `descriptions` writes from `key` when asked for
   * (its own is left empty): the generator calls this rather than push. A portfolio's few
   * thousand descriptions shown are then written, not a text for each of a million projects.
   */
  pushDescribedLater(project: Project, key: number, descriptions: DescriptionWriter): void {
    this.describer = descriptions;
    this.add(project, key);
  }

  private add(project: Project, descriptionKey: number): void {
    // Field by field rather than in loops over field names: this runs for every project.
    const i = this.length;
    if (i === this.capacity) this.grow();
    const { amounts, coded } = this;
    this.ids.set(i, project.id);
    this.primaIds.set(i, project.primaId);
    this.titles.push(project.title);
    this.descriptionKeys.array[i] = descriptionKey;
    this.year.array[i] = project.year;
    amounts.budgetUsd.array[i] = project.budgetUsd ?? Number.NaN;
    amounts.committedUsd.array[i] = project.committedUsd ?? Number.NaN;
    amounts.disbursedUsd.array[i] = project.disbursedUsd ?? Number.NaN;
    amounts.spentUsd.array[i] = project.spentUsd ?? Number.NaN;
    coded.startDate.codes.array[i] = coded.startDate.dict.code(project.startDate);
    const end = project.endDate;
    coded.endDate.codes.array[i] = end === undefined ? -1 : coded.endDate.dict.code(end);
    coded.status.codes.array[i] = coded.status.dict.code(project.status);
    coded.type.codes.array[i] = coded.type.dict.code(project.type);
    coded.coverage.codes.array[i] = coded.coverage.dict.code(project.coverage);
    coded.region.codes.array[i] = coded.region.dict.code(project.region);
    const countries = project.countries;
    const countryCodes = this.countries.codes;
    const countryDict = this.countries.dict;
    for (let k = 0; k < countries.length; k++) countryCodes.push(countryDict.code(countries[k]!));
    this.countryOffsets.array[i + 1] = countryCodes.length;
    const funders = project.funders;
    if (funders)
      for (let k = 0; k < funders.length; k++) this.funders.codes.push(this.funderCode(funders[k]!));
    this.funderOffsets.array[i + 1] = this.funders.codes.length;
    const spending = project.spendingByYear;
    if (spending) {
      const { year, disbursed, spent } = this.years;
      for (let k = 0; k < spending.length; k++) {
        const y = spending[k]!;
        year.push(y.year);
        disbursed.push(y.disbursedUsd);
        spent.push(y.spentUsd);
      }
    }
    this.yearOffsets.array[i + 1] = this.years.year.length;
    this.length = i + 1;
  }

  /**
   * A funder's code: by identity for an object met before (the generator shares them), else by
   * its name, ref and share (a project of several funders has copies of its own).
   */
  private funderCode(funder: Funder): number {
    const known = this.funderByObject.get(funder);
    if (known !== undefined) return known;
    let byRef = this.funderByValue.get(funder.name);
    if (!byRef) this.funderByValue.set(funder.name, (byRef = new Map()));
    let byShare = byRef.get(funder.ref);
    if (!byShare) byRef.set(funder.ref, (byShare = new Map()));
    let code = byShare.get(funder.share);
    if (code === undefined) {
      code = this.funders.values.push(copyFunder(funder)) - 1;
      byShare.set(funder.share, code);
      this.funderByObject.set(funder, code);
    }
    return code;
  }

  private descriptionOf(i: number): string {
    const key = this.descriptionKeys.array[i]!;
    if (key >= 0 && this.describer) return this.describer.text(key);
    return this.givenDescriptions.get(i) ?? '';
  }

  private dictValue(field: Coded, i: number): string | undefined {
    const code = this.coded[field].codes.array[i]!;
    return code < 0 ? undefined : this.coded[field].dict.values[code];
  }

  /** Project i as the generator made it (same fields, same order, equal values). */
  at(i: number): Project | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const countries = this.countries;
    const countryFrom = this.countryOffsets.array[i]!;
    const countryTo = this.countryOffsets.array[i + 1]!;
    const funders: Funder[] = [];
    for (let k = this.funderOffsets.array[i]!; k < this.funderOffsets.array[i + 1]!; k++)
      funders.push(copyFunder(this.funders.values[this.funders.codes.array[k]!]!));
    const yearFrom = this.yearOffsets.array[i]!;
    const yearTo = this.yearOffsets.array[i + 1]!;
    let spendingByYear: YearSpending[] | undefined;
    if (yearTo > yearFrom) {
      spendingByYear = [];
      for (let k = yearFrom; k < yearTo; k++)
        spendingByYear.push({
          year: this.years.year.array[k]!,
          disbursedUsd: this.years.disbursed.array[k]!,
          spentUsd: this.years.spent.array[k]!,
        });
    }
    return {
      id: this.ids.get(i),
      primaId: this.primaIds.get(i),
      title: this.titles[i]!,
      startDate: this.dictValue('startDate', i)!,
      endDate: this.dictValue('endDate', i),
      status: this.dictValue('status', i) as Project['status'],
      type: this.dictValue('type', i) as Project['type'],
      budgetUsd: this.amounts.budgetUsd.array[i]!,
      coverage: this.dictValue('coverage', i) as Project['coverage'],
      year: this.year.array[i]!,
      region: this.dictValue('region', i) as Project['region'],
      countries: Array.from(countries.codes.array.subarray(countryFrom, countryTo), (code) =>
        countries.dict.values[code]!,
      ),
      funders,
      committedUsd: this.amounts.committedUsd.array[i]!,
      disbursedUsd: this.amounts.disbursedUsd.array[i]!,
      spentUsd: this.amounts.spentUsd.array[i]!,
      spendingByYear,
      description: this.descriptionOf(i),
    };
  }

  /** Projects `from` to `to` (excluded) as objects. */
  slice(from: number, to: number): Project[] {
    const end = Math.min(to, this.length);
    const out: Project[] = [];
    for (let i = Math.max(0, from); i < end; i++) out.push(this.at(i)!);
    return out;
  }

  /**
   * The position of the first project with this id: a scan of the id columns' numbers (a few
   * milliseconds at a million projects), rather than an index of a million strings kept.
   */
  indexOf(id: string): number {
    return this.ids.find(id, this.length);
  }

  /**
   * Projects `from` to `to` (excluded) in the column format: exactly what encodeProjectColumns
   * gives for the same projects as objects, cut from the columns without making them. With
   * `typed`, every list of numbers is a typed array of its own instead (amounts a Float64Array
   * with NaN for a missing one), to be transferred rather than cloned element by element: the
   * mock API's Worker sends a page so as a value, and the receiver reads the typed arrays as they
   * are (src/domain/project-pages.ts, parseAnyPage; jsonNumbersOf gives the JSON's numbers).
   */
  page(
    from: number,
    to: number,
    { typed = false }: { typed?: boolean } = {},
  ): Pick<ProjectColumnsPage, 'count' | 'columns' | 'irregular'> {
    from = Math.max(0, Math.min(from, this.length));
    to = Math.max(from, Math.min(to, this.length));
    // Typed arrays stand in for the lists of numbers when `typed` (see above).
    const out = (values: Int32Array | Float64Array) =>
      typed ? (values as unknown as number[]) : jsonNumbers(values);
    const numbers = (column: ProjectColumn<Int32Array | Float64Array>) =>
      out(column.array.slice(from, to));
    const coded = (field: Coded): DictColumn => {
      const column = this.coded[field];
      const local = pageDict(
        column.codes.array,
        from,
        to,
        column.dict.values,
        localCodes(column.dict.values.length),
      );
      return { dict: local.dict, codes: out(local.codes) };
    };
    const list = <T>(
      values: readonly T[],
      codes: IntList,
      offsets: ProjectColumn<Int32Array>,
    ): { dict: T[]; codes: number[]; offsets: number[] } => {
      const start = offsets.array[from]!;
      const end = offsets.array[to]!;
      const local = pageDict(codes.array, start, end, values, localCodes(values.length));
      return {
        dict: local.dict,
        codes: out(local.codes),
        offsets: out(rebased(offsets.array, from, to, start)),
      };
    };
    const columns: ProjectColumns = {
      id: this.ids.slice(from, to),
      primaId: this.primaIds.slice(from, to),
      title: this.titles.slice(from, to),
      budgetUsd: numbers(this.amounts.budgetUsd),
      year: numbers(this.year),
      startDate: coded('startDate'),
      endDate: coded('endDate'),
      status: coded('status'),
      type: coded('type'),
      coverage: coded('coverage'),
      region: coded('region'),
      countries: list(this.countries.dict.values, this.countries.codes, this.countryOffsets),
    };
    if (to > from) {
      columns.funders = list(this.funders.values, this.funders.codes, this.funderOffsets);
      columns.committedUsd = numbers(this.amounts.committedUsd);
      columns.disbursedUsd = numbers(this.amounts.disbursedUsd);
      columns.spentUsd = numbers(this.amounts.spentUsd);
      const yearFrom = this.yearOffsets.array[from]!;
      const yearTo = this.yearOffsets.array[to]!;
      if (yearTo > yearFrom)
        columns.spendingByYear = {
          year: out(this.years.year.array.slice(yearFrom, yearTo)),
          disbursedUsd: out(this.years.disbursed.array.slice(yearFrom, yearTo)),
          spentUsd: out(this.years.spent.array.slice(yearFrom, yearTo)),
          offsets: out(rebased(this.yearOffsets.array, from, to, yearFrom)),
        };
    }
    return { count: to - from, columns, irregular: [] };
  }
}
