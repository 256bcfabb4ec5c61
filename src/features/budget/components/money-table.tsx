import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { PortfolioView } from '@/domain/engine/types';
import { formatPercent } from '@/lib/format';
import { useScreenParam } from '@/hooks/use-view-state';
import { moneyRowLabel, moneyRows, type MoneyRow } from '../lib/money-table';
import { formatAmount } from '../lib/print-layout';
import '../i18n';

const AMOUNTS = ['budget', 'committed', 'disbursed', 'spent'] as const;

/**
 * Budget beside money committed, disbursed and spent, per region, type or country (the pivot's
 * Rows choice), with the share spent; an overspent row is marked, never capped. Printed too.
 */
export function MoneyTable({ view, lang }: { view: PortfolioView; lang: Language }) {
  const { t } = useT('budget');
  const headingId = useId();
  const [dimension] = useScreenParam('rows');
  const { rows, total } = moneyRows(view.pivots[dimension], dimension, {
    budget: view.kpis.totalBudget,
    money: view.money,
  });
  if (rows.length === 0) return null;
  const cells = (row: MoneyRow) => (
    <>
      {AMOUNTS.map((key) => (
        <td key={key} className="num">
          {formatAmount(row[key], 'full', lang)}
        </td>
      ))}
      <td className={row.spent > row.budget ? 'num money-over' : 'num'}>
        {row.budget > 0 ? formatPercent(row.spent / row.budget, lang) : '–'}
      </td>
    </>
  );
  return (
    <section
      className="card budget-money"
      aria-labelledby={headingId}
      // On a phone the table scrolls sideways inside this card: the keyboard must reach it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <h2 id={headingId}>{t('money.heading')}</h2>
      <table className="data-table money-table">
        <caption className="visually-hidden">{t(`money.caption.${dimension}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`pivot.dimension.${dimension}`)}</th>
            {AMOUNTS.map((key) => (
              <th key={key} scope="col" className="num">
                {t(`money.${key}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('money.spentShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{moneyRowLabel(row, dimension, lang, t)}</th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('pivot.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
      <p className="pivot-notes">
        {t('money.note')}
        {view.money.spentProjects < view.kpis.projects
          ? ` ${t('money.unreported', { count: view.kpis.projects - view.money.spentProjects })}`
          : ''}
      </p>
    </section>
  );
}
