import type { AdminUser, Company, OrganisationRow } from '@strata/server/api-types';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client.ts';
import type { Role } from '../../../api/types.ts';

export type { AdminUser, Company, OrganisationRow };

/** What the account screens read: accounts, organisations and companies, reloaded after each write. */
export interface AdminData {
  users: AdminUser[];
  organisations: OrganisationRow[];
  companies: Company[];
}

/** Loads the accounts, organisations and companies; `reload()` after a write. */
export function useAdminData(): {
  data: AdminData | null;
  error: string | null;
  reload: () => Promise<void>;
} {
  const [data, setData] = useState<AdminData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [users, organisations, companies] = await Promise.all([
        api.request<{ items: AdminUser[] }>('/users'),
        api.request<{ items: OrganisationRow[] }>('/organisations'),
        api.request<{ items: Company[] }>('/companies'),
      ]);
      setData({ users: users.items, organisations: organisations.items, companies: companies.items });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}

/** Which binding a role needs: a focal point's country, a contact's organisation, an operator's company. */
export function bindingOf(role: Role): 'country' | 'organisation' | 'company' | null {
  if (role === 'focal_point') return 'country';
  if (role === 'observer_contact') return 'organisation';
  if (role === 'operator') return 'company';
  return null;
}

/** A random password nobody sees: the person sets their own through a one-time link. */
export function unknowablePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
