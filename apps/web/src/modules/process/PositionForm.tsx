import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PROCESS_API } from './api.ts';

const KINDS = ['support', 'co_sponsor', 'reservation', 'objection', 'withdrawn'] as const;
const VENUES = ['plenary', 'written', 'regional_consultation'] as const;

/**
 * Records a state's position on a proposal version: shown to a focal point (for its own country) and to
 * the secretariat (for any country, recorded on the state's behalf). The server decides in the end.
 */
export function PositionForm({ versionId, onRecorded }: { versionId: string; onRecorded: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user } = useSession();
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('support');
  const [venue, setVenue] = useState<(typeof VENUES)[number]>('plenary');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user || (user.role !== 'focal_point' && user.role !== 'secretariat')) return null;
  const iso3 = user.role === 'focal_point' ? (user.countryIso3 ?? '') : country.trim().toUpperCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await api.request(`${PROCESS_API}/versions/${versionId}/endorsements`, {
        method: 'POST',
        body: { countryIso3: iso3, kind, venue },
      });
      setMessage(t('process.position.recorded'));
      onRecorded();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel position-form" onSubmit={submit}>
      <h3>{t('process.position.heading')}</h3>
      {user.role === 'secretariat' ? (
        <label>
          {t('process.position.country')}{' '}
          <input
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            maxLength={3}
            required
            size={4}
          />
        </label>
      ) : (
        <p>{t('process.position.forCountry', { country: iso3 })}</p>
      )}{' '}
      <label>
        {t('process.position.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`process.positionKind.${k}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('process.position.venue')}{' '}
        <select value={venue} onChange={(e) => setVenue(e.target.value as (typeof VENUES)[number])}>
          {VENUES.map((v) => (
            <option key={v} value={v}>
              {t(`process.venue.${v}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" disabled={busy || iso3.length !== 3}>
        {t('process.position.submit')}
      </button>
      {user.role === 'secretariat' && <p className="note">{t('process.position.onBehalf')}</p>}
      {message && <p role="status">{message}</p>}
    </form>
  );
}
