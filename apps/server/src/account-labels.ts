import { z } from '@hono/zod-openapi';
import { type Actor, ROLES } from '@strata/core';
import type { AccountLabel } from '@strata/platform';
import type { AppContext } from './env.ts';

/** How the public sees the account behind a change: its role and where it belongs, never its e-mail. */
export const AccountLabelSchema = z
  .object({
    role: z.enum(ROLES),
    countryIso3: z.string().nullable(),
    organisation: z.string().nullable(),
    company: z.string().nullable(),
  })
  .meta({ id: 'AccountLabel' });

/** Who may see the e-mail of the account behind a change: the secretariat, which contacts them. */
export function seesAccountEmails(actor: Actor | null): boolean {
  return actor?.role === 'secretariat';
}

/**
 * The labels of the accounts behind `items` (one query), and whether the viewer may see e-mails.
 * Routes that show who changed something answer `label(id)` to everyone and the e-mail only to
 * the secretariat.
 */
export async function accountLabels<T>(
  ctx: AppContext,
  actor: Actor | null,
  items: readonly T[],
  idOf: (item: T) => string | null,
): Promise<{ showEmails: boolean; label: (id: string | null) => AccountLabel | null }> {
  const labels = await ctx.platform.accounts.labelsOf(items.map(idOf));
  return { showEmails: seesAccountEmails(actor), label: (id) => (id ? (labels.get(id) ?? null) : null) };
}
