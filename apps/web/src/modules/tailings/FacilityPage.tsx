import type { FacilityPageData, Provenance, Score, ScoreComponent } from '@strata/server/api-types';
import { DISCLOSABLE_FIELDS } from '@strata/tailings/browser';
import { Fragment, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { crosswalkText } from './crosswalk.ts';
import { DisclosureForm } from './DisclosureForm.tsx';
import { FacilityCompany } from './FacilityCompany.tsx';
import { FacilityHistory } from './FacilityHistory.tsx';
import { useFieldFormat } from './field-values.ts';
import { ReviewForm, SelfAssessmentForm } from './OversightForms.tsx';
import { PrincipleSummary } from './PrincipleSummary.tsx';
import { HAZARD_FACTS, ruleMessage } from './rules.ts';
import { FACTOR_KEYS } from './view.ts';

/**
 * The disclosure items shown on the page, in the order of the 2019 investor request, then GISTM 15.1: the
 * disclosable fields, except the name (the title), the classification (its own panel) and the toxicity
 * facts (the toxicity panel); the commodity is shown as the source wrote it.
 */
const FIELDS = DISCLOSABLE_FIELDS.filter(
  (f) => f !== 'name' && f !== 'classification' && f !== 'toxicity',
).map((f) => (f === 'commodity' ? 'commodityRaw' : f));

/** One facility: every field with its provenance, classification, score breakdowns, history, reviews. */
export function FacilityPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const id = useParams().id ?? '';
  const { user } = useSession();
  const { show, field } = useFieldFormat();
  const [reload, setReload] = useState(0);
  const refresh = () => setReload((n) => n + 1);
  const result = useApi<FacilityPageData>(`/tailings/facilities/${encodeURIComponent(id)}?r=${reload}`);
  usePageTitle(result.status === 'ok' ? result.data.record.name : t('tailings.title'));
  if (result.status === 'loading') return <PageLoading />;
  if (result.status === 'error') {
    if (result.error.status === 404) return <NotFoundPage />;
    return (
      <p role="alert" className="error-summary">
        {t('common.loadError', { detail: result.error.detail ?? result.error.title })}
      </p>
    );
  }
  const f = result.data;
  const r = f.record;
  const provenanceOf = (field: string): Provenance => r.fieldProvenance[field] ?? r.provenance;
  const lat = typeof r.lat === 'number' ? r.lat : null;
  const lon = typeof r.lon === 'number' ? r.lon : null;

  const ruleContext = {
    gistmClass: f.classification.gistmEquivalent?.gistmClass ?? null,
    runoutC: f.scores.exposure.runout?.c ?? null,
  };
  const componentColumns: DataTableColumn<ScoreComponent>[] = [
    {
      key: 'factor',
      header: t('tailings.score.factor'),
      cell: (c) => (FACTOR_KEYS[c.factor] ? t(`tailings.factor.${FACTOR_KEYS[c.factor]}`) : c.factor),
    },
    {
      key: 'input',
      header: t('tailings.score.input'),
      cell: (c) => (c.input === null ? t('tailings.notDisclosed') : show(c.input)),
    },
    {
      key: 'points',
      header: t('tailings.score.points'),
      cell: (c) => `${c.points} / ${c.maxPoints}`,
      numeric: true,
    },
    {
      key: 'source',
      header: t('tailings.score.source'),
      cell: (c) => {
        const rule = ruleMessage(c.factor, ruleContext);
        return rule ? t(rule.id, rule.values) : c.source;
      },
    },
  ];
  const scoreTable = (title: string, s: Score) => (
    <section>
      <h3>
        {title}: {intl.formatNumber(s.score)} / {intl.formatNumber(s.maxScore)}{' '}
        <span className="muted">
          ({t('tailings.score.coverage', { share: intl.formatNumber(s.coverage, { style: 'percent' }) })})
        </span>
      </h3>
      <DataTable caption={title} columns={componentColumns} rows={s.components} rowKey={(c) => c.factor} />
    </section>
  );

  return (
    <article className="page tailings-facility">
      <p>
        <Link to="/tailings">{t('tailings.back')}</Link>
      </p>
      <h1>{r.name}</h1>
      <p className="lead">
        {t('tailings.provenanceLine', {
          source: r.provenance.source,
          licence: r.provenance.licence,
          date: r.provenance.retrieved,
        })}
      </p>
      {lat !== null && lon !== null && (
        <WorldMap
          label={r.name}
          center={[lon, lat]}
          zoom={7}
          height="280px"
          markers={[{ id: f.id, lngLat: [lon, lat], label: r.name }]}
        />
      )}
      <section>
        <h2>{t('tailings.classification')}</h2>
        <dl className="facts">
          <dt>{t('tailings.classSource')}</dt>
          <dd>
            {f.classification.source
              ? `${f.classification.source.raw} (${f.classification.source.system})`
              : '—'}
          </dd>
          <dt>{t('tailings.field.class')}</dt>
          <dd>
            {f.classification.gistmEquivalent
              ? `${t(`tailings.class.${f.classification.gistmEquivalent.gistmClass}`)} — ${t('tailings.confidence', { level: f.classification.gistmEquivalent.confidence })}`
              : t('tailings.class.unclassified')}
          </dd>
          {f.classification.gistmEquivalent && (
            <>
              <dt>{t('tailings.basis')}</dt>
              <dd>
                {intl.formatMessage(
                  { id: 'tailings.basisLine' },
                  {
                    table: (
                      <bdi key="table">
                        {crosswalkText(intl, f.classification.gistmEquivalent.crosswalk).name}
                      </bdi>
                    ),
                    raw: <bdi key="raw">{f.classification.gistmEquivalent.source.raw}</bdi>,
                    class: t(`tailings.class.${f.classification.gistmEquivalent.gistmClass}`),
                  },
                )}
              </dd>
              <dd className="muted crosswalk-note">
                {t('tailings.basisNote')}{' '}
                {crosswalkText(intl, f.classification.gistmEquivalent.crosswalk).note}.{' '}
                {/* The reference is cited as published. */}
                <bdi lang="en" dir="ltr">
                  {f.classification.gistmEquivalent.crosswalk.reference}
                </bdi>
              </dd>
            </>
          )}
          {f.classification.otherRatings.map((o) => (
            <Fragment key={o.system}>
              <dt>{o.system}</dt>
              <dd>{o.raw}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section>
        <h2>{t('tailings.scores', { date: f.scores.asOf })}</h2>
        <p className="muted">{t('tailings.scoresNote')}</p>
        {scoreTable(t('tailings.score.hazard'), f.scores.hazard)}
        {scoreTable(t('tailings.score.exposure'), f.scores.exposure)}
        <section>
          <h3>
            {t('tailings.score.toxicity')}: {t(`tailings.toxicity.${f.scores.toxicity.toxicityClass}`)}
            {f.scores.toxicity.proxy && <span className="muted"> ({t('tailings.proxy')})</span>}
          </h3>
          <ul>
            {f.scores.toxicity.hazards.map((h) => (
              <li key={h.hazard}>
                {HAZARD_FACTS[h.hazard] ? t(`tailings.hazard.${HAZARD_FACTS[h.hazard]}`) : h.hazard}:{' '}
                {t(h.present ? 'tailings.yes' : 'tailings.no')} —{' '}
                {t(
                  h.basis === 'disclosed'
                    ? 'tailings.toxicityBasis.disclosed'
                    : 'tailings.toxicityBasis.proxy',
                )}
                ;{' '}
                {h.basis === 'disclosed'
                  ? t('tailings.toxicitySource.disclosed')
                  : intl.formatMessage(
                      { id: 'tailings.toxicitySource.proxy' },
                      { commodity: <bdi key="c">{f.scores.toxicity.commodity}</bdi> },
                    )}
              </li>
            ))}
          </ul>
        </section>
      </section>
      <section>
        <h2>{t('tailings.fields')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('tailings.fieldName')}</th>
                <th scope="col">{t('tailings.value')}</th>
                <th scope="col">{t('tailings.provenance')}</th>
              </tr>
            </thead>
            <tbody>
              {FIELDS.map((key) => {
                const p = provenanceOf(key);
                return (
                  <tr key={key}>
                    <th scope="row">{t(`tailings.item.${key}`)}</th>
                    <td>{field(key, r[key])}</td>
                    <td className="muted">
                      {p.source} · {p.licence} · {p.retrieved}
                    </td>
                  </tr>
                );
              })}
              {Object.entries(r.extra).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row" lang="pt">
                    {k}
                  </th>
                  <td>{v}</td>
                  <td className="muted">{r.provenance.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {user?.role === 'secretariat' && (
        <FacilityCompany facilityId={f.id} companyId={f.companyId} countryIso3={r.countryIso3} />
      )}
      {user?.role === 'operator' && user.companyId !== null && user.companyId === f.companyId && (
        <>
          <DisclosureForm facilityId={f.id} />
          <SelfAssessmentForm facilityId={f.id} answers={f.selfAssessment.answers} onDone={refresh} />
        </>
      )}
      {(user?.role === 'reviewer' ||
        user?.role === 'secretariat' ||
        (user?.role === 'focal_point' && user.countryIso3 === r.countryIso3)) && (
        <ReviewForm facilityId={f.id} onDone={refresh} />
      )}
      <PrincipleSummary summary={f.selfAssessment.summary} />
      <section>
        <h2>{t('tailings.reviews')}</h2>
        {f.reviews.length === 0 ? (
          <p>{t('tailings.noReviews')}</p>
        ) : (
          <ul>
            {f.reviews.map((rv) => (
              <li key={rv.id}>
                {rv.date} — {rv.reviewer} ({rv.kind}): {rv.outcome}.{' '}
                {t('tailings.principles', { list: rv.principles.join(', ') })}{' '}
                {t('tailings.openFindings', { count: rv.findings.filter((x) => x.status === 'open').length })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('tailings.history')}</h2>
        <FacilityHistory history={f.history} />
      </section>
    </article>
  );
}
