import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { IntlProvider } from 'react-intl';
import { messagesFor } from './catalogs.ts';
import { directionOf, type Language, pickInitialLanguage } from './languages.ts';

const STORAGE_KEY = 'strata.lang';

interface LocaleState {
  lang: Language;
  dir: 'ltr' | 'rtl';
  setLang(lang: Language): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the browser languages
  }
}

function storeLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still applies to this page
  }
}

/** Holds the UI language: persists it, sets `<html lang dir>` and provides the ICU messages. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => {
    const fromLink = new URLSearchParams(window.location.search).get('lang');
    const initial = pickInitialLanguage(
      readStoredLanguage(),
      navigator.languages ?? [navigator.language],
      fromLink,
    );
    if (initial === fromLink) storeLanguage(initial);
    return initial;
  });
  const dir = directionOf(lang);

  // Before the first paint, so an Arabic page never flashes left-to-right.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    storeLanguage(next);
  }, []);

  const value = useMemo(() => ({ lang, dir, setLang }), [lang, dir, setLang]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={lang} messages={messagesFor(lang)} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** The current UI language, its direction and the setter. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <LocaleProvider>');
  return state;
}
