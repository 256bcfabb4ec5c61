import { useT } from '@/hooks/i18n';
import { useId } from 'react';
import type { Language } from '@/domain/codes';
import type { HierarchyChoice } from '@/domain/import/iati/roll-up';
import type { HierarchySummary } from '@/domain/import/iati/parse-iati';
import { formatNumber } from '@/lib/format';
import '../i18n';

const CHOICES: readonly HierarchyChoice[] = ['roll-up', 'separate'];

/**
 * For an IATI file with child activities: what was done with them (with counts), and the choice
 * to import them again rolled up into their parent (the default) or as separate projects.
 */
export function HierarchyChoiceField({
  summary,
  lang,
  disabled,
  onChange,
}: {
  summary: HierarchySummary;
  lang: Language;
  disabled: boolean;
  onChange: (choice: HierarchyChoice) => void;
}) {
  const { t } = useT('import');
  const name = useId();
  const counts = {
    count: summary.children,
    children: formatNumber(summary.children, lang),
    parents: formatNumber(summary.parents, lang),
  };
  const many = summary.parents > 1 ? 'Many' : '';
  return (
    <fieldset className="import-defaults import-hierarchy">
      <legend>{t('hierarchy.legend')}</legend>
      <p role="status">
        {t(`hierarchy.${summary.choice === 'roll-up' ? 'rolledUp' : 'separated'}${many}`, counts)}
      </p>
      {CHOICES.map((choice) => (
        <label key={choice} className="import-choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={summary.choice === choice}
            disabled={disabled}
            onChange={() => onChange(choice)}
          />
          <span>{t(`hierarchy.${choice}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
