import { useState } from 'react';
import type { ParamProblem } from '@/domain/url-state';
import { useT } from '@/hooks/i18n';

/** The most values the notice lists; a longer address gets "and N more" (rendering stays cheap). */
const LISTED = 20;

/** Names the address's values that were not understood and are ignored; the user can dismiss it. */
export function UrlProblemsNotice({ problems }: { problems: readonly ParamProblem[] }) {
  const { t } = useT();
  const signature = problems.map((p) => `${p.param}=${p.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === signature) return null;
  const more = problems.length - LISTED;
  return (
    <div className="notice" role="status">
      <div>
        <p>{t('urlProblems.message')}</p>
        <ul>
          {problems.slice(0, LISTED).map((p) => (
            <li key={`${p.param}=${p.value}`}>
              {p.conflict ? (
                t('urlProblems.conflict', {
                  low: `${p.param}=${p.value}`,
                  high: `${p.conflict.param}=${p.conflict.value}`,
                })
              ) : (
                <code>{t('urlProblems.item', { param: p.param, value: p.value })}</code>
              )}
            </li>
          ))}
          {more > 0 ? <li>{t('urlProblems.more', { count: more })}</li> : null}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => setDismissed(signature)}>
        {t('urlProblems.dismiss')}
      </button>
    </div>
  );
}
