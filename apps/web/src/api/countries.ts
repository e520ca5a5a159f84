import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { api, ProblemError } from './client.ts';
import type { Country } from './types.ts';
import type { ApiResult } from './useApi.ts';

/** The 195 countries, with look-ups by ISO alpha-3 and by M49 (the world map's feature id). */
export interface CountryIndex {
  list: readonly Country[];
  byIso3: ReadonlyMap<string, Country>;
  byM49: ReadonlyMap<string, Country>;
}

export function indexCountries(list: readonly Country[]): CountryIndex {
  return {
    list,
    byIso3: new Map(list.map((c) => [c.iso3, c])),
    byM49: new Map(list.map((c) => [c.m49, c])),
  };
}

let pending: Promise<CountryIndex> | null = null;

/** `GET /api/countries`, fetched once per page load and shared (the list does not change while the app runs). */
export function loadCountries(): Promise<CountryIndex> {
  pending ??= api
    .request<{ items: Country[] }>('/countries')
    .then((body) => indexCountries(body.items))
    .catch((error: unknown) => {
      pending = null; // a later call retries
      throw error;
    });
  return pending;
}

/**
 * The shared country list for any screen (names for ISO codes, map colouring by M49).
 * @example const countries = useCountries(); if (countries.status === 'ok') countries.data.byIso3.get('BRA')
 */
export function useCountries(): ApiResult<CountryIndex> {
  const [result, setResult] = useState<ApiResult<CountryIndex>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCountries()
      .then((data) => live && setResult({ status: 'ok', data }))
      .catch((error: unknown) => {
        if (!live) return;
        const problem =
          error instanceof ProblemError
            ? error
            : new ProblemError({ type: 'about:blank', title: String(error), status: 0 });
        setResult({ status: 'error', error: problem });
      });
    return () => {
      live = false;
    };
  }, []);
  return result;
}

/**
 * A country's name in the reader's language from the platform's country table: the ISO alpha-3 code while
 * the list loads or when the code is unknown, and "—" for no country.
 * @example const countryName = useCountryName(); countryName('JOR') // "الأردن" for an Arabic reader
 */
export function useCountryName(): (iso3: string | null) => string {
  const { lang } = useLocale();
  const countries = useCountries();
  return (iso3) => {
    if (!iso3) return '—';
    return countries.status === 'ok' ? (countries.data.byIso3.get(iso3)?.name[lang] ?? iso3) : iso3;
  };
}
