import type { FacilityPageData } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { changeLabel, historyReason, type Message, provenanceSource } from './change-labels.ts';
import { useFieldFormat } from './field-values.ts';

type HistoryEntry = FacilityPageData['history'][number];

function isProvenance(v: unknown): v is { method: string; source: string; retrieved: string } {
  return typeof v === 'object' && v !== null && 'method' in v && 'source' in v && 'retrieved' in v;
}

/**
 * A facility's versions, newest first: when, why and by whom (the account's role and where it belongs;
 * the e-mail only for the secretariat), and each changed field labelled in the reader's language with its
 * value before and after, units included; a change of a field's source reads as where the value came from.
 */
export function FacilityHistory({ history }: { history: readonly HistoryEntry[] }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { show, field } = useFieldFormat();

  const who = (h: HistoryEntry): string | null => {
    if (h.by) return h.by;
    const a = h.byAccount;
    if (!a) return null;
    const where = a.company ?? a.organisation ?? a.countryIso3;
    return where ? `${t(`auth.role.${a.role}`)}, ${where}` : t(`auth.role.${a.role}`);
  };
  const message = (m: Message | null, raw: string) => (m ? t(m.id, m.values) : raw);
  const date = (d: string) => intl.formatDate(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const value = (path: string, v: unknown): string => {
    const { field: name, kind, part } = changeLabel(path);
    if (kind === 'provenance' && isProvenance(v))
      return t('tailings.change.provenance', {
        method: v.method,
        source: message(provenanceSource(v.source), v.source),
        date: date(v.retrieved),
      });
    if (kind === 'provenancePart' && typeof v === 'string') {
      if (part === 'source') return message(provenanceSource(v), v);
      if (part === 'retrieved') return date(v);
    }
    return kind === 'value' ? field(name, v, true) : show(v);
  };

  return (
    <ol reversed className="facility-history">
      {history.map((h) => {
        const by = who(h);
        return (
          <li key={h.version}>
            {t('tailings.version', { version: h.version })} — {intl.formatDate(h.at, { dateStyle: 'medium' })}{' '}
            — <bdi>{message(historyReason(h.reason), h.reason)}</bdi>
            {by && (
              <> — {intl.formatMessage({ id: 'tailings.change.by' }, { who: <bdi key="who">{by}</bdi> })}</>
            )}
            {h.changes.length > 0 && (
              <ul>
                {h.changes.map((c) => {
                  const label = changeLabel(c.path);
                  const values = Object.fromEntries(
                    Object.entries(label.labelValues ?? {}).map(([k, id]) => [k, t(id)]),
                  );
                  return (
                    <li key={c.path}>
                      {label.labelId ? t(label.labelId, values) : <code>{c.path}</code>}:{' '}
                      <bdi>{value(c.path, c.before)}</bdi> → <bdi>{value(c.path, c.after)}</bdi>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
