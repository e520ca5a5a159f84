import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { Country } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { directionOf, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages.ts';
import { ExchangeCountrySection } from '../../modules/exchange/CountrySection.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { GROUP_COLOURS, groupKey } from './groups.ts';

/** One Member State or observer State: its codes, group, names in the six languages and its place on the map. */
export function CountryPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  const result = useApi<Country>(`/countries/${encodeURIComponent(iso3)}`);
  const country = result.status === 'ok' ? result.data : null;
  usePageTitle(country ? country.name[lang] : t('countries.title'));
  const countryFill = useCallback(
    (m49: string) => (country && m49 === country.m49 ? GROUP_COLOURS[groupKey(country.unGroup)] : null),
    [country],
  );

  if (result.status === 'error' && result.error.status === 404) return <NotFoundPage />;
  return (
    <article className="page country">
      <p>
        <Link to="/countries">{t('countries.back')}</Link>
      </p>
      {result.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {result.status === 'error' && (
        <p role="alert" className="error-summary">
          {intl.formatMessage(
            { id: 'common.loadError' },
            { detail: result.error.detail ?? result.error.title },
          )}
        </p>
      )}
      {country && (
        <>
          <h1>{country.name[lang]}</h1>
          <div className="country-layout">
            <div>
              <dl className="facts">
                <dt>{t('countries.column.iso3')}</dt>
                <dd>
                  <code>{country.iso3}</code>
                </dd>
                <dt>{t('countries.column.iso2')}</dt>
                <dd>
                  <code>{country.iso2}</code>
                </dd>
                <dt>{t('countries.column.m49')}</dt>
                <dd>
                  <code>{country.m49}</code>
                </dd>
                <dt>{t('countries.column.group')}</dt>
                <dd>
                  <span
                    className="swatch"
                    style={{ backgroundColor: GROUP_COLOURS[groupKey(country.unGroup)] }}
                    aria-hidden="true"
                  />
                  {t(`countries.group.${groupKey(country.unGroup)}`)}
                </dd>
                <dt>{t('countries.column.status')}</dt>
                <dd>{t(country.unMember ? 'countries.status.member' : 'countries.status.observer')}</dd>
              </dl>
              <table className="data-table names-table">
                <caption>{t('countries.namesCaption')}</caption>
                <tbody>
                  {LANGUAGES.map((code) => (
                    <tr key={code}>
                      <th scope="row" lang={code}>
                        {LANGUAGE_NAMES[code]}
                      </th>
                      <td lang={code} dir={directionOf(code)}>
                        {country.name[code]}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <WorldMap
              label={intl.formatMessage({ id: 'countries.mapOf' }, { name: country.name[lang] })}
              countryFill={countryFill}
              focusCountry={country.m49}
              height="360px"
            />
          </div>
          <ExchangeCountrySection iso3={country.iso3} />
        </>
      )}
    </article>
  );
}
