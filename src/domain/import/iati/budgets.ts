import { parseAmount } from '@/domain/parse-record';
import { attr, child, children, text, type XmlElement } from './xml';

/** The ISO 4217 code for "no currency", used as the key for values that state none. */
export const NO_CURRENCY = 'XXX';

export interface BudgetSummary {
  /** Sum of the USD values, rounded to cents; undefined when the activity has no USD budget. */
  usd: number | undefined;
  /** Every counted value by currency (NO_CURRENCY when neither the value nor the activity names one). */
  byCurrency: Record<string, number>;
  /** Values left out: other currencies, no currency, not a number. */
  otherCurrency: string[];
  missingCurrency: string[];
  invalid: string[];
  /** Original budgets dropped because a revised one covers the same period. */
  superseded: number;
  /** Number of <budget> elements. */
  count: number;
}

function periodKey(budget: XmlElement): string {
  return `${attr(child(budget, 'period-start'), 'iso-date') ?? ''}|${attr(child(budget, 'period-end'), 'iso-date') ?? ''}`;
}

/**
 * The activity's budgets, summed per currency. IATI budgets are type 1 (original) or 2
 * (revised); a revised budget replaces the original of the same period, so where a period
 * has both only the revised ones count — summing both would count the money twice.
 * A value's currency is its @currency, else the activity's default-currency. Amounts are
 * never converted: only USD ones make the project's budget, the rest are reported.
 */
export function summarizeBudgets(
  activity: XmlElement,
  defaultCurrency: string | undefined,
): BudgetSummary {
  const budgets = children(activity, 'budget');
  const revisedPeriods = new Set(budgets.filter((b) => attr(b, 'type') === '2').map(periodKey));
  const summary: BudgetSummary = {
    usd: undefined,
    byCurrency: {},
    otherCurrency: [],
    missingCurrency: [],
    invalid: [],
    superseded: 0,
    count: budgets.length,
  };
  let usdCents = 0;
  let hasUsd = false;
  for (const budget of budgets) {
    if (attr(budget, 'type') !== '2' && revisedPeriods.has(periodKey(budget))) {
      summary.superseded++;
      continue;
    }
    const value = child(budget, 'value');
    const raw = text(value);
    const amount = parseAmount(raw);
    if (amount === undefined) {
      summary.invalid.push(raw);
      continue;
    }
    const currency = (attr(value, 'currency') ?? defaultCurrency)?.toUpperCase();
    const key = currency ?? NO_CURRENCY;
    summary.byCurrency[key] = (summary.byCurrency[key] ?? 0) + amount;
    if (currency === 'USD') {
      usdCents += Math.round(amount * 100);
      hasUsd = true;
    } else if (currency === undefined) summary.missingCurrency.push(raw);
    else summary.otherCurrency.push(`${raw} ${currency}`);
  }
  if (hasUsd) summary.usd = usdCents / 100;
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
