import {
  type Actor,
  authorize,
  ConflictError,
  type FieldIssue,
  findCountry,
  isUuid,
  newId,
  newToken,
  ROLES,
  type Role,
  ValidationError,
} from '@strata/core';
import { hashSessionToken, type UserRecord } from './account-repository.ts';
import {
  hashPassword,
  PASSWORD_PARAMETERS,
  type PasswordParameters,
  passwordNeedsRehash,
  verifyPassword,
} from './password.ts';
import type { PlatformWork } from './repositories.ts';

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

  async validateNewUser(input: NewUserInput): Promise<void> {
    const issues: FieldIssue[] = [];
    if (!EMAIL_RE.test(input.email)) issues.push({ path: 'email', message: 'not an e-mail address' });
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      issues.push({ path: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters` });
    }
    if (!ROLES.includes(input.role)) issues.push({ path: 'role', message: `one of ${ROLES.join(', ')}` });
    if (input.role === 'focal_point') {
      if (!input.countryIso3 || !findCountry(input.countryIso3)) {
        issues.push({
          path: 'countryIso3',
          message: 'a focal point needs the ISO alpha-3 code of a UN State',
        });
      }
    }
    if (input.role === 'observer_contact') {
      if (
        !input.organisationId ||
        !isUuid(input.organisationId) ||
        !(await this.work.read.accounts.exists('organisation', input.organisationId))
      ) {
        issues.push({
          path: 'organisationId',
          message: 'an observer contact needs an existing organisation',
        });
      }
    }
    if (input.role === 'operator') {
      if (
        !input.companyId ||
        !isUuid(input.companyId) ||
        !(await this.work.read.accounts.exists('company', input.companyId))
      ) {
        issues.push({ path: 'companyId', message: 'an operator needs an existing company' });
      }
    }
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
    options: { bootstrap?: boolean } = {},
  ): Promise<UserRecord> {
    if (!options.bootstrap) authorize(actor, 'platform.user.create');
    await this.validateNewUser(input);
    const passwordHash = await hashPassword(input.password, this.password);
    const id = newId();
    return this.work.run(async (repos, tx) => {
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
    await this.work.read.accounts.insertSession(hashSessionToken(token), user.userId, csrfToken, expiresAt);
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

  async endSession(token: string): Promise<void> {
    await this.work.read.accounts.deleteSession(hashSessionToken(token));
  }

  async createOrganisation(actor: Actor | null, input: { name: string; kind?: string }) {
    authorize(actor, 'platform.organisation.create');
    const name = input.name.trim();
    if (!name)
      throw new ValidationError('The organisation needs a name.', [{ path: 'name', message: 'required' }]);
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
