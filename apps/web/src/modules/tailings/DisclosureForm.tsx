import { FACILITY_STATUSES, RAISE_METHODS } from '@strata/tailings/browser';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';

/**
 * The operator's disclosure form for a few key items; the API accepts all twenty items and the GISTM
 * public items. A submission waits for the secretariat to publish or return it.
 */
export function DisclosureForm({ facilityId }: { facilityId: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [form, setForm] = useState({
    heightM: '',
    volumeM3: '',
    status: '',
    raiseMethod: '',
    lastIndependentReview: '',
    closurePlan: '',
    asgm: '',
    emergencyPreparednessSummary: '',
    note: '',
  });
  const [result, setResult] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async () => {
    const changes: Record<string, unknown> = {};
    if (form.heightM) changes.heightM = Number(form.heightM);
    if (form.volumeM3) changes.volumeM3 = Number(form.volumeM3);
    if (form.status) changes.status = form.status;
    if (form.raiseMethod) changes.raiseMethod = form.raiseMethod;
    if (form.lastIndependentReview) changes.lastIndependentReview = form.lastIndependentReview;
    if (form.closurePlan) changes.closurePlan = form.closurePlan === 'yes';
    if (form.asgm) changes.asgm = form.asgm === 'yes';
    if (form.emergencyPreparednessSummary)
      changes.emergencyPreparednessSummary = form.emergencyPreparednessSummary;
    try {
      await api.request(`/tailings/facilities/${facilityId}/disclosures`, {
        method: 'POST',
        body: { changes, note: form.note || null },
      });
      setResult(t('tailings.disclose.sent'));
    } catch (error) {
      setResult(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    }
  };
  return (
    <section>
      <h2>{t('tailings.disclose.title')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="d-height">{t('tailings.item.heightM')}</label>
          <input
            id="d-height"
            type="number"
            min="0"
            step="any"
            value={form.heightM}
            onChange={set('heightM')}
          />
        </div>
        <div className="field">
          <label htmlFor="d-volume">{t('tailings.item.volumeM3')}</label>
          <input
            id="d-volume"
            type="number"
            min="0"
            step="any"
            value={form.volumeM3}
            onChange={set('volumeM3')}
          />
        </div>
        <div className="field">
          <label htmlFor="d-status">{t('tailings.item.status')}</label>
          <select id="d-status" value={form.status} onChange={set('status')}>
            <option value="">—</option>
            {FACILITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`tailings.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="d-raise">{t('tailings.item.raiseMethod')}</label>
          <select id="d-raise" value={form.raiseMethod} onChange={set('raiseMethod')}>
            <option value="">—</option>
            {RAISE_METHODS.map((s) => (
              <option key={s} value={s}>
                {t(`tailings.raise.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="d-review">{t('tailings.item.lastIndependentReview')}</label>
          <input
            id="d-review"
            type="date"
            value={form.lastIndependentReview}
            onChange={set('lastIndependentReview')}
          />
        </div>
        <div className="field">
          <label htmlFor="d-closure">{t('tailings.item.closurePlan')}</label>
          <select id="d-closure" value={form.closurePlan} onChange={set('closurePlan')}>
            <option value="">—</option>
            <option value="yes">{t('tailings.yes')}</option>
            <option value="no">{t('tailings.no')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="d-asgm">{t('tailings.item.asgm')}</label>
          <select id="d-asgm" value={form.asgm} onChange={set('asgm')}>
            <option value="">—</option>
            <option value="yes">{t('tailings.yes')}</option>
            <option value="no">{t('tailings.no')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="d-eprp">{t('tailings.item.emergencyPreparednessSummary')}</label>
          <textarea
            id="d-eprp"
            value={form.emergencyPreparednessSummary}
            onChange={set('emergencyPreparednessSummary')}
          />
        </div>
        <div className="field">
          <label htmlFor="d-note">{t('tailings.disclose.note')}</label>
          <textarea id="d-note" value={form.note} onChange={set('note')} />
        </div>
        <button type="submit">{t('tailings.disclose.submit')}</button>
        {result && <p role="status">{result}</p>}
      </form>
    </section>
  );
}
