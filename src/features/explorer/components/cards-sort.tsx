import { useId } from 'react';
import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes';
import type { SortDirection, SortKey } from '@/domain/filters';
import { fieldLabel } from '@/domain/project-fields';
import type { ProjectField } from '@/domain/project';

interface CardsSortProps {
  /** The fields the cards can be sorted by (the table's columns). */
  fields: readonly ProjectField[];
  /** The URL's sort, the same the table shows. */
  sort: readonly SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  lang: Language;
}

/**
 * The phone's way to sort the cards, where there are no column headings to click: a field and a
 * direction, bound to the URL's sort like the table's headings (a sort made on one shows on the
 * other). Changing the field keeps the direction; the table's secondary keys are kept under a
 * change of direction and dropped under a change of field.
 */
export function CardsSort({ fields, sort, onSortChange, lang }: CardsSortProps) {
  const { t } = useT('explorer');
  const id = useId();
  const first = sort[0];
  const dir: SortDirection = first?.dir ?? 'asc';
  return (
    <div className="explorer-cards-sort" role="group" aria-label={t('cardsSort.group')}>
      <span className="explorer-export-option">
        <label htmlFor={`${id}-field`}>{t('cardsSort.field')}</label>
        <select
          id={`${id}-field`}
          value={first?.field ?? ''}
          onChange={(e) => {
            const field = fields.find((f) => f === e.target.value);
            onSortChange(field ? [{ field, dir }] : []);
          }}
        >
          <option value="">{t('cardsSort.none')}</option>
          {fields.map((field) => (
            <option key={field} value={field}>
              {fieldLabel(field, lang)}
            </option>
          ))}
        </select>
      </span>
      <span className="explorer-export-option">
        <label htmlFor={`${id}-dir`}>{t('cardsSort.direction')}</label>
        <select
          id={`${id}-dir`}
          value={dir}
          disabled={!first}
          onChange={(e) => {
            const next: SortDirection = e.target.value === 'desc' ? 'desc' : 'asc';
            onSortChange(sort.map((key, i) => (i === 0 ? { ...key, dir: next } : key)));
          }}
        >
          <option value="asc">{t('cardsSort.asc')}</option>
          <option value="desc">{t('cardsSort.desc')}</option>
        </select>
      </span>
    </div>
  );
}
