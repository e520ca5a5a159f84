import type {
  ExchangeDuplicateReport,
  ExchangeMatch,
  ExchangeNeed,
  ExchangeOffer,
} from '@strata/server/api-types';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useSession } from '../../auth/SessionProvider.tsx';
import { type DraftCheck, useDuplicateCheck } from './duplicate-check.tsx';
import { MatchView } from './MatchView.tsx';
import {
  ChoiceField,
  ChoiceSet,
  LanguageField,
  post,
  REGIONS,
  STAGES,
  SUPPORT_KINDS,
  THEMES,
  URGENCIES,
  useT,
} from './shared.tsx';

interface Saved<T> {
  item: T;
  matches: ExchangeMatch[];
  duplicates: ExchangeDuplicateReport;
}

/**
 * A board form in two steps: the first press asks the duplicate check and shows the near-duplicates with
 * their score explained; the second saves. Any edit after the check asks for a new check. After saving,
 * the matches proposed for the new item show with their score dimension by dimension.
 */
function TwoStepForm<T extends { id: string; title: string }>({
  heading,
  children,
  draftOf,
  save,
  titles,
  onSaved,
}: {
  heading: string;
  children: ReactNode;
  draftOf: (data: FormData) => {
    check: DraftCheck;
    body: Record<string, unknown>;
  };
  save: (body: Record<string, unknown>) => Promise<Saved<T>>;
  titles: (m: ExchangeMatch, saved: T) => { needTitle: string; offerTitle: string };
  onSaved: () => void;
}) {
  const t = useT();
  const dup = useDuplicateCheck();
  const [saved, setSaved] = useState<Saved<T> | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const draft = draftOf(new FormData(form));
    const done = await dup.submit(draft.check, () => save(draft.body), t('board.saved'));
    if (done) {
      setSaved(done);
      form.reset();
      onSaved();
    }
  }
  return (
    <section className="panel" aria-label={heading}>
      <form className="form wide-form" onSubmit={submit} onChange={dup.changed}>
        <h3>{heading}</h3>
        {children}
        {dup.controls}
      </form>
      {saved && (
        <div>
          <h4>{t('board.proposed', { count: saved.matches.length })}</h4>
          {saved.matches.map((m) => (
            <MatchView key={m.id} match={m} {...titles(m, saved.item)} />
          ))}
        </div>
      )}
    </section>
  );
}

const text = (data: FormData, key: string) => String(data.get(key) ?? '').trim();
const all = (data: FormData, key: string) => data.getAll(key).map(String);

/** Records a need of the focal point's country. */
export function NeedForm({ offers, onSaved }: { offers: ExchangeOffer[]; onSaved: () => void }) {
  const t = useT();
  const { user } = useSession();
  if (user?.role !== 'focal_point' || !user.countryIso3) return null;
  const country = user.countryIso3;
  return (
    <TwoStepForm<ExchangeNeed>
      heading={t('need.new')}
      draftOf={(data) => {
        const body = {
          countryIso3: country,
          theme: text(data, 'theme'),
          stage: text(data, 'stage') || null,
          kind: text(data, 'kind'),
          urgency: text(data, 'urgency'),
          language: text(data, 'language'),
          title: text(data, 'title'),
          context: text(data, 'context'),
          neededBy: text(data, 'neededBy') || null,
        };
        const check: DraftCheck = {
          kind: 'need',
          language: body.language,
          title: body.title,
          body: body.context,
          stage: body.stage,
          theme: body.theme,
          countryIso3: country,
        };
        return { check, body };
      }}
      save={(body) => post<Saved<ExchangeNeed>>('/needs', body)}
      titles={(m, need) => ({
        needTitle: need.title,
        offerTitle: offers.find((o) => o.id === m.offerId)?.title ?? m.offerId,
      })}
      onSaved={onSaved}
    >
      <p>{t('form.inNameOf', { country })}</p>
      <label className="field">
        <span>{t('col.title')}</span>
        <input name="title" required maxLength={300} />
      </label>
      <ChoiceField label={t('col.theme')} name="theme" options={THEMES} prefix="theme" required />
      <ChoiceField label={t('col.stage')} name="stage" options={STAGES} prefix="stage" any />
      <ChoiceField label={t('col.kind')} name="kind" options={SUPPORT_KINDS} prefix="support" required />
      <ChoiceField label={t('col.urgency')} name="urgency" options={URGENCIES} prefix="urgency" required />
      <LanguageField />
      <label className="field">
        <span>{t('need.context')}</span>
        <textarea name="context" required rows={4} maxLength={20000} />
      </label>
      <label className="field">
        <span>{t('need.neededBy')}</span>
        <input name="neededBy" type="date" />
      </label>
    </TwoStepForm>
  );
}

/** Records an offer: a focal point for its country, an observer for its organisation. */
export function OfferForm({ needs, onSaved }: { needs: ExchangeNeed[]; onSaved: () => void }) {
  const t = useT();
  const { user } = useSession();
  if (!user || !['focal_point', 'observer_contact'].includes(user.role)) return null;
  const forCountry = user.role === 'focal_point';
  return (
    <TwoStepForm<ExchangeOffer>
      heading={t('offer.new')}
      draftOf={(data) => {
        const body = {
          providerCountryIso3: forCountry ? user.countryIso3 : null,
          providerOrganisationId: forCountry ? null : user.organisationId,
          providerName: text(data, 'providerName'),
          themes: all(data, 'themes'),
          stages: all(data, 'stages'),
          kinds: all(data, 'kinds'),
          regions: all(data, 'regions'),
          language: text(data, 'language'),
          title: text(data, 'title'),
          description: text(data, 'description'),
          capacity: text(data, 'capacity') ? Number(text(data, 'capacity')) : null,
          availableFrom: text(data, 'availableFrom') || null,
          availableUntil: text(data, 'availableUntil') || null,
        };
        const check: DraftCheck = {
          kind: 'offer',
          language: body.language,
          title: body.title,
          body: body.description,
          stage: body.stages[0] ?? null,
          theme: body.themes[0] ?? null,
          countryIso3: body.providerCountryIso3,
        };
        return { check, body };
      }}
      save={(body) => post<Saved<ExchangeOffer>>('/offers', body)}
      titles={(m, offer) => ({
        needTitle: needs.find((n) => n.id === m.needId)?.title ?? m.needId,
        offerTitle: offer.title,
      })}
      onSaved={onSaved}
    >
      <p>
        {forCountry ? t('form.inNameOf', { country: user.countryIso3 ?? '' }) : t('offer.forOrganisation')}
      </p>
      <label className="field">
        <span>{t('offer.provider')}</span>
        <input name="providerName" required maxLength={300} defaultValue={user.displayName ?? ''} />
      </label>
      <label className="field">
        <span>{t('col.title')}</span>
        <input name="title" required maxLength={300} />
      </label>
      <ChoiceSet legend={t('offer.themes')} name="themes" options={THEMES} prefix="theme" />
      <ChoiceSet legend={t('offer.kinds')} name="kinds" options={SUPPORT_KINDS} prefix="support" />
      <ChoiceSet legend={t('offer.regions')} name="regions" options={REGIONS} prefix="region" />
      <ChoiceSet legend={t('offer.stages')} name="stages" options={STAGES} prefix="stage" />
      <LanguageField />
      <label className="field">
        <span>{t('offer.description')}</span>
        <textarea name="description" required rows={4} maxLength={20000} />
      </label>
      <label className="field">
        <span>{t('offer.capacity')}</span>
        <input name="capacity" type="number" min={0} step={1} />
      </label>
      <label className="field">
        <span>{t('offer.from')}</span>
        <input name="availableFrom" type="date" />
      </label>
      <label className="field">
        <span>{t('offer.until')}</span>
        <input name="availableUntil" type="date" />
      </label>
    </TwoStepForm>
  );
}
