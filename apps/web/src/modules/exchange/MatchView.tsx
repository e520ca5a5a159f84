import type { ExchangeMatch } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../auth/SessionProvider.tsx';
import { ScrollFrame } from '../../ui/ScrollFrame.tsx';
import { MATCH_STATES, movesFrom } from './match-moves.ts';
import { percent, post, useT, useWrite } from './shared.tsx';

/** A value compared on a dimension, translated when it is a vocabulary word. */
function useValue() {
  const intl = useIntl();
  return (dimension: string, value: string) => {
    const prefix: Record<string, string> = {
      theme: 'exchange.theme',
      kind: 'exchange.support',
      stage: 'exchange.stage',
      region: 'exchange.region',
    };
    const id = `${prefix[dimension]}.${value}`;
    return prefix[dimension] && intl.messages[id] ? intl.formatMessage({ id }) : value;
  };
}

/** The score of a match dimension by dimension: weight, fit, reason and the values compared. */
export function MatchScoreTable({ match, caption }: { match: ExchangeMatch; caption: string }) {
  const t = useT();
  const value = useValue();
  return (
    <ScrollFrame label={caption}>
      <table className="data-table match-score">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('match.dimension')}</th>
            <th scope="col">{t('match.weight')}</th>
            <th scope="col">{t('match.fits')}</th>
            <th scope="col">{t('match.reason')}</th>
            <th scope="col">{t('match.needValue')}</th>
            <th scope="col">{t('match.offerValue')}</th>
          </tr>
        </thead>
        <tbody>
          {match.explanation.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{t(`dimension.${d.dimension}`)}</th>
              <td className="numeric">{percent(d.weight)}</td>
              <td>{d.score > 0 ? t('match.yes') : t('match.no')}</td>
              <td>{t(`reason.${d.reason}`)}</td>
              <td>{d.need ? value(d.dimension, d.need) : '—'}</td>
              <td>
                {d.offer
                  .filter(Boolean)
                  .map((o) => value(d.dimension, o))
                  .join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('match.total')}</th>
            <td className="numeric" colSpan={5}>
              {percent(match.explanation.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollFrame>
  );
}

/** The match's life cycle with the current state marked, and its dated notes. */
function Lifecycle({ match }: { match: ExchangeMatch }) {
  const t = useT();
  const intl = useIntl();
  const reached = MATCH_STATES.indexOf(match.state);
  return (
    <>
      <ol className="match-lifecycle" aria-label={t('match.lifecycle')}>
        {MATCH_STATES.map((s, i) => (
          <li
            key={s}
            aria-current={s === match.state ? 'step' : undefined}
            className={i <= reached ? 'reached' : undefined}
          >
            {t(`state.${s}`)}
          </li>
        ))}
      </ol>
      {match.notes.length > 0 && (
        <ul className="match-notes">
          {match.notes.map((n) => (
            <li key={`${n.at}-${n.state}`}>
              <time dateTime={n.at}>{intl.formatDate(n.at, { dateStyle: 'medium' })}</time> —{' '}
              {t(`state.${n.state}`)}: {n.note}
            </li>
          ))}
        </ul>
      )}
      {match.outcome && <p>{t('match.outcome', { outcome: match.outcome })}</p>}
    </>
  );
}

/** Moves a match on with a dated note (and the outcome when closing); for signed-in parties. */
function MoveForm({ match, onMoved }: { match: ExchangeMatch; onMoved: () => void }) {
  const t = useT();
  const { user } = useSession();
  const write = useWrite();
  const moves = movesFrom(match.state);
  const [to, setTo] = useState(moves[0] ?? 'closed');
  if (!user || moves.length === 0) return null;
  const chosen = moves.includes(to) ? to : (moves[0] ?? 'closed');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const outcome = String(data.get('outcome') ?? '').trim();
    const saved = await write.run(
      () =>
        post(`/matches/${match.id}/moves`, {
          state: chosen,
          note: String(data.get('note') ?? ''),
          outcome: outcome || null,
        }),
      t('match.moved'),
    );
    if (saved) {
      form.reset();
      onMoved();
    }
  }
  return (
    <form className="form move-form" onSubmit={submit} aria-label={t('match.move')}>
      <label className="field">
        <span>{t('match.moveTo')}</span>
        <select value={chosen} onChange={(e) => setTo(e.target.value as ExchangeMatch['state'])}>
          {moves.map((s) => (
            <option key={s} value={s}>
              {t(`state.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('match.note')}</span>
        <textarea name="note" required rows={2} maxLength={5000} />
      </label>
      {chosen === 'closed' && (
        <label className="field">
          <span>{t('match.outcomeLabel')}</span>
          <textarea name="outcome" required rows={2} maxLength={5000} />
        </label>
      )}
      <button type="submit" className="primary" disabled={write.busy}>
        {t('match.move')}
      </button>
      {write.status}
    </form>
  );
}

/** One match: the titles of its need and offer, its score explained, its life cycle and notes. */
export function MatchView({
  match,
  needTitle,
  offerTitle,
  onMoved,
}: {
  match: ExchangeMatch;
  needTitle: string;
  offerTitle: string;
  onMoved?: () => void;
}) {
  const t = useT();
  const heading = t('match.heading', { need: needTitle, offer: offerTitle });
  return (
    <section className="panel match" aria-label={heading}>
      <h3>{heading}</h3>
      <p>
        {t('match.score', { score: percent(match.score) })} · {t(`state.${match.state}`)}
      </p>
      <MatchScoreTable match={match} caption={t('match.caption', { score: percent(match.score) })} />
      <Lifecycle match={match} />
      {onMoved && <MoveForm match={match} onMoved={onMoved} />}
    </section>
  );
}
