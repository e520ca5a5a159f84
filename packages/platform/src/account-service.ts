import { hash, verify } from '@node-rs/argon2';
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
import { recordAudit } from '@strata/db';
import { type AccountRepository, hashSessionToken, type UserRecord } from './account-repository.ts';

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
/** argon2id parameters: OWASP password storage cheat sheet (m=19 MiB, t=2, p=1). */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const SESSION_DAYS = 14;

/** Accounts, passwords, sessions, organisations and companies. */
export class AccountService {
  readonly #dummyHash: Promise<string>;
  constructor(
    private readonly repository: AccountRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Verified against when the e-mail is unknown, so both paths take the same time.
    this.#dummyHash = hash('strata-dummy-password', ARGON2);
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
        !(await this.repository.exists('organisation', input.organisationId))
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
        !(await this.repository.exists('company', input.companyId))
      ) {
        issues.push({ path: 'companyId', message: 'an operator needs an existing company' });
      }
    }
    if (issues.length > 0) throw new ValidationError('The account is not valid.', issues);
    if (await this.repository.findUserByEmail(input.email)) {
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
    const passwordHash = await hash(input.password, ARGON2);
    const id = newId();
    return this.repository.kysely.transaction().execute(async (trx) => {
      const user = await this.repository.insertUser(trx, {
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
      await recordAudit(trx, {
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
    return this.repository.listUsers();
  }

  /** Checks e-mail and password; returns the account or null, in the same time either way. */
  async authenticate(email: string, password: string): Promise<UserRecord | null> {
    const user = await this.repository.findUserByEmail(email);
    if (!user) {
      await verify(await this.#dummyHash, password).catch(() => false);
      return null;
    }
    const ok = await verify(user.passwordHash, password).catch(() => false);
    if (!ok || user.disabled) return null;
    const { passwordHash: _omit, ...rest } = user;
    return rest;
  }

  async startSession(user: UserRecord): Promise<SessionGrant> {
    const token = newToken();
    const csrfToken = newToken(24);
    const expiresAt = new Date(this.now().getTime() + SESSION_DAYS * 86_400_000);
    await this.repository.insertSession(hashSessionToken(token), user.userId, csrfToken, expiresAt);
    return { token, csrfToken, expiresAt, user };
  }

  async resolveSession(token: string): Promise<{ user: UserRecord; csrfToken: string } | null> {
    if (token.length < 20 || token.length > 200) return null;
    return (await this.repository.findSession(hashSessionToken(token), this.now())) ?? null;
  }

  /** Deletes expired sessions (run at start and hourly by the server). */
  async endExpiredSessions(): Promise<void> {
    await this.repository.deleteExpiredSessions(this.now());
  }

  async endSession(token: string): Promise<void> {
    await this.repository.deleteSession(hashSessionToken(token));
  }

  async createOrganisation(actor: Actor | null, input: { name: string; kind?: string }) {
    authorize(actor, 'platform.organisation.create');
    const name = input.name.trim();
    if (!name)
      throw new ValidationError('The organisation needs a name.', [{ path: 'name', message: 'required' }]);
    return this.repository.kysely.transaction().execute(async (trx) => {
      const row = await this.repository.insertOrganisation(trx, {
        id: newId(),
        name,
        kind: input.kind ?? 'observer',
      });
      await recordAudit(trx, {
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
    return this.repository.kysely.transaction().execute(async (trx) => {
      const row = await this.repository.insertCompany(trx, {
        id: newId(),
        name,
        country_iso3: country?.iso3 ?? null,
      });
      await recordAudit(trx, {
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
    return this.repository.listOrganisations();
  }
  listCompanies() {
    return this.repository.listCompanies();
  }
  countUsers() {
    return this.repository.countUsers();
  }
}
