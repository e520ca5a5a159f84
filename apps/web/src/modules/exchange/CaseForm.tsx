import type { ExchangeCase, ExchangeCaseDetail } from '@strata/server/api-types';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';
import { useSession } from '../../auth/SessionProvider.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { type DraftCheck, useDuplicateCheck } from './duplicate-check.tsx';
import { ChoiceField, LanguageField, Page, post, STAGES, THEMES, useT } from './shared.tsx';

const TEXTS = ['problem', 'actions', 'results', 'costs', 'replicability'] as const;

/** Reads a case's texts from the form: title, sections, one contact and one document when filled in. */
export function textsOf(data: FormData) {
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const contact = text('contactName');
  const document = text('documentUrl');
  return {
    title: text('title'),
    ...Object.fromEntries(TEXTS.map((k) => [k, text(k)])),
    contacts: contact ? [{ name: contact, email: text('contactEmail') || null }] : [],
    documents: document ? [{ title: text('documentTitle') || document, url: document }] : [],
  };
}

/** Reads a new case from the form: where it happened and in which language, and its texts. */
function caseOf(data: FormData, countryIso3: string) {
  const text = (k: string) => String(data.get(k) ?? '').trim();
  return {
    countryIso3,
    stage: text('stage'),
    theme: text('theme'),
    language: text('language'),
    ...textsOf(data),
  };
}

/** The fields of a case's texts, filled with a version's when revising. */
export function CaseTextFields({ current }: { current?: ExchangeCaseDetail['current'] }) {
  const t = useT();
  const contact = current?.contacts?.[0];
  const document = current?.documents[0];
  return (
    <>
      {TEXTS.map((k) => (
        <label className="field" key={k}>
          <span>{t(`case.${k}`)}</span>
          <textarea
            name={k}
            rows={4}
            maxLength={20000}
            defaultValue={current?.[k] ?? ''}
            required={k !== 'costs' && k !== 'replicability'}
          />
        </label>
      ))}
      <fieldset>
        <legend>{t('case.contacts')}</legend>
        <p className="muted">{t('case.contactsNote')}</p>
        <label className="field">
          <span>{t('case.contactName')}</span>
          <input name="contactName" maxLength={200} defaultValue={contact?.name ?? ''} />
        </label>
        <label className="field">
          <span>{t('case.contactEmail')}</span>
          <input name="contactEmail" type="email" defaultValue={contact?.email ?? ''} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('case.documents')}</legend>
        <label className="field">
          <span>{t('case.documentTitle')}</span>
          <input name="documentTitle" maxLength={300} defaultValue={document?.title ?? ''} />
        </label>
        <label className="field">
          <span>{t('case.documentUrl')}</span>
          <input name="documentUrl" type="url" defaultValue={document?.url ?? ''} />
        </label>
      </fieldset>
    </>
  );
}

function NewCase() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const dup = useDuplicateCheck();
  const country = user?.countryIso3 ?? '';
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const draft = caseOf(new FormData(event.currentTarget), country);
    const check: DraftCheck = {
      kind: 'case',
      language: draft.language,
      title: draft.title,
      body: TEXTS.map((k) => (draft as Record<string, unknown>)[k]).join('\n'),
      stage: draft.stage,
      theme: draft.theme,
      countryIso3: country,
    };
    const saved = await dup.submit(
      check,
      () => post<{ case: ExchangeCase }>('/cases', draft),
      t('case.saved'),
    );
    if (saved) navigate(`/exchange/cases/${saved.case.id}`);
  }
  return (
    <Page title={t('case.new')}>
      <p>{t('case.newIntro')}</p>
      <form className="form wide-form" onSubmit={submit} onChange={dup.changed}>
        <p>{t('form.inNameOf', { country })}</p>
        <label className="field">
          <span>{t('col.title')}</span>
          <input name="title" required maxLength={300} />
        </label>
        <ChoiceField label={t('col.stage')} name="stage" options={STAGES} prefix="stage" required />
        <ChoiceField label={t('col.theme')} name="theme" options={THEMES} prefix="theme" required />
        <LanguageField />
        <CaseTextFields />
        {dup.controls}
      </form>
    </Page>
  );
}

/** Recording a case: focal points, for their own country. */
export function CaseFormPage() {
  const t = useT();
  usePageTitle(t('case.new'));
  return (
    <RequireSignIn roles={['focal_point']}>
      <NewCase />
    </RequireSignIn>
  );
}
