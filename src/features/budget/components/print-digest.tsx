import { useT } from '@/hooks/i18n';
import { facetValueLabel } from '@/components/filters/facet-options';
import type { Language } from '@/domain/codes/languages';
import type { PortfolioView } from '@/domain/engine/types';
import type { Facet } from '@/domain/filters';
import { useScreenParam } from '@/hooks/use-view-state';
import { formatNumber, formatPercent, formatUsd } from '@/lib/format';
import '../i18n';

/** How many countries and funders the printed page lists. */
const PRINT_TOP = 8;

interface Row {
  key: string;
  label: string;
  budget: number;
}

/**
 * The printed page's key figures and main breakdowns, above the pivot: total budget, projects,
 * countries, funding years and the currency the amounts are in; the budget by region, by project
 * type, in the largest benefiting countries and by funder — less the one the pivot's rows already
 * give (its Total column); with rows by country the long pivot is the breakdown. Printed only: on screen the Overview shows them as charts.
 */
export function PrintDigest({ view, lang }: { view: PortfolioView; lang: Language }) {
  const { t } = useT('budget');
  const { kpis } = view;
  const [dimension] = useScreenParam('rows');
  const years = view.byYear.filter((bin) => bin.count > 0).map((bin) => bin.key);
  const rows = (facet: Facet, bins: readonly { key: string; budget: number; count: number }[]) =>
    bins
      .filter((bin) => bin.count > 0)
      .map((bin) => ({
        key: bin.key,
        label: facetValueLabel(facet, bin.key, lang),
        budget: bin.budget,
      }));
  const funders = view.byFunder.slice(0, PRINT_TOP).map((bin) => ({
    key: bin.key,
    label: bin.name,
    budget: bin.budget,
  }));
  const kpiList = [
    { key: 'budget', label: t('digest.totalBudget'), value: formatUsd(kpis.totalBudget, lang) },
    { key: 'projects', label: t('digest.projects'), value: formatNumber(kpis.projects, lang) },
    { key: 'countries', label: t('digest.countries'), value: formatNumber(kpis.countries, lang) },
    {
      key: 'years',
      label: t('digest.years'),
      value:
        years.length === 0
          ? '–'
          : years[0] === years.at(-1)
            ? String(years[0])
            : t('digest.yearRange', { from: years[0], to: years.at(-1) }),
    },
  ];
  return (
    <section className="budget-digest print-block" aria-label={t('digest.label')}>
      <dl className="budget-digest-kpis">
        {kpiList.map((kpi) => (
          <div key={kpi.key}>
            <dt>{kpi.label}</dt>
            <dd>{kpi.value}</dd>
          </div>
        ))}
      </dl>
      {/* By country the pivot is long: its rows are then the breakdown, so the page stays one. */}
      {dimension === 'country' ? null : (
        <div className="budget-digest-breakdowns">
          {dimension === 'region' ? null : (
            <Breakdown
              title={t('digest.byRegion')}
              rows={rows('region', view.byRegion)}
              total={kpis.totalBudget}
              lang={lang}
            />
          )}
          {dimension === 'type' ? null : (
            <Breakdown
              wide
              title={t('digest.byType')}
              rows={rows('type', view.byType)}
              total={kpis.totalBudget}
              lang={lang}
            />
          )}
          {
            <Breakdown
              title={t('digest.topCountries', { count: PRINT_TOP })}
              rows={rows('country', view.byCountry.slice(0, PRINT_TOP))}
              total={kpis.totalBudget}
              lang={lang}
            />
          }
          {funders.length > 0 ? (
            <Breakdown
              title={t('digest.topFunders', { count: PRINT_TOP })}
              rows={funders}
              total={kpis.totalBudget}
              lang={lang}
            />
          ) : null}
        </div>
      )}
      <p className="budget-digest-note">
        {t('digest.currency')} {dimension === 'country' ? null : `${t('digest.equalSplit')} `}
        {funders.length > 0 ? t('digest.funderShares') : null}
      </p>
    </section>
  );
}

/**
 * One breakdown: its heading, then a row a category with the amount and its share of the total
 * budget (so a top-8 list's shares say how much of the whole those 8 hold).
 */
function Breakdown({
  wide = false,
  title,
  rows,
  total,
  lang,
}: {
  /** More room for long labels (project types). */
  wide?: boolean;
  title: string;
  rows: readonly Row[];
  total: number;
  lang: Language;
}) {
  return (
    <div className={wide ? 'budget-digest-breakdown wide' : 'budget-digest-breakdown'}>
      <h2>{title}</h2>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{formatUsd(row.budget, lang)}</td>
              <td className="num">{formatPercent(total > 0 ? row.budget / total : 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
