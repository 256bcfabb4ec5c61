import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the address's values that were not understood and are ignored; the user can dismiss it. */
export function UrlProblemsNotice({
  problems,
}: {
  problems: readonly { param: string; value: string }[];
}) {
  const { t } = useTranslation();
  const signature = problems.map((p) => `${p.param}=${p.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === signature) return null;
  return (
    <div className="notice" role="status">
      <div>
        <p>{t('urlProblems.message')}</p>
        <ul>
          {problems.map((p) => (
            <li key={`${p.param}=${p.value}`}>
              <code>{t('urlProblems.item', { param: p.param, value: p.value })}</code>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => setDismissed(signature)}>
        {t('urlProblems.dismiss')}
      </button>
    </div>
  );
}
