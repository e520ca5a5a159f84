// In-memory repositories of the platform for fast service tests (no database): what the services need
// of the repositories, nothing more. Not exported from the package index.
import { type AuditRepository, inMemoryUnitOfWork } from '@strata/db';
import type {
  AccountRepository,
  NewUserRow,
  TokenPurpose,
  UserPatch,
  UserRecord,
} from './account-repository.ts';
import type { PlatformRepositories } from './repositories.ts';

type Methods<T> = { [K in keyof T]: T[K] };

/** Accounts and sessions in maps: what the service needs of the repository, nothing more. */
export class FakeAccounts implements Methods<AccountRepository> {
  readonly users = new Map<string, UserRecord & { passwordHash: string }>();
  readonly sessions = new Map<string, { userId: string; csrfToken: string; expiresAt: Date }>();
  async findUserByEmail(email: string) {
    return [...this.users.values()].find((u) => u.email === email.toLowerCase());
  }
  async getUser(id: string) {
    return this.users.get(id);
  }
  async listUsers() {
    return [...this.users.values()];
  }
  async countUsers() {
    return this.users.size;
  }
  async insertUser(u: NewUserRow) {
    const user = {
      userId: u.id,
      email: u.email.toLowerCase(),
      role: u.role,
      countryIso3: u.countryIso3,
      organisationId: u.organisationId,
      companyId: u.companyId,
      displayName: u.displayName,
      disabled: false,
      createdAt: new Date(0),
      passwordHash: u.passwordHash,
    };
    this.users.set(u.id, user);
    return user;
  }
  async updatePasswordHash(userId: string, passwordHash: string) {
    const user = this.users.get(userId);
    if (user) user.passwordHash = passwordHash;
  }
  async insertSession(tokenHash: string, userId: string, csrfToken: string, expiresAt: Date) {
    this.sessions.set(tokenHash, { userId, csrfToken, expiresAt });
  }
  async findSession(tokenHash: string, now: Date) {
    const s = this.sessions.get(tokenHash);
    const user = s && this.users.get(s.userId);
    if (!s || !user || s.expiresAt <= now) return undefined;
    return { user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  }
  async deleteSession(tokenHash: string) {
    this.sessions.delete(tokenHash);
  }
  async deleteExpiredSessions(now: Date) {
    for (const [k, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(k);
  }
  readonly tokens = new Map<
    string,
    { purpose: string; userId: string | null; expiresAt: Date; used: boolean }
  >();
  async updateUser(id: string, patch: UserPatch) {
    const user = this.users.get(id);
    if (!user) return undefined;
    const defined = Object.entries(patch).filter(([, v]) => v !== undefined);
    Object.assign(user, Object.fromEntries(defined));
    return user;
  }
  async countActiveSecretariats() {
    return [...this.users.values()].filter((u) => u.role === 'secretariat' && !u.disabled).length;
  }
  async deleteSessionsOf(userId: string, keep?: string) {
    let n = 0;
    for (const [k, s] of this.sessions) if (s.userId === userId && k !== keep && this.sessions.delete(k)) n++;
    return n;
  }
  async countSessionsOf(userId: string, now: Date) {
    return [...this.sessions.values()].filter((s) => s.userId === userId && s.expiresAt > now).length;
  }
  async replaceToken(t: { idHash: string; purpose: TokenPurpose; userId: string | null; expiresAt: Date }) {
    for (const [k, v] of this.tokens)
      if (v.purpose === t.purpose && v.userId === t.userId && !v.used) this.tokens.delete(k);
    this.tokens.set(t.idHash, { ...t, used: false });
  }
  async takeToken(idHash: string, purpose: TokenPurpose, now: Date) {
    const t = this.tokens.get(idHash);
    if (!t || t.used || t.purpose !== purpose || t.expiresAt <= now) return undefined;
    t.used = true;
    return { userId: t.userId };
  }
  async updateOrganisation() {
    return undefined;
  }
  async updateCompany() {
    return undefined;
  }
  async insertOrganisation(row: { id: string; name: string; kind: string }) {
    return { ...row, created_at: new Date(0) };
  }
  async insertCompany(row: { id: string; name: string; country_iso3: string | null }) {
    return { ...row, created_at: new Date(0) };
  }
  async listOrganisations() {
    return [];
  }
  async labelsOf(ids: readonly string[]) {
    return ids.flatMap((id) => {
      const u = this.users.get(id);
      return u ? [{ id, role: u.role, country_iso3: u.countryIso3, organisation: null, company: null }] : [];
    });
  }
  async listCompanies() {
    return [];
  }
  async exists() {
    return false;
  }
}

export function fakePlatform() {
  const accounts = new FakeAccounts();
  const unused = {} as never;
  const repos: PlatformRepositories = {
    accounts,
    countries: unused,
    audit: unused as Methods<AuditRepository>,
    status: unused,
  };
  return { accounts, work: inMemoryUnitOfWork(repos) };
}
