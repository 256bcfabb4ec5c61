import { useT } from '@/hooks/i18n';
import { formatNumber } from '@/lib/format';
import type { Language } from '@/domain/codes/languages';
import type { CountryDatum } from '../lib/map-data';
import '../i18n';

interface SmallStatesProps {
  states: CountryDatum[];
  lang: Language;
  describe: (datum: CountryDatum) => string;
  selected: ReadonlySet<string>;
  onSelect: (code: string) => void;
  /** A sentence naming the states, without the buttons (the compact map). */
  brief?: boolean;
}

/** One list formatter a language: building one costs more than formatting with it. */
const listFormats = new Map<Language, Intl.ListFormat>();
function listFormat(lang: Language): Intl.ListFormat {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format;
}

/**
 * States with projects that the 110m boundaries cannot draw (small islands): said on the map,
 * and offered as buttons so they can be selected like the drawn ones.
 */
export function SmallStates({
  states,
  lang,
  describe,
  selected,
  onSelect,
  brief = false,
}: SmallStatesProps) {
  const { t } = useT('map');
  const sentence = t('tooSmall', { count: states.length, n: formatNumber(states.length, lang) });
  if (brief)
    return (
      <p className="map-small-note muted">
        {t('tooSmallNamed', {
          count: states.length,
          names: listFormat(lang).format(states.map((d) => d.name)),
        })}
      </p>
    );
  return (
    <div className="map-small">
      <p className="map-small-note muted">{sentence}</p>
      <ul aria-label={t('tooSmallList')}>
        {states.map((d) => (
          <li key={d.code}>
            <button
              type="button"
              className="button map-small-button"
              aria-label={describe(d)}
              aria-pressed={selected.has(d.code)}
              onClick={() => onSelect(d.code)}
            >
              {d.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
