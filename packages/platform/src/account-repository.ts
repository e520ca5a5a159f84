import { createHash } from 'node:crypto';
import type { Actor, Role } from '@strata/core';
import type { Executor } from '@strata/db';

export interface UserRecord extends Actor {
  displayName: string | null;
  disabled: boolean;
  createdAt: Date;
}

export interface NewUserRow {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  countryIso3: string | null;
  organisationId: string | null;
  companyId: string | null;
  displayName: string | null;
}

/** What an administrator may change on an account (absent fields stay as they are). */
export interface UserPatch {
  role?: Role;
  countryIso3?: string | null;
  organisationId?: string | null;
  companyId?: string | null;
  displayName?: string | null;
  disabled?: boolean;
}

/** What a one-time token is for: the first secretariat account, or a password reset. */
export type TokenPurpose = 'setup' | 'reset';

function toUser(row: {
  id: string;
  email: string;
  role: string;
  country_iso3: string | null;
  organisation_id: string | null;
  company_id: string | null;
  display_name: string | null;
  disabled: boolean;
  created_at: Date;
}): UserRecord {
  return {
    userId: row.id,
    email: row.email,
    role: row.role as Role,
    countryIso3: row.country_iso3?.trim() ?? null,
    organisationId: row.organisation_id,
    companyId: row.company_id,
    displayName: row.display_name,
    disabled: row.disabled,
    createdAt: row.created_at,
  };
}

/** Session tokens are stored only as their SHA-256, so a database leak does not leak sessions. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Accounts, sessions, organisations and companies. */
export class AccountRepository {
  constructor(private readonly db: Executor) {}

  async findUserByEmail(email: string): Promise<(UserRecord & { passwordHash: string }) | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async listUsers(): Promise<UserRecord[]> {
    const rows = await this.db.selectFrom('app_user').selectAll().orderBy('email').execute();
    return rows.map(toUser);
  }

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertUser(user: NewUserRow): Promise<UserRecord> {
    const row = await this.db
      .insertInto('app_user')
      .values({
        id: user.id,
        email: user.email.toLowerCase(),
        password_hash: user.passwordHash,
        role: user.role,
        country_iso3: user.countryIso3,
        organisation_id: user.organisationId,
        company_id: user.companyId,
        display_name: user.displayName,
        disabled: false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  /** Replaces an account's password hash (a rehash with today's parameters, or a new password). */
  async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  }

  /** Changes an account's role, bindings, name or disabled flag; returns the account after. */
  async updateUser(id: string, patch: UserPatch): Promise<UserRecord | undefined> {
    const set: Record<string, unknown> = {};
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.countryIso3 !== undefined) set.country_iso3 = patch.countryIso3;
    if (patch.organisationId !== undefined) set.organisation_id = patch.organisationId;
    if (patch.companyId !== undefined) set.company_id = patch.companyId;
    if (patch.displayName !== undefined) set.display_name = patch.displayName;
    if (patch.disabled !== undefined) set.disabled = patch.disabled;
    if (Object.keys(set).length === 0) return this.getUser(id);
    const row = await this.db
      .updateTable('app_user')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  /** How many secretariat accounts can sign in. */
  async countActiveSecretariats(): Promise<number> {
    const row = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'secretariat')
      .where('disabled', '=', false)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertSession(tokenHash: string, userId: string, csrfToken: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('user_session')
      .values({ id_hash: tokenHash, user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
      .execute();
  }

  async findSession(
    tokenHash: string,
    now: Date,
  ): Promise<{ user: UserRecord; csrfToken: string; expiresAt: Date } | undefined> {
    const row = await this.db
      .selectFrom('user_session')
      .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
      .selectAll('app_user')
      .select(['user_session.csrf_token', 'user_session.expires_at'])
      .where('user_session.id_hash', '=', tokenHash)
      .where('user_session.expires_at', '>', now)
      .where('app_user.disabled', '=', false)
      .executeTakeFirst();
    return row ? { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('user_session').where('id_hash', '=', tokenHash).execute();
  }

  /** Ends every session of an account, but the one whose hash is `keep`; returns how many ended. */
  async deleteSessionsOf(userId: string, keep?: string): Promise<number> {
    let query = this.db.deleteFrom('user_session').where('user_id', '=', userId);
    if (keep) query = query.where('id_hash', '<>', keep);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countSessionsOf(userId: string, now: Date): Promise<number> {
    const row = await this.db
      .selectFrom('user_session')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Stores a one-time token (its hash) after revoking the unused ones of the same purpose and account. */
  async replaceToken(token: {
    idHash: string;
    purpose: TokenPurpose;
    userId: string | null;
    createdBy: string | null;
    expiresAt: Date;
  }): Promise<void> {
    let revoke = this.db
      .deleteFrom('account_token')
      .where('purpose', '=', token.purpose)
      .where('used_at', 'is', null);
    revoke =
      token.userId === null
        ? revoke.where('user_id', 'is', null)
        : revoke.where('user_id', '=', token.userId);
    await revoke.execute();
    await this.db
      .insertInto('account_token')
      .values({
        id_hash: token.idHash,
        purpose: token.purpose,
        user_id: token.userId,
        created_by: token.createdBy,
        expires_at: token.expiresAt,
      })
      .execute();
  }

  /**
   * Uses a one-time token: marks it used if it exists for `purpose`, is unused and unexpired, in one
   * statement (two concurrent uses cannot both succeed). Returns the account it was issued for.
   */
  async takeToken(
    idHash: string,
    purpose: TokenPurpose,
    now: Date,
  ): Promise<{ userId: string | null } | undefined> {
    const row = await this.db
      .updateTable('account_token')
      .set({ used_at: now })
      .where('id_hash', '=', idHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return row ? { userId: row.user_id } : undefined;
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
  }

  async insertOrganisation(row: { id: string; name: string; kind: string }) {
    return this.db.insertInto('organisation').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async insertCompany(row: { id: string; name: string; country_iso3: string | null }) {
    return this.db.insertInto('company').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async updateOrganisation(id: string, patch: { name?: string; kind?: string }) {
    if (patch.name === undefined && patch.kind === undefined)
      return this.db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
    return this.db
      .updateTable('organisation')
      .set(patch)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async updateCompany(id: string, patch: { name?: string; country_iso3?: string | null }) {
    if (patch.name === undefined && patch.country_iso3 === undefined)
      return this.db.selectFrom('company').selectAll().where('id', '=', id).executeTakeFirst();
    return this.db.updateTable('company').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  /** Role, country, organisation and company names of these accounts (no e-mail), for public labels. */
  async labelsOf(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('app_user as u')
      .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
      .leftJoin('company as co', 'co.id', 'u.company_id')
      .select(['u.id', 'u.role', 'u.country_iso3', 'o.name as organisation', 'co.name as company'])
      .where('u.id', 'in', [...ids])
      .execute();
  }

  async listOrganisations() {
    return this.db.selectFrom('organisation').selectAll().orderBy('name').execute();
  }

  async listCompanies() {
    return this.db.selectFrom('company').selectAll().orderBy('name').execute();
  }

  async exists(table: 'organisation' | 'company' | 'country', key: string): Promise<boolean> {
    const column = table === 'country' ? 'iso3' : 'id';
    const row = await this.db.selectFrom(table).select(column).where(column, '=', key).executeTakeFirst();
    return row !== undefined;
  }
}
