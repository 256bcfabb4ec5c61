import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { isLanguage, LANGUAGES, type Language } from '@/domain/codes/languages';
import { rememberLanguage } from '@/lib/i18n/language';
import { useT } from '@/hooks/i18n';

/** Keeps i18next, the URL's `lang` and the document's lang attribute in step. */
export function useLanguageSync(): void {
  const { i18n } = useT();
  const [params] = useSearchParams();
  const fromUrl = params.get('lang');
  useEffect(() => {
    if (isLanguage(fromUrl) && fromUrl !== i18n.language) void i18n.changeLanguage(fromUrl);
  }, [fromUrl, i18n]);
  useEffect(() => {
    const update = (lng: string) => {
      document.documentElement.lang = lng;
    };
    update(i18n.language);
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, [i18n]);
}

/** The Language select: switches every string and format, remembers the choice, keeps it in the URL. */
export function LanguageControl() {
  const { t, i18n } = useT();
  const [, setParams] = useSearchParams();
  const change = (lang: Language) => {
    rememberLanguage(lang);
    void i18n.changeLanguage(lang);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('lang', lang);
        return next;
      },
      { replace: true },
    );
  };
  return (
    <label className="language-control">
      <span>{t('language.label')}</span>
      <select
        // Outside English the name also carries the English word, so anyone can find the way back.
        aria-label={
          i18n.language === 'en' ? t('language.label') : `${t('language.label')} (Language)`
        }
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) change(e.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
