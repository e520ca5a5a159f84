import type { ExchangeNeed, ExchangeOffer } from '@strata/server/api-types';
import { type FormEvent, useId, useState } from 'react';
import { useSession } from '../../auth/SessionProvider.tsx';
import { post, useT, useWrite } from './shared.tsx';

interface Item {
  id: string;
  title: string;
  status: string;
  createdAt: string;
}

function ItemSelect({ label, name, items }: { label: string; name: string; items: Item[] }) {
  const id = useId();
  const date = (at: string) => at.slice(0, 10);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} required>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.title} ({date(i.createdAt)})
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The secretariat merges a duplicate need or offer into the one kept: the duplicate stays, marked merged,
 * so both histories remain.
 */
export function MergeForm({
  needs,
  offers,
  onMerged,
}: {
  needs: ExchangeNeed[];
  offers: ExchangeOffer[];
  onMerged: () => void;
}) {
  const t = useT();
  const { user } = useSession();
  const write = useWrite();
  const [kind, setKind] = useState<'need' | 'offer'>('need');
  const kindId = useId();
  if (user?.role !== 'secretariat') return null;
  const items: Item[] = (kind === 'need' ? needs : offers).filter((i) => i.status !== 'merged');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const duplicateId = String(data.get('duplicateId'));
    const intoId = String(data.get('intoId'));
    const merged = await write.run(() => post('/merges', { kind, duplicateId, intoId }), t('merge.done'));
    if (merged) onMerged();
  }
  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('merge.heading')}</h2>
      <p className="muted">{t('merge.note')}</p>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={kindId}>{t('merge.kind')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as 'need' | 'offer')}>
            <option value="need">{t('kind.need')}</option>
            <option value="offer">{t('kind.offer')}</option>
          </select>
        </div>
        <ItemSelect key={`d-${kind}`} label={t('merge.duplicate')} name="duplicateId" items={items} />
        <ItemSelect key={`i-${kind}`} label={t('merge.into')} name="intoId" items={items} />
        <button type="submit" className="primary" disabled={write.busy || items.length < 2}>
          {t('merge.apply')}
        </button>
      </form>
      {write.status}
    </section>
  );
}
