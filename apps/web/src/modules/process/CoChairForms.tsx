import type { Cluster, ProposalDetail, Round } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../api/client.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { problemText } from './admin/actions.ts';
import { PROCESS_API } from './api.ts';
import { useSteering } from './useSteering.ts';

const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/** Adds a proposal (co-chairs, secretariat): code, cluster, one official text. */
export function NewProposalForm({
  slug,
  clusters,
  onDone,
}: {
  slug: string;
  clusters: Cluster[];
  onDone: () => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [message, setMessage] = useState<string | null>(null);
  if (!useSteering()) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const d = new FormData(element);
    try {
      await api.request(`${PROCESS_API}/processes/${slug}/proposals`, {
        method: 'POST',
        body: {
          code: String(d.get('code')),
          clusterCode: String(d.get('cluster')) || null,
          originKind: String(d.get('origin')),
          texts: [
            {
              language: String(d.get('language')),
              title: String(d.get('title')),
              body: String(d.get('body')),
              official: true,
            },
          ],
        },
      });
      element.reset();
      setMessage(t('process.steer.saved'));
      onDone();
    } catch (error) {
      setMessage(problemText(error));
    }
  }
  return (
    <details className="panel">
      <summary>{t('process.steer.newProposal')}</summary>
      <form onSubmit={submit}>
        <p>
          <label>
            {t('process.proposal.code')} <input name="code" required maxLength={30} size={10} />
          </label>{' '}
          <label>
            {t('process.proposal.cluster')}{' '}
            <select name="cluster" defaultValue="">
              <option value="">—</option>
              {clusters.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code}. {c.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('process.steer.origin')}{' '}
            <select name="origin" defaultValue="global_meeting">
              {['regional_consultation', 'submission', 'global_meeting', 'other'].map((o) => (
                <option key={o} value={o}>
                  {t(`process.origin.${o}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('process.diff.language')}{' '}
            <select name="language" defaultValue="en">
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        </p>
        <p>
          <label>
            {t('process.proposal.title')} <input name="title" required maxLength={500} size={60} />
          </label>
        </p>
        <p>
          <label>
            {t('process.steer.text')} <textarea name="body" required rows={4} cols={80} />
          </label>
        </p>
        <button type="submit">{t('process.steer.save')}</button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}

/** A State proposes an amended text (its focal point, or the secretariat for it). */
export function AmendmentForm({ proposal, onDone }: { proposal: ProposalDetail; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { user } = useSession();
  const languages = proposal.currentVersion.texts.map((x) => x.language);
  const [language, setLanguage] = useState<string>(languages[0] ?? 'en');
  const [message, setMessage] = useState<string | null>(null);
  if (proposal.status !== 'active' || (user?.role !== 'focal_point' && user?.role !== 'secretariat'))
    return null;
  const current = proposal.currentVersion.texts.find((x) => x.language === language)?.body ?? '';
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    try {
      await api.request(`${PROCESS_API}/proposals/${proposal.id}/amendments`, {
        method: 'POST',
        body: {
          countryIso3:
            user?.role === 'focal_point' ? user.countryIso3 : String(d.get('country') ?? '').toUpperCase(),
          language,
          proposedBody: String(d.get('body')),
          rationale: String(d.get('rationale') ?? '') || null,
        },
      });
      setMessage(t('process.steer.saved'));
      onDone();
    } catch (error) {
      setMessage(problemText(error));
    }
  }
  return (
    <details className="panel">
      <summary>{t('process.amend.open')}</summary>
      <form onSubmit={submit} key={language}>
        {user.role === 'secretariat' && (
          <label>
            {t('process.position.country')} <input name="country" required maxLength={3} size={4} />{' '}
          </label>
        )}
        <label>
          {t('process.diff.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <p>
          <label>
            {t('process.amend.text')}{' '}
            <textarea name="body" required rows={4} cols={80} defaultValue={current} />
          </label>
        </p>
        <p>
          <label>
            {t('process.amend.rationale')} <input name="rationale" maxLength={5000} size={60} />
          </label>
        </p>
        <button type="submit">{t('process.amend.submit')}</button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}

/** The co-chairs' handling of a proposed amendment: accept (new version) or reject, with a note. */
export function HandleAmendment({ amendmentId, onDone }: { amendmentId: string; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [message, setMessage] = useState<string | null>(null);
  if (!useSteering()) return null;
  async function decide(event: FormEvent<HTMLFormElement>, decision: 'accepted' | 'rejected') {
    event.preventDefault();
    const handling = String(new FormData(event.currentTarget).get('handling') ?? '');
    try {
      await api.request(`${PROCESS_API}/amendments/${amendmentId}/handling`, {
        method: 'POST',
        body: { decision, handling },
      });
      onDone();
    } catch (error) {
      setMessage(problemText(error));
    }
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void decide(e, submitter?.value === 'rejected' ? 'rejected' : 'accepted');
      }}
    >
      <label>
        {t('process.amend.handling')} <input name="handling" required maxLength={5000} />
      </label>{' '}
      <button type="submit" value="accepted">
        {t('process.amend.accept')}
      </button>{' '}
      <button type="submit" value="rejected">
        {t('process.amend.reject')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/** Closes an open round now (co-chairs, secretariat), after a confirmation that says what it ends. */
export function CloseRoundButton({
  round,
  onDone,
}: {
  round: Pick<Round, 'id' | 'title'>;
  onDone: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  if (!useSteering()) return null;
  async function close() {
    try {
      await api.request(`${PROCESS_API}/rounds/${round.id}/close`, { method: 'POST' });
      setAsking(false);
      onDone();
    } catch (error) {
      setAsking(false);
      setMessage(problemText(error));
    }
  }
  return (
    <p>
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('process.steer.closeRound')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('process.admin.round.confirmTitle', { title: round.title })}
          consequence={t('process.admin.round.consequence')}
          confirmLabel={t('process.steer.closeRound')}
          onConfirm={close}
          onCancel={() => setAsking(false)}
        />
      )}
      {message && <span role="alert"> {message}</span>}
    </p>
  );
}
