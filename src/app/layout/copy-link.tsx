import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { copyText, shareableUrl } from '@/lib/share-link';
import { useT } from '@/hooks/i18n';

/** How long "Link copied" stays in view. */
const SHOWN_MS = 5000;

/**
 * "Copy link": puts the address of the view on the clipboard without the language, so the
 * receiver reads it in theirs, and says so in a live region (or, failing, shows the link).
 */
export function CopyLink() {
  const { t } = useT();
  const location = useLocation();
  const [result, setResult] = useState<{ ok: boolean; url: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Another view: the message was about the previous address.
  useEffect(() => setResult(null), [location.pathname, location.search]);

  const copy = async () => {
    const here = new URL(`${location.pathname}${location.search}`, window.location.origin);
    const url = shareableUrl(here.href);
    const ok = await copyText(url);
    setResult({ ok, url });
    clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setResult(null), SHOWN_MS);
  };
  return (
    <div className="copy-link">
      <button type="button" className="button copy-link-button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span className="copy-link-status" aria-live="polite" aria-atomic="true">
        {result?.ok ? t('share.copied') : null}
        {result && !result.ok ? (
          <>
            {t('share.failed')}{' '}
            <input
              className="copy-link-url"
              readOnly
              aria-label={t('share.link')}
              value={result.url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        ) : null}
      </span>
    </div>
  );
}
