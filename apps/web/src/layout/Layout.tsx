import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { MODULES } from '../modules/index.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/** The page frame: skip link, header with navigation, language and account, the page, and the footer. */
export function Layout() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so keyboard and screen reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-top">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Strata</span>
            <span className="brand-tagline">{t('common.tagline')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
        <nav aria-label={t('common.nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('common.nav.home')}
              </NavLink>
            </li>
            {MODULES.map((m) => (
              <li key={m.id}>
                <NavLink to={`/${m.id}`}>{t(`${m.id}.title`)}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/countries">{t('common.nav.countries')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('common.footer.mandate')}</p>
        <p>{intl.formatMessage({ id: 'common.footer.basemap' })}</p>
        <p data-testid="build">
          {intl.formatMessage(
            { id: 'common.footer.version' },
            { version: __STRATA_VERSION__, date: new Date(__STRATA_BUILD_DATE__) },
          )}
        </p>
      </footer>
    </>
  );
}
