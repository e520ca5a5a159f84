import type { ResetLink } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';

/** A one-time password link, shown once: copy it, and whether it was e-mailed too. */
export function OneTimeLink({ reset }: { reset: ResetLink }) {
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  const until = intl.formatDate(new Date(reset.expiresAt), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="one-time-link">
      <p>{intl.formatMessage({ id: 'auth.admin.linkIntro' }, { until })}</p>
      <p>
        <code data-testid="one-time-link">{reset.link}</code>{' '}
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(reset.link).catch(() => {});
            setCopied(true);
          }}
        >
          {intl.formatMessage({ id: copied ? 'auth.admin.copied' : 'auth.admin.copy' })}
        </button>
      </p>
      <p>
        {reset.emailed
          ? intl.formatMessage({ id: 'auth.admin.emailed' })
          : reset.mailError
            ? intl.formatMessage({ id: 'auth.admin.mailFailed' }, { error: reset.mailError })
            : intl.formatMessage({ id: 'auth.admin.noMail' })}
      </p>
    </div>
  );
}
