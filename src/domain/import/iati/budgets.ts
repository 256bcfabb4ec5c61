import { firstDay, lastDay, normalizePartialDate } from '@/domain/partial-date';
import { parseAmount } from '@/domain/parse-record';
import type { OriginalAmount } from '@/domain/project';
import { toUsd, type ConversionFailure } from '@/domain/money/convert';
import { attr, child, children, text, type XmlElement } from './xml';

/** The ISO 4217 code for "no currency", used as the key for values that state none. */
export const NO_CURRENCY = 'XXX';

/** One <budget> as read: its type, period, value and currency. */
export interface BudgetLine {
  /** 1 original, 2 revised (IATI BudgetType); original when not stated. */
  revised: boolean;
  start: number;
  end: number;
  /** The period start as written (the conversion's value date). */
  startText: string;
  amount: number;
  currency: string | undefined;
  /** value/@value-date, the tie-break between two budgets for the same period. */
  valueDate: string;
}

export interface BudgetSummary {
  /** The activity's budget in USD, rounded to cents; undefined when not provided. */
  usd: number | undefined;
  /** The converted budgets, by currency and rate year (USD ones are not listed). */
  original: OriginalAmount[];
  /** Every counted value by original currency (NO_CURRENCY when none is stated). */
  byCurrency: Record<string, number>;
  /** Values left out: no currency, not a number, negative. */
  missingCurrency: string[];
  invalid: string[];
  negative: string[];
  /** Counted values that could not be converted: the record is rejected with this reason. */
  unconverted: ConversionFailure[];
  /** Original budgets replaced by a revised one for the same period. */
  superseded: number;
  /** Budgets whose period lies within another counted budget's period (quarters in a year). */
  nested: number;
  /** Counted budgets whose period partly overlaps another counted one: counted, and flagged. */
  overlapping: number;
  /** Budgets for a period another budget of the same type already gives (counted once). */
  duplicates: number;
  /** Number of <budget> elements. */
  count: number;
}

/** Reads the <budget> elements of an activity; a value without a readable period or amount is set aside. */
function readBudgets(
  activity: XmlElement,
  defaultCurrency: string | undefined,
  summary: BudgetSummary,
) {
  const lines: BudgetLine[] = [];
  for (const budget of children(activity, 'budget')) {
    const value = child(budget, 'value');
    const raw = text(value);
    const amount = parseAmount(raw);
    const currency = (attr(value, 'currency') ?? defaultCurrency)?.toUpperCase();
    const startText = normalizePartialDate(attr(child(budget, 'period-start'), 'iso-date'));
    const endText = normalizePartialDate(attr(child(budget, 'period-end'), 'iso-date'));
    if (amount === undefined || !startText || (endText && lastDay(endText) < firstDay(startText))) {
      summary.invalid.push(raw);
      continue;
    }
    if (amount < 0) {
      summary.negative.push(`${raw} ${currency ?? ''}`.trim());
      continue;
    }
    lines.push({
      revised: attr(budget, 'type') === '2',
      start: firstDay(startText),
      end: endText ? lastDay(endText) : lastDay(startText),
      startText,
      amount,
      currency,
      valueDate: attr(value, 'value-date') ?? '',
    });
  }
  return lines;
}

/**
 * Which budgets count, each period once (DESIGN §11), whatever order the file gives them in:
 * 1. a revised budget replaces the original for the same period;
 * 2. budgets are taken from the longest period down; one whose period lies within a period
 *    already taken is not added (the containing period counts it: quarters inside a year,
 *    years inside a total) — an identical period counts once (the latest value date, then the
 *    larger amount);
 * 3. a period that only partly overlaps a taken one is counted, and flagged.
 */
export function countedBudgets(lines: readonly BudgetLine[]): {
  counted: BudgetLine[];
  superseded: number;
  nested: number;
  duplicates: number;
  overlapping: number;
} {
  const revisedPeriods = new Set(lines.filter((l) => l.revised).map((l) => `${l.start}|${l.end}`));
  const current = lines.filter((l) => l.revised || !revisedPeriods.has(`${l.start}|${l.end}`));
  const superseded = lines.length - current.length;
  const ordered = [...current].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (a.valueDate < b.valueDate ? 1 : a.valueDate > b.valueDate ? -1 : 0) ||
      b.amount - a.amount ||
      (a.currency ?? '').localeCompare(b.currency ?? ''),
  );
  const counted: BudgetLine[] = [];
  let nested = 0;
  let duplicates = 0;
  let overlapping = 0;
  for (const line of ordered) {
    const container = counted.find((c) => c.start <= line.start && line.end <= c.end);
    if (container) {
      if (container.start === line.start && container.end === line.end) duplicates++;
      else nested++;
      continue;
    }
    if (counted.some((c) => c.start <= line.end && line.start <= c.end)) overlapping++;
    counted.push(line);
  }
  return { counted, superseded, nested, duplicates, overlapping };
}

/**
 * The activity's budget: each period once (see `countedBudgets`), every amount converted to
 * USD at the annual average rate of its period's start year. A value with no currency (and no
 * default), not a number, or negative is left out and reported; a currency or year with no
 * rate leaves the budget unconverted, which rejects the record with that reason.
 */
export function summarizeBudgets(
  activity: XmlElement,
  defaultCurrency: string | undefined,
): BudgetSummary {
  const summary: BudgetSummary = {
    usd: undefined,
    original: [],
    byCurrency: {},
    missingCurrency: [],
    invalid: [],
    negative: [],
    unconverted: [],
    superseded: 0,
    nested: 0,
    overlapping: 0,
    duplicates: 0,
    count: children(activity, 'budget').length,
  };
  const { counted, ...rules } = countedBudgets(readBudgets(activity, defaultCurrency, summary));
  Object.assign(summary, rules);
  let cents = 0;
  let converted = 0;
  const original = new Map<string, OriginalAmount>();
  for (const line of counted) {
    const key = line.currency ?? NO_CURRENCY;
    summary.byCurrency[key] = (summary.byCurrency[key] ?? 0) + line.amount;
    if (!line.currency) {
      summary.missingCurrency.push(String(line.amount));
      summary.unconverted.push({
        ok: false,
        reason: 'unknown_currency',
        currency: NO_CURRENCY,
        amount: line.amount,
      });
      continue;
    }
    const conversion = toUsd(line.amount, line.currency, line.startText);
    if (!conversion.ok) {
      summary.unconverted.push(conversion);
      continue;
    }
    cents += Math.round(conversion.usd * 100);
    converted++;
    if (conversion.currency === 'USD') continue;
    const group = `${conversion.currency}|${conversion.rateYear}`;
    const entry = original.get(group) ?? {
      amount: 0,
      currency: conversion.currency,
      rateYear: conversion.rateYear,
      usd: 0,
    };
    entry.amount += conversion.amount;
    entry.usd = Math.round((entry.usd + conversion.usd) * 100) / 100;
    original.set(group, entry);
  }
  if (converted > 0) summary.usd = cents / 100;
  summary.original = [...original.values()].sort(
    (a, b) => a.currency.localeCompare(b.currency) || a.rateYear - b.rateYear,
  );
  return summary;
}

/** How many transaction values state no currency when the activity has no default either. */
export function transactionsWithoutCurrency(
  activity: XmlElement,
  defaultCurrency: string | undefined,
): number {
  if (defaultCurrency) return 0;
  return children(activity, 'transaction').filter((t) => !attr(child(t, 'value'), 'currency'))
    .length;
}
