import type { Disclosure } from '@strata/server/api-types';
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ConfirmDecision } from './ConfirmDecision.tsx';
import { OutcomeLine, problemText } from './FormParts.tsx';
import { useFieldFormat } from './field-values.ts';
import './tailings-admin.css';

type Decision = 'publish' | 'return';

/**
 * The status line of a page listing disclosures: `announce` sets its text and, once the list has re-rendered
 * (the decided disclosure, and the buttons that opened the confirmation, may be gone), moves focus to it.
 */
export function useDecisionStatus() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [state, setState] = useState<{ text: string; count: number } | null>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  return {
    ref,
    message: state?.text ?? null,
    announce: (text: string) => setState((s) => ({ text, count: (s?.count ?? 0) + 1 })),
  };
}

/**
 * One operator disclosure as the secretariat reviews it: each disclosed item labelled in the reader's
 * language, the registry's value now beside the proposed one (changed items marked in words and colour),
 * and, while it is pending and the reader may decide, Accept or Return (a reason is required to return);
 * either asks for confirmation first. Decided disclosures show the disclosed values and the comments.
 */
export function DisclosureReview({
  disclosure: d,
  canDecide,
  onDecided,
}: {
  disclosure: Disclosure;
  canDecide: boolean;
  /** Called with a message for the page's status line once the decision is recorded. */
  onDecided(message: string): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { field } = useFieldFormat();
  const uid = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = d.status === 'submitted';
  const changed = d.fields.filter((f) => f.changed).length;

  const ask = (decision: Decision) => {
    setError(null);
    if (decision === 'return' && !reason.trim()) {
      setReasonError(t('tailings.review.reasonRequired'));
      document.getElementById(`${uid}-reason`)?.focus();
      return;
    }
    setReasonError(null);
    setAsking(decision);
  };
  const send = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      await api.request(`/tailings/disclosures/${d.id}/decision`, {
        method: 'POST',
        body: { decision: asking, comments: asking === 'return' ? reason.trim() : reason.trim() || null },
      });
      setAsking(null);
      onDecided(
        t(asking === 'publish' ? 'tailings.review.accepted' : 'tailings.review.returned', {
          facility: d.facilityName,
        }),
      );
    } catch (e) {
      setAsking(null);
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="disclosure-review" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        <Link to={`/tailings/facilities/${d.facilityId}`}>{d.facilityName}</Link>
      </h3>
      <p className="muted">
        {t(`tailings.oversight.status.${d.status}`)} ·{' '}
        {t('tailings.review.submitted', {
          date: intl.formatDate(d.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }),
          by: d.submittedBy ?? '—',
        })}
      </p>
      {d.note && (
        <p>
          <strong>{t('tailings.review.note')}</strong> {d.note}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table disclosure-fields">
          <caption>
            {pending
              ? t('tailings.review.caption', { count: d.fields.length, changed })
              : t('tailings.review.captionDecided', { count: d.fields.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('tailings.fieldName')}</th>
              {pending && <th scope="col">{t('tailings.review.current')}</th>}
              <th scope="col">{t(pending ? 'tailings.review.proposed' : 'tailings.review.disclosed')}</th>
            </tr>
          </thead>
          <tbody>
            {d.fields.map((f) => (
              <tr key={f.field} className={pending && f.changed ? 'changed' : undefined}>
                <th scope="row">
                  {t(`tailings.item.${f.field}`)}
                  {pending && (
                    <span className="change-mark">
                      {' '}
                      ({t(f.changed ? 'tailings.review.changed' : 'tailings.review.unchanged')})
                    </span>
                  )}
                </th>
                {pending && <td>{field(f.field, f.current, true)}</td>}
                <td>{field(f.field, f.proposed, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.comments && (
        <p>
          <strong>{t('tailings.oversight.comments')}:</strong> {d.comments}
        </p>
      )}
      {canDecide && pending && (
        <div className="decision">
          <div className="field">
            <label htmlFor={`${uid}-reason`}>{t('tailings.review.reason')}</label>
            <textarea
              id={`${uid}-reason`}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${uid}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonError && (
              <p id={`${uid}-reason-error`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <p>
            <button type="button" className="primary" onClick={() => ask('publish')}>
              {t('tailings.review.accept')}
            </button>{' '}
            <button type="button" onClick={() => ask('return')}>
              {t('tailings.review.return')}
            </button>
          </p>
          <OutcomeLine outcome={error ? { text: error, error: true } : null} />
          <ConfirmDecision
            open={asking !== null}
            busy={busy}
            title={t(
              asking === 'return'
                ? 'tailings.review.confirmReturnTitle'
                : 'tailings.review.confirmAcceptTitle',
              { facility: d.facilityName },
            )}
            confirmLabel={t(asking === 'return' ? 'tailings.review.return' : 'tailings.review.accept')}
            cancelLabel={t('tailings.review.cancel')}
            onConfirm={() => void send()}
            onCancel={() => setAsking(null)}
          >
            <p>
              {asking === 'return'
                ? t('tailings.review.confirmReturn', { reason: reason.trim() })
                : t('tailings.review.confirmAccept', { count: changed })}
            </p>
          </ConfirmDecision>
        </div>
      )}
    </article>
  );
}
