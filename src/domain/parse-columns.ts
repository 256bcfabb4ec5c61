import { coverages } from './codes/coverage';
import { regions } from './codes/regions';
import { statuses } from './codes/statuses';
import { firstDay, lastDay } from './partial-date';
import type { Funder, ProjectSummary, YearSpending } from './project';
import {
  amountAt,
  decodeRecord,
  type AmountList,
  type ColumnsPageRead,
  type DictColumnRead,
} from './project-columns';
import type { MoneyFields } from './parse-money';
import { readMoneyFields } from './parse-money';
import {
  code,
  countryList,
  date,
  parseAmount,
  typeCode,
  type ParseOptions,
  type SummaryValidator,
} from './parse-record';
import type { CodeList } from './codes/code-list';
import type { RejectionReason } from './reasons';

/*
 * A column page's records validated column-wise (the engine's Worker at 100,000+ projects): each
 * distinct value of a dictionary-coded column (dates, status, type, coverage, region, countries,
 * funders) is read once per page by the record parser's own field checks, and a record is built
 * from what its codes point at, without decoding it to a plain object first. A record that any of
 * these checks refuses is decoded and goes through parseProjectSummary, so every rejection and its
 * reasons read exactly as the record parser gives them.
 */

/** A dictionary value the record parser refuses (or reads with a reason): its records go the slow way. */
const REFUSED = Symbol('refused');
type Read<T> = T | typeof REFUSED;

/** Reads each dictionary entry once with `read`, which pushes reasons when it refuses it. */
function readDict<T>(
  dict: readonly string[],
  read: (value: string, reasons: RejectionReason[]) => T,
) {
  return dict.map((value): Read<T> => {
    const reasons: RejectionReason[] = [];
    const read_ = read(value, reasons);
    return reasons.length > 0 || read_ === undefined ? REFUSED : read_;
  });
}

const codeOf = (field: string, list: CodeList<string>) => (column: DictColumnRead) =>
  readDict(column.dict, (value, reasons) => code({ [field]: value }, field, list, reasons));

interface DateRead {
  text: string;
  first: number;
  last: number;
}
const dateOf = (field: string, column: DictColumnRead) =>
  readDict(column.dict, (value, reasons): DateRead | undefined => {
    const text = date({ [field]: value }, field, reasons, true);
    return text === undefined ? undefined : { text, first: firstDay(text), last: lastDay(text) };
  });

/** A country entry: its code, or null for a blank word (skipped, as the record parser does). */
const countryOf = (column: readonly string[]) =>
  column.map((word): Read<string | null> => {
    const reasons: RejectionReason[] = [];
    const codes = countryList({ countries: [word] }, reasons);
    return reasons.length > 0 ? REFUSED : (codes[0] ?? null);
  });

const funderOf = (dict: readonly Funder[]) =>
  dict.map((funder): Read<Funder> => {
    const reasons: RejectionReason[] = [];
    const read = readMoneyFields({ funders: [funder] }, parseAmount, reasons).funders?.[0];
    return reasons.length > 0 || read === undefined ? REFUSED : read;
  });

/** Text as the record parser reads it (trimmed), or undefined when it would give a reason. */
function required(value: string): string | undefined {
  const text = value.trim();
  return text === '' ? undefined : text;
}

/**
 * Validates a checked column page's records (`regularCount` first) into `validator`, in page
 * order, irregular records included: the same projects and rejections as decodeProjectColumns
 * followed by validator.add.
 */
export function validateColumnPage(
  page: ColumnsPageRead,
  validator: SummaryValidator<unknown>,
  options: ParseOptions = {},
): void {
  columnPageSteps(page, validator, options)(page.count);
}

/**
 * validateColumnPage a slice at a time: each call validates up to `limit` more of the page's
 * records (each distinct dictionary value was checked once, before the first) and says how many
 * it validated; 0 once the page is done.
 */
export function columnPageSteps(
  page: ColumnsPageRead,
  validator: SummaryValidator<unknown>,
  options: ParseOptions = {},
): (limit: number) => number {
  const c = page.columns;
  const startDates = dateOf('startDate', c.startDate);
  const endDates = dateOf('endDate', c.endDate);
  const status = codeOf('status', statuses)(c.status);
  const coverage = codeOf('coverage', coverages)(c.coverage);
  const region = codeOf('region', regions)(c.region);
  const type = readDict(c.type.dict, (value, reasons) =>
    typeCode({ type: value }, options.types, reasons),
  );
  const countries = countryOf(c.countries.dict);
  const funders = c.funders && funderOf(c.funders.dict);
  // A list of one country or one funder (most records'), made once per page and shared by every
  // record that has it (a record's lists are read, never changed): a million records then hold
  // two million fewer objects for the garbage collector to walk.
  const loneCountries: string[][] = [];
  const loneFunders: Funder[][] = [];

  /** Regular record r as parseProjectSummary reads it, or undefined when it would refuse it. */
  const fast = (r: number): ProjectSummary | undefined => {
    const id = required(c.id[r]!);
    const title = required(c.title[r]!);
    if (id === undefined || id === '.' || id === '..' || title === undefined) return undefined;
    const start = startDates[c.startDate.codes[r]!];
    const endCode = c.endDate.codes[r]!;
    const end = endCode < 0 ? undefined : endDates[endCode];
    const statusCode = status[c.status.codes[r]!];
    const typeCode_ = type[c.type.codes[r]!];
    const coverageCode = coverage[c.coverage.codes[r]!];
    const regionCode = region[c.region.codes[r]!];
    const budgetUsd = c.budgetUsd[r]! + 0;
    const year = c.year[r]! + 0;
    if (
      start === undefined ||
      start === REFUSED ||
      end === REFUSED ||
      (end !== undefined && end.last < start.first) ||
      statusCode === undefined ||
      statusCode === REFUSED ||
      typeCode_ === undefined ||
      typeCode_ === REFUSED ||
      coverageCode === undefined ||
      coverageCode === REFUSED ||
      regionCode === undefined ||
      regionCode === REFUSED ||
      budgetUsd < 0 ||
      !Number.isInteger(year) ||
      year < 1900 ||
      year > 2200
    )
      return undefined;
    let codes: string[];
    const countryFrom = c.countries.offsets[r]!;
    const countryTo = c.countries.offsets[r + 1]!;
    if (countryTo - countryFrom === 1) {
      const code = c.countries.codes[countryFrom]!;
      const country = countries[code]!;
      if (country === REFUSED) return undefined;
      codes = loneCountries[code] ??= country === null ? [] : [country];
    } else {
      codes = [];
      for (let k = countryFrom; k < countryTo; k++) {
        const country = countries[c.countries.codes[k]!]!;
        if (country === REFUSED) return undefined;
        if (country !== null && !codes.includes(country)) codes.push(country);
      }
    }
    if (!readMoney(r)) return undefined;
    const { funders: funderList, committedUsd, disbursedUsd, spentUsd, spendingByYear } = money;
    // A record that has every optional field (most do) is made in one piece: one shape, no
    // property added to it afterwards.
    if (
      end &&
      funderList &&
      committedUsd !== undefined &&
      disbursedUsd !== undefined &&
      spentUsd !== undefined &&
      spendingByYear
    )
      return {
        id,
        primaId: c.primaId[r]!.trim(),
        title,
        startDate: start.text,
        endDate: end.text,
        status: statusCode as ProjectSummary['status'],
        type: typeCode_,
        budgetUsd,
        coverage: coverageCode as ProjectSummary['coverage'],
        year,
        region: regionCode as ProjectSummary['region'],
        countries: codes,
        funders: funderList,
        committedUsd,
        disbursedUsd,
        spentUsd,
        spendingByYear,
      };
    const value: ProjectSummary = {
      id,
      primaId: c.primaId[r]!.trim(),
      title,
      startDate: start.text,
      status: statusCode as ProjectSummary['status'],
      type: typeCode_,
      coverage: coverageCode as ProjectSummary['coverage'],
      year,
      region: regionCode as ProjectSummary['region'],
      countries: codes,
    };
    // The money fields in readMoneyFields' order, each only where the record has it.
    if (funderList) value.funders = funderList;
    if (committedUsd !== undefined) value.committedUsd = committedUsd;
    if (disbursedUsd !== undefined) value.disbursedUsd = disbursedUsd;
    if (spentUsd !== undefined) value.spentUsd = spentUsd;
    if (spendingByYear) value.spendingByYear = spendingByYear;
    if (end) value.endDate = end.text;
    value.budgetUsd = budgetUsd;
    return value;
  };

  /**
   * Record r's money fields as readMoneyFields reads them, into `money` (one object for every
   * record, not one made and copied per record): false when readMoneyFields gives a reason.
   */
  const money: MoneyFields = {};
  const amountOf = (column: AmountList | undefined, r: number) => {
    const amount = column && amountAt(column, r);
    return amount === null ? undefined : amount;
  };
  const readMoney = (r: number): boolean => {
    money.funders = undefined;
    money.spendingByYear = undefined;
    if (c.funders && funders) {
      const { codes, offsets } = c.funders;
      if (offsets[r + 1]! > offsets[r]!) {
        if (offsets[r + 1]! - offsets[r]! === 1) {
          const code = codes[offsets[r]!]!;
          const funder = funders[code]!;
          if (funder === REFUSED) return false;
          money.funders = loneFunders[code] ??= [funder];
        } else {
          const list: Funder[] = [];
          for (let k = offsets[r]!; k < offsets[r + 1]!; k++) {
            const funder = funders[codes[k]!]!;
            if (funder === REFUSED) return false;
            list.push(funder);
          }
          money.funders = list;
        }
      }
    }
    money.committedUsd = amountOf(c.committedUsd, r);
    money.disbursedUsd = amountOf(c.disbursedUsd, r);
    money.spentUsd = amountOf(c.spentUsd, r);
    if (money.committedUsd! < 0 || money.disbursedUsd! < 0 || money.spentUsd! < 0) return false;
    const y = c.spendingByYear;
    if (y && y.offsets[r + 1]! > y.offsets[r]!) {
      const entries: YearSpending[] = [];
      let previous = Number.NEGATIVE_INFINITY;
      for (let k = y.offsets[r]!; k < y.offsets[r + 1]!; k++) {
        const year = y.year[k]!;
        const disbursed = y.disbursedUsd[k]!;
        const spent = y.spentUsd[k]!;
        // Repeated or unordered years are merged and sorted by the record parser.
        if (!Number.isInteger(year) || year <= previous || disbursed < 0 || spent < 0) return false;
        previous = year;
        entries.push({ year: year + 0, disbursedUsd: disbursed + 0, spentUsd: spent + 0 });
      }
      money.spendingByYear = entries;
    }
    return true;
  };

  let i = 0;
  let r = 0;
  let next = 0;
  return (limit) => {
    const end = Math.min(page.count, i + limit);
    const from = i;
    for (; i < end; i++) {
      const irregular = page.irregular[next];
      if (irregular && irregular.index === i) {
        validator.add([irregular.record]);
        next++;
        continue;
      }
      const project = fast(r);
      if (project) validator.accept(project);
      else validator.add([decodeRecord(c, r)]);
      r++;
    }
    return end - from;
  };
}
