import type { Requirement } from '@strata/server/api-types';
import { SELF_ASSESSMENT_STATUSES } from '@strata/tailings/browser';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { LinkedInstruments } from '../instruments/LinkedInstruments.tsx';

const REVIEW_KINDS = ['independent_review', 'dam_safety_review', 'audit', 'inspection'] as const;

function problemText(error: unknown): string {
  return error instanceof ProblemError ? (error.detail ?? error.title) : String(error);
}

/** Records an independent review or audit with findings (reviewers, the country's regulator, the secretariat). */
export function ReviewForm({ facilityId, onDone }: { facilityId: string; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [form, setForm] = useState({
    kind: 'independent_review',
    reviewer: '',
    date: '',
    scope: '',
    outcome: '',
    principles: '',
    findings: '',
  });
  const [result, setResult] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async () => {
    try {
      await api.request(`/tailings/facilities/${facilityId}/reviews`, {
        method: 'POST',
        body: {
          kind: form.kind,
          reviewer: form.reviewer,
          date: form.date,
          scope: form.scope,
          outcome: form.outcome,
          principles: form.principles
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map(Number),
          findings: form.findings
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean)
            .map((text) => ({ text, severity: 'medium' })),
        },
      });
      setResult(t('tailings.reviewForm.saved'));
      onDone();
    } catch (error) {
      setResult(problemText(error));
    }
  };
  return (
    <section>
      <h2>{t('tailings.reviewForm.title')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="rv-kind">{t('tailings.reviewForm.kind')}</label>
          <select id="rv-kind" value={form.kind} onChange={set('kind')}>
            {REVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tailings.reviewKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rv-reviewer">{t('tailings.reviewForm.reviewer')}</label>
          <input id="rv-reviewer" required value={form.reviewer} onChange={set('reviewer')} />
        </div>
        <div className="field">
          <label htmlFor="rv-date">{t('tailings.reviewForm.date')}</label>
          <input id="rv-date" type="date" required value={form.date} onChange={set('date')} />
        </div>
        <div className="field">
          <label htmlFor="rv-scope">{t('tailings.reviewForm.scope')}</label>
          <textarea id="rv-scope" required value={form.scope} onChange={set('scope')} />
        </div>
        <div className="field">
          <label htmlFor="rv-outcome">{t('tailings.reviewForm.outcome')}</label>
          <textarea id="rv-outcome" required value={form.outcome} onChange={set('outcome')} />
        </div>
        <div className="field">
          <label htmlFor="rv-principles">{t('tailings.reviewForm.principles')}</label>
          <input
            id="rv-principles"
            value={form.principles}
            onChange={set('principles')}
            placeholder="4, 10"
          />
        </div>
        <div className="field">
          <label htmlFor="rv-findings">{t('tailings.reviewForm.findings')}</label>
          <textarea id="rv-findings" value={form.findings} onChange={set('findings')} />
        </div>
        <button type="submit">{t('tailings.reviewForm.submit')}</button>
        {result && <p role="status">{result}</p>}
      </form>
    </section>
  );
}

/** The operator's GISTM self-assessment: one status per requirement (the list is data the secretariat edits). */
export function SelfAssessmentForm({
  facilityId,
  answers,
  onDone,
}: {
  facilityId: string;
  answers: { requirementId: string; status: string }[];
  onDone: () => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const requirements = useApi<{ items: Requirement[] }>('/tailings/gistm/requirements');
  const [statuses, setStatuses] = useState<Record<string, string>>(
    Object.fromEntries(answers.map((a) => [a.requirementId, a.status])),
  );
  const [result, setResult] = useState<string | null>(null);
  const submit = async () => {
    const list = Object.entries(statuses).map(([requirementId, status]) => ({ requirementId, status }));
    if (list.length === 0) return;
    try {
      await api.request(`/tailings/facilities/${facilityId}/self-assessment`, {
        method: 'PUT',
        body: { answers: list },
      });
      setResult(t('tailings.selfAssessment.saved'));
      onDone();
    } catch (error) {
      setResult(problemText(error));
    }
  };
  if (requirements.status !== 'ok') return null;
  return (
    <section>
      <h2>{t('tailings.selfAssessment.edit')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('tailings.selfAssessment.requirement')}</th>
                <th scope="col">{t('tailings.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requirements.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" title={r.text}>
                    <label htmlFor={`sa-${r.id}`}>{r.id}</label>
                  </th>
                  <td>
                    <select
                      id={`sa-${r.id}`}
                      value={statuses[r.id] ?? 'not_assessed'}
                      onChange={(e) => setStatuses((s) => ({ ...s, [r.id]: e.target.value }))}
                    >
                      {SELF_ASSESSMENT_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`tailings.selfAssessment.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit">{t('tailings.selfAssessment.save')}</button>
        {result && <p role="status">{result}</p>}
      </form>
      <LinkedInstruments headingId="sa-instruments" targets={[{ kind: 'tailings.requirement' }]} />
    </section>
  );
}
