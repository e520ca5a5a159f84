import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider.tsx';

/** The header's account area: a sign-in link, or the account's name and role with a sign-out button. */
export function AccountMenu() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { user, known, signOut } = useSession();
  const [busy, setBusy] = useState(false);
  if (!known) return <div className="account" />;
  if (!user) {
    return (
      <div className="account">
        <Link to="/sign-in">{intl.formatMessage({ id: 'auth.signIn' })}</Link>
      </div>
    );
  }
  return (
    <div className="account">
      <Link to="/account" className="account-name" data-testid="account-name">
        {user.displayName ?? user.email}
        <span className="account-role">{intl.formatMessage({ id: `auth.role.${user.role}` })}</span>
      </Link>
      <Link to="/me">{intl.formatMessage({ id: 'auth.work.link' })}</Link>
      {user.role === 'secretariat' && (
        <Link to="/admin/accounts">{intl.formatMessage({ id: 'auth.admin.title' })}</Link>
      )}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await signOut();
            navigate('/');
          } finally {
            setBusy(false);
          }
        }}
      >
        {intl.formatMessage({ id: 'auth.signOut' })}
      </button>
    </div>
  );
}
