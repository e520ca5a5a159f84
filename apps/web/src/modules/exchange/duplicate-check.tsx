import type { ExchangeDuplicateReport } from '@strata/server/api-types';
import { useState } from 'react';
import { percent, post, useT, useWrite } from './shared.tsx';

/**
 * The near-duplicates of a draft, each with its score explained: text similarity in its language, the
 * overlap of dimensions, the words and dimensions shared; and the needs already served.
 */
export function DuplicateList({ report }: { report: ExchangeDuplicateReport }) {
  const t = useT();
  if (report.duplicates.length === 0 && report.servedNeeds.length === 0)
    return <p role="status">{t('dup.none')}</p>;
  return (
    <section className="panel duplicates" aria-labelledby="dup-heading">
      <h3 id="dup-heading">{t('dup.heading', { count: report.duplicates.length })}</h3>
      <ul>
        {report.duplicates.map((d) => (
          <li key={`${d.kind}-${d.itemId}`}>
            <strong>{d.title}</strong> ({t(`kind.${d.kind}`)}) —{' '}
            {t(d.explanation.duplicate ? 'dup.likely' : 'dup.similar', {
              score: percent(d.explanation.score),
            })}
            <br />
            {t('dup.explain', {
              text: percent(d.explanation.text),
              dimensions: percent(d.explanation.dimensions),
            })}{' '}
            {d.explanation.sameLanguage ? '' : t('dup.otherLanguage')}
            {d.explanation.sharedWords.length > 0 && (
              <>
                <br />
                {t('dup.words', { words: d.explanation.sharedWords.join(', ') })}
              </>
            )}
            {d.explanation.sharedDimensions.length > 0 && (
              <>
                <br />
                {t('dup.shared', { dimensions: d.explanation.sharedDimensions.join(', ') })}
              </>
            )}
          </li>
        ))}
      </ul>
      {report.servedNeeds.length > 0 && (
        <>
          <h4>{t('dup.served')}</h4>
          <ul>
            {report.servedNeeds.map((n) => (
              <li key={n.id}>
                {n.title} ({n.countryIso3})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A draft as the duplicate check reads it (`POST /exchange/duplicates/check`). */
export interface DraftCheck {
  kind: 'thread' | 'case' | 'need' | 'offer';
  language: string;
  title: string;
  body: string;
  stage: string | null;
  theme: string | null;
  countryIso3: string | null;
}

/**
 * Saving in two steps, so nobody records what is already there: the first press asks the duplicate check
 * and shows the near-duplicates with their score explained; the second press saves. Any edit of the form
 * (`changed`) asks for a new check.
 * @example const dup = useDuplicateCheck(); <form onChange={dup.changed} …>{dup.controls}</form>
 */
export function useDuplicateCheck() {
  const t = useT();
  const write = useWrite();
  const [report, setReport] = useState<ExchangeDuplicateReport | null>(null);
  async function submit<T>(draft: DraftCheck, save: () => Promise<T>, savedMessage: string) {
    if (!report) {
      const checked = await write.run(
        () => post<ExchangeDuplicateReport>('/duplicates/check', draft),
        t('dup.checked'),
      );
      if (checked) setReport(checked);
      return null;
    }
    const saved = await write.run(save, savedMessage);
    if (saved) setReport(null);
    return saved;
  }
  const controls = (
    <>
      {report && <DuplicateList report={report} />}
      <button type="submit" className="primary" disabled={write.busy}>
        {report ? t('form.saveAnyway') : t('form.check')}
      </button>
      {write.status}
    </>
  );
  return { submit, controls, changed: () => setReport(null) };
}
