import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages.ts';

/** A labelled select of the six UN languages, each named in its own language. */
export function LanguageSwitcher() {
  const intl = useIntl();
  const { lang, setLang } = useLocale();
  return (
    <div className="language-switcher">
      <label htmlFor="language">{intl.formatMessage({ id: 'common.language' })}</label>
      <select
        id="language"
        value={lang}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLang(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
