import { useImportedPortfolio } from '@/hooks/portfolio/use-imported-portfolio';
import { removeImportedPortfolio } from '@/lib/portfolio/imported-portfolio';
import './i18n';
import './imported-portfolio-badge.css';
import { useT } from '@/hooks/i18n';

/** In the header while an imported portfolio is in use: its name and the way back to the sample. */
export function ImportedPortfolioBadge() {
  const { t } = useT('portfolio');
  const imported = useImportedPortfolio();
  if (!imported) return null;
  return (
    <section className="imported-portfolio" aria-label={t('imported.label')}>
      <span className="imported-portfolio-name" title={imported.name}>
        {t('imported.name', { name: imported.name })}
      </span>
      <button type="button" className="button" onClick={() => void removeImportedPortfolio()}>
        {t('imported.return')}
      </button>
    </section>
  );
}
