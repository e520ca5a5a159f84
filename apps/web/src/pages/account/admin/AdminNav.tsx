import { useIntl } from 'react-intl';
import { NavLink } from 'react-router';

/** The secretariat's administration screens. */
export function AdminNav() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <nav aria-label={t('auth.admin.nav')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/admin/accounts">{t('auth.admin.accounts')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/organisations">{t('auth.admin.organisations')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/companies">{t('auth.admin.companies')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
