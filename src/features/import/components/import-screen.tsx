import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLanguage, useT } from '@/hooks/i18n';
import { useImportedPortfolio } from '@/hooks/portfolio/use-imported-portfolio';
import { activateImportedPortfolio } from '@/lib/portfolio/imported-portfolio';
import { useImport, type ImportState } from '../hooks/use-import';
import { ColumnMapping } from './column-mapping';
import { FilePicker } from './file-picker';
import { ImportFailurePanel } from './import-failure';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import '../i18n';
import '../import.css';

/**
 * The Import screen: choose or drop a file, watch it being read, correct the column mapping,
 * read the report, then use the portfolio — or cancel, and nothing has changed.
 */
export function ImportScreen() {
  const { t } = useT('import');
  const lang = useLanguage();
  const { state, choose, remap, chooseHierarchy, reset } = useImport(lang);
  const imported = useImportedPortfolio();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reportRef = useRef<HTMLDivElement>(null);
  // Changes with each new file, so the mapping step starts from that file's suggestion.
  const [fileKey, setFileKey] = useState(0);
  const previousStep = useRef<ImportState['step']>('idle');

  useEffect(() => {
    // The report replaces the progress bar: take the keyboard and screen reader there once.
    if (state.step === 'review' && previousStep.current === 'parsing') reportRef.current?.focus();
    previousStep.current = state.step;
  }, [state.step]);

  const onFile = (file: File) => {
    setFileKey((key) => key + 1);
    choose(file);
  };

  const confirm = async () => {
    if (state.step !== 'review') return;
    await activateImportedPortfolio({
      name: state.file.name,
      importedAt: new Date().toISOString(),
      projects: state.result.projects,
      rejected: state.result.rejected,
      ...(state.result.flagged ? { flagged: state.result.flagged } : {}),
      ...(state.result.types ? { types: state.result.types } : {}),
    });
    // Filters chosen for the previous portfolio may hide everything in the new one: keep only the language.
    const langParam = params.get('lang');
    navigate({ pathname: '/projects', search: langParam ? `?lang=${langParam}` : '' });
  };

  return (
    <div className="import-screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="muted">{t('formats')}</p>
      {imported ? <p className="notice">{t('current', { name: imported.name })}</p> : null}
      <FilePicker onFile={onFile} />
      {state.step === 'reading' ? (
        <ImportProgress file={state.file} loaded={state.loaded} lang={lang} />
      ) : null}
      {state.step === 'parsing' ? (
        <ImportProgress file={state.file} loaded={undefined} lang={lang} />
      ) : null}
      {state.step === 'failed' ? (
        <ImportFailurePanel name={state.file.name} failure={state.failure} lang={lang} />
      ) : null}
      {state.step === 'review' ? (
        <div className="import-review" ref={reportRef} tabIndex={-1}>
          {state.updating ? (
            <p className="import-updating" role="status">
              {t('progress.updating')}
            </p>
          ) : null}
          {state.result.headers && state.result.mapping ? (
            <ColumnMapping
              key={fileKey}
              headers={state.result.headers}
              mapping={state.result.mapping}
              defaults={state.defaults}
              lang={lang}
              onChange={remap}
            />
          ) : null}
          <ImportReport
            fileName={state.file.name}
            result={state.result}
            lang={lang}
            updating={state.updating}
            onHierarchy={chooseHierarchy}
            onConfirm={() => void confirm()}
            onCancel={reset}
          />
        </div>
      ) : null}
    </div>
  );
}
