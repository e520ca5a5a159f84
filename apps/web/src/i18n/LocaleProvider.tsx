import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { IntlProvider } from 'react-intl';
import type { Catalog } from './catalog-files.ts';
import { loadMessages } from './catalogs.ts';
import { directionOf, type Language, pickInitialLanguage } from './languages.ts';

const STORAGE_KEY = 'strata.lang';

interface LocaleState {
  lang: Language;
  dir: 'ltr' | 'rtl';
  /** Switches the UI once the language's messages have loaded, and remembers the choice. */
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

function initialLanguage(): Language {
  const fromLink = new URLSearchParams(window.location.search).get('lang');
  const initial = pickInitialLanguage(
    readStoredLanguage(),
    navigator.languages ?? [navigator.language],
    fromLink,
  );
  if (initial === fromLink) storeLanguage(initial);
  return initial;
}

interface Loaded {
  lang: Language;
  messages: Catalog;
}

/**
 * Holds the UI language: loads its messages, persists the choice, sets `<html lang dir>` and provides the
 * ICU messages. Renders nothing until the first language's messages are in (one small request).
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [requested, setRequested] = useState<Language>(initialLanguage);
  const [current, setCurrent] = useState<Loaded | null>(null);
  const shown = useRef(false);

  useEffect(() => {
    let live = true;
    loadMessages(requested)
      .then((messages) => {
        if (!live) return;
        shown.current = true;
        setCurrent({ lang: requested, messages });
      })
      .catch((error: unknown) => {
        // Keep the language already shown (or fall back to English at start); a later choice tries again.
        console.error('messages:', error instanceof Error ? error.message : error);
        if (live && !shown.current && requested !== 'en') setRequested('en');
      });
    return () => {
      live = false;
    };
  }, [requested]);

  const lang = current?.lang;
  // Before the first paint, so an Arabic page never flashes left-to-right.
  useLayoutEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setRequested(next);
    storeLanguage(next);
  }, []);

  const value = useMemo(() => (lang ? { lang, dir: directionOf(lang), setLang } : null), [lang, setLang]);
  if (!current || !value) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={current.lang} messages={current.messages} defaultLocale="en">
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
