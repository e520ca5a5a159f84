import {
  type Actor,
  authorize,
  ConflictError,
  type FieldIssue,
  findCountry,
  isUuid,
  NotFoundError,
  newId,
  newToken,
  ROLES,
  type Role,
  ValidationError,
} from '@strata/core';
import { hashSessionToken, type UserPatch, type UserRecord } from './account-repository.ts';
import {
  hashPassword,
  PASSWORD_PARAMETERS,
  type PasswordParameters,
  passwordNeedsRehash,
  verifyPassword,
} from './password.ts';
import type { PlatformRepositories, PlatformWork } from './repositories.ts';

export interface NewUserInput {
  email: string;
  password: string;
  role: Role;
  countryIso3?: string | null;
  organisationId?: string | null;
  companyId?: string | null;
  displayName?: string | null;
}

export interface SessionGrant {
  /** The secret for the session cookie; shown once, stored only hashed. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRecord;
}

/** Public view of an account: never the password hash. */
export type PublicUser = Omit<UserRecord, 'disabled' | 'createdAt'> & { id: string };

export function presentUser(u: UserRecord): PublicUser {
  return {
    id: u.userId,
    userId: u.userId,
    email: u.email,
    role: u.role,
    countryIso3: u.countryIso3,
    organisationId: u.organisationId,
    companyId: u.companyId,
    displayName: u.displayName,
  };
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** NIST SP 800-63B: at least 8 characters; Strata asks 12 for accounts that can publish. */
export const MIN_PASSWORD_LENGTH = 12;
/** What is wrong with a new password (too short, too long, or only spaces). */
export function passwordIssues(password: string, path: string): FieldIssue[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [{ path, message: `at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (password.length > 1024) return [{ path, message: 'at most 1024 characters' }];
  if (password.trim() === '') return [{ path, message: 'not only spaces' }];
  return [];
}

/** How long a session lasts after sign-in. */
export const SESSION_DAYS = 14;

/** Options of {@link AccountService}. */
export interface AccountServiceOptions {
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** argon2id parameters for new hashes (default {@link PASSWORD_PARAMETERS}); older hashes are redone at sign-in. */
  password?: PasswordParameters;
}

/** Accounts, passwords, sessions, organisations and companies. */
/** How another module reaches an account: its id, e-mail and bound country. */
export interface AccountContact {
  userId: string;
  email: string;
  countryIso3: string | null;
}

/** How an account is shown to the public instead of its e-mail: its role and where it belongs. */
export interface AccountLabel {
  role: Role;
  countryIso3: string | null;
  organisation: string | null;
  company: string | null;
}

export class AccountService {
  readonly #dummyHash: Promise<string>;
  private readonly now: () => Date;
  private readonly password: PasswordParameters;
  constructor(
    private readonly work: PlatformWork,
    options: AccountServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.password = options.password ?? PASSWORD_PARAMETERS;
    // Verified against when the e-mail is unknown, so both paths take the same time.
    this.#dummyHash = hashPassword('strata-dummy-password', this.password);
  }

  /** What is wrong with a role's bindings: a focal point's country, a contact's organisation, an operator's company. */
  private async bindingIssues(b: {
    role: Role;
    countryIso3?: string | null;
    organisationId?: string | null;
    companyId?: string | null;
  }): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    if (!ROLES.includes(b.role)) issues.push({ path: 'role', message: `one of ${ROLES.join(', ')}` });
    if (b.role === 'focal_point' && (!b.countryIso3 || !findCountry(b.countryIso3))) {
      issues.push({ path: 'countryIso3', message: 'a focal point needs the ISO alpha-3 code of a UN State' });
    }
    if (b.role === 'observer_contact' && !(await this.existing('organisation', b.organisationId))) {
      issues.push({ path: 'organisationId', message: 'an observer contact needs an existing organisation' });
    }
    if (b.role === 'operator' && !(await this.existing('company', b.companyId))) {
      issues.push({ path: 'companyId', message: 'an operator needs an existing company' });
    }
    return issues;
  }

  private async existing(table: 'organisation' | 'company', id: string | null | undefined): Promise<boolean> {
    return !!id && isUuid(id) && (await this.work.read.accounts.exists(table, id));
  }

  async validateNewUser(input: NewUserInput): Promise<void> {
    const issues: FieldIssue[] = [];
    if (!EMAIL_RE.test(input.email)) issues.push({ path: 'email', message: 'not an e-mail address' });
    issues.push(...passwordIssues(input.password, 'password'));
    issues.push(...(await this.bindingIssues(input)));
    if (issues.length > 0) throw new ValidationError('The account is not valid.', issues);
    if (await this.work.read.accounts.findUserByEmail(input.email)) {
      throw new ConflictError(`An account with e-mail ${input.email} exists already.`);
    }
  }

  /**
   * Creates an account. `actor` null is allowed only for the bootstrap from the CLI (`bootstrap: true`);
   * otherwise the policy decides (only the secretariat creates accounts).
   */
  async createUser(
    actor: Actor | null,
    input: NewUserInput,
    options: {
      bootstrap?: boolean;
      /** Runs first in the account's transaction (e.g. using a set-up token); throwing cancels it. */
      within?: (repos: PlatformRepositories) => Promise<void>;
    } = {},
  ): Promise<UserRecord> {
    if (!options.bootstrap) authorize(actor, 'platform.user.create');
    await this.validateNewUser(input);
    const passwordHash = await hashPassword(input.password, this.password);
    const id = newId();
    return this.work.run(async (repos, tx) => {
      await options.within?.(repos);
      const user = await repos.accounts.insertUser({
        id,
        email: input.email,
        passwordHash,
        role: input.role,
        countryIso3:
          input.role === 'focal_point' ? (findCountry(input.countryIso3 ?? '')?.iso3 ?? null) : null,
        organisationId: input.role === 'observer_contact' ? (input.organisationId ?? null) : null,
        companyId: input.role === 'operator' ? (input.companyId ?? null) : null,
        displayName: input.displayName ?? null,
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'platform.user.create',
        entity: 'user',
        entityId: id,
        before: null,
        after: presentUser(user),
      });
      return user;
    });
  }

  async listUsers(actor: Actor | null): Promise<UserRecord[]> {
    authorize(actor, 'platform.user.update');
    return this.work.read.accounts.listUsers();
  }

  /**
   * Changes an account's role, bindings, display name or disabled flag (secretariat). A disabled account's
   * sessions end at once. The last active secretariat account can be neither disabled nor given another
   * role, and nobody disables their own account.
   */
  async updateUser(actor: Actor | null, userId: string, patch: UserPatch): Promise<UserRecord> {
    authorize(actor, 'platform.user.update');
    const before = isUuid(userId) ? await this.work.read.accounts.getUser(userId) : undefined;
    if (!before) throw new NotFoundError(`No account ${userId}.`);
    const role = patch.role ?? before.role;
    const bindings = {
      role,
      countryIso3: role === 'focal_point' ? (patch.countryIso3 ?? before.countryIso3) : null,
      organisationId: role === 'observer_contact' ? (patch.organisationId ?? before.organisationId) : null,
      companyId: role === 'operator' ? (patch.companyId ?? before.companyId) : null,
    };
    const issues = await this.bindingIssues(bindings);
    if (patch.displayName && patch.displayName.length > 200)
      issues.push({ path: 'displayName', message: 'at most 200 characters' });
    if (issues.length > 0) throw new ValidationError('The account is not valid.', issues);
    if (patch.disabled && actor?.userId === userId)
      throw new ConflictError('You cannot disable your own account.');
    return this.work.run(async (repos, tx) => {
      const losesSecretariat =
        before.role === 'secretariat' && !before.disabled && (role !== 'secretariat' || patch.disabled);
      if (losesSecretariat && (await repos.accounts.countActiveSecretariats()) <= 1)
        throw new ConflictError('This is the last active secretariat account: create another one first.');
      const after = await repos.accounts.updateUser(userId, {
        ...bindings,
        countryIso3: bindings.countryIso3 ? (findCountry(bindings.countryIso3)?.iso3 ?? null) : null,
        ...(patch.displayName !== undefined ? { displayName: patch.displayName?.trim() || null } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      });
      if (!after) throw new NotFoundError(`No account ${userId}.`);
      const ended = after.disabled ? await repos.accounts.deleteSessionsOf(userId) : 0;
      await tx.audit({
        actor,
        action: 'platform.user.update',
        entity: 'user',
        entityId: userId,
        before: { ...presentUser(before), disabled: before.disabled },
        after: { ...presentUser(after), disabled: after.disabled, sessionsEnded: ended },
      });
      return after;
    });
  }

  /** Checks e-mail and password; returns the account or null, in the same time either way. */
  async authenticate(email: string, password: string): Promise<UserRecord | null> {
    const user = await this.work.read.accounts.findUserByEmail(email);
    if (!user) {
      await verifyPassword(await this.#dummyHash, password);
      return null;
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok || user.disabled) return null;
    const { passwordHash, ...rest } = user;
    if (passwordNeedsRehash(passwordHash, this.password)) await this.rehash(rest, password);
    return rest;
  }

  /** Stores a fresh hash with today's parameters, once the password has been verified. */
  private async rehash(user: UserRecord, password: string): Promise<void> {
    const fresh = await hashPassword(password, this.password);
    await this.work.run(async (repos, tx) => {
      await repos.accounts.updatePasswordHash(user.userId, fresh);
      await tx.audit({
        actor: user,
        action: 'platform.user.rehash',
        entity: 'user',
        entityId: user.userId,
        before: null,
        after: { passwordParameters: this.password },
      });
    });
  }

  async startSession(user: UserRecord): Promise<SessionGrant> {
    const token = newToken();
    const csrfToken = newToken(24);
    const expiresAt = new Date(this.now().getTime() + SESSION_DAYS * 86_400_000);
    await this.work.run(async (repos, tx) => {
      await repos.accounts.insertSession(hashSessionToken(token), user.userId, csrfToken, expiresAt);
      await tx.audit({
        actor: user,
        action: 'platform.session.start',
        entity: 'user',
        entityId: user.userId,
        before: null,
        after: { expiresAt: expiresAt.toISOString() },
      });
    });
    return { token, csrfToken, expiresAt, user };
  }

  async resolveSession(token: string): Promise<{ user: UserRecord; csrfToken: string } | null> {
    if (token.length < 20 || token.length > 200) return null;
    return (await this.work.read.accounts.findSession(hashSessionToken(token), this.now())) ?? null;
  }

  /** Deletes expired sessions (run at start and hourly by the server). */
  async endExpiredSessions(): Promise<void> {
    await this.work.read.accounts.deleteExpiredSessions(this.now());
  }

  /** Signs out: the session ends, and the audit log records it when the session was still live. */
  async endSession(token: string): Promise<void> {
    const tokenHash = hashSessionToken(token);
    const live = await this.work.read.accounts.findSession(tokenHash, this.now());
    await this.work.run(async (repos, tx) => {
      await repos.accounts.deleteSession(tokenHash);
      if (live) {
        await tx.audit({
          actor: live.user,
          action: 'platform.session.end',
          entity: 'user',
          entityId: live.user.userId,
          before: null,
          after: null,
        });
      }
    });
  }

  async createOrganisation(actor: Actor | null, input: { name: string; kind?: string }) {
    authorize(actor, 'platform.organisation.create');
    const name = input.name.trim();
    if (!name)
      throw new ValidationError('The organisation needs a name.', [{ path: 'name', message: 'required' }]);
    await this.refuseTakenName('organisation', name);
    return this.work.run(async (repos, tx) => {
      const row = await repos.accounts.insertOrganisation({
        id: newId(),
        name,
        kind: input.kind ?? 'observer',
      });
      await tx.audit({
        actor,
        action: 'platform.organisation.create',
        entity: 'organisation',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  async createCompany(actor: Actor | null, input: { name: string; countryIso3?: string | null }) {
    authorize(actor, 'platform.company.create');
    const name = input.name.trim();
    if (!name)
      throw new ValidationError('The company needs a name.', [{ path: 'name', message: 'required' }]);
    const country = input.countryIso3 ? findCountry(input.countryIso3) : undefined;
    if (input.countryIso3 && !country) {
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    }
    await this.refuseTakenName('company', name);
    return this.work.run(async (repos, tx) => {
      const row = await repos.accounts.insertCompany({
        id: newId(),
        name,
        country_iso3: country?.iso3 ?? null,
      });
      await tx.audit({
        actor,
        action: 'platform.company.create',
        entity: 'company',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  /** Renames an organisation or changes its kind (secretariat). */
  async updateOrganisation(actor: Actor | null, id: string, patch: { name?: string; kind?: string }) {
    authorize(actor, 'platform.organisation.update');
    const name = patch.name?.trim();
    if (patch.name !== undefined && !name)
      throw new ValidationError('The organisation needs a name.', [{ path: 'name', message: 'required' }]);
    if (name) await this.refuseTakenName('organisation', name, id);
    const before = (await this.listOrganisations()).find((o) => o.id === id);
    if (!before) throw new NotFoundError(`No organisation ${id}.`);
    return this.work.run(async (repos, tx) => {
      const after = await repos.accounts.updateOrganisation(id, {
        ...(name ? { name } : {}),
        ...(patch.kind ? { kind: patch.kind } : {}),
      });
      await tx.audit({
        actor,
        action: 'platform.organisation.update',
        entity: 'organisation',
        entityId: id,
        before,
        after,
      });
      return after ?? before;
    });
  }

  /** Renames a company or changes its country (secretariat). */
  async updateCompany(
    actor: Actor | null,
    id: string,
    patch: { name?: string; countryIso3?: string | null },
  ) {
    authorize(actor, 'platform.company.update');
    const name = patch.name?.trim();
    if (patch.name !== undefined && !name)
      throw new ValidationError('The company needs a name.', [{ path: 'name', message: 'required' }]);
    const country = patch.countryIso3 ? findCountry(patch.countryIso3) : undefined;
    if (patch.countryIso3 && !country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    if (name) await this.refuseTakenName('company', name, id);
    const before = (await this.listCompanies()).find((o) => o.id === id);
    if (!before) throw new NotFoundError(`No company ${id}.`);
    return this.work.run(async (repos, tx) => {
      const after = await repos.accounts.updateCompany(id, {
        ...(name ? { name } : {}),
        ...(patch.countryIso3 !== undefined ? { country_iso3: country?.iso3 ?? null } : {}),
      });
      await tx.audit({
        actor,
        action: 'platform.company.update',
        entity: 'company',
        entityId: id,
        before,
        after,
      });
      return after ?? before;
    });
  }

  /** Organisation and company names are unique, whatever their case. */
  private async refuseTakenName(table: 'organisation' | 'company', name: string, except?: string) {
    const rows = table === 'organisation' ? await this.listOrganisations() : await this.listCompanies();
    const taken = rows.find((r) => r.name.toLowerCase() === name.toLowerCase() && r.id !== except);
    if (taken)
      throw new ConflictError(
        `A${table === 'company' ? ' company' : 'n organisation'} named "${taken.name}" exists already.`,
      );
  }

  listOrganisations() {
    return this.work.read.accounts.listOrganisations();
  }
  listCompanies() {
    return this.work.read.accounts.listCompanies();
  }
  /**
   * Who an account is, for another module's own bookkeeping (addressing a notification, resolving a
   * mention): id, e-mail and bound country, never the password hash. Not for presenting to other users.
   */
  /** Public labels (role, country, organisation, company; never the e-mail) of these accounts, by id. */
  async labelsOf(ids: readonly (string | null)[]): Promise<Map<string, AccountLabel>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = await this.work.read.accounts.labelsOf(wanted);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          role: r.role as Role,
          countryIso3: r.country_iso3,
          organisation: r.organisation,
          company: r.company,
        },
      ]),
    );
  }

  async contactOf(by: { userId: string } | { email: string }): Promise<AccountContact | null> {
    const user =
      'userId' in by
        ? await this.work.read.accounts.getUser(by.userId)
        : await this.work.read.accounts.findUserByEmail(by.email.toLowerCase());
    return user ? { userId: user.userId, email: user.email, countryIso3: user.countryIso3 } : null;
  }

  /** The active accounts of one role bound to one country (e.g. a State's focal points). */
  async contactsOf(role: Role, countryIso3: string): Promise<AccountContact[]> {
    return (await this.work.read.accounts.listUsers())
      .filter((u) => u.role === role && u.countryIso3 === countryIso3 && !u.disabled)
      .map((u) => ({ userId: u.userId, email: u.email, countryIso3: u.countryIso3 }));
  }

  countUsers() {
    return this.work.read.accounts.countUsers();
  }
}
