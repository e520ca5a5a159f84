import {
  type Actor,
  authorize,
  ConflictError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  newToken,
  UnauthenticatedError,
  ValidationError,
} from '@strata/core';
import { hashSessionToken, type TokenPurpose, type UserRecord } from './account-repository.ts';
import { type AccountService, passwordIssues } from './account-service.ts';
import type { MailTransport } from './mail.ts';
import { hashPassword, PASSWORD_PARAMETERS, type PasswordParameters, verifyPassword } from './password.ts';
import type { PlatformWork } from './repositories.ts';

/** How long a first-run set-up link and a password-reset link stay valid. */
export const SETUP_LINK_HOURS = 24;
export const RESET_LINK_HOURS = 24;

/** A one-time link's secret, shown once: only its SHA-256 is stored. */
export interface OneTimeToken {
  token: string;
  expiresAt: Date;
}

export interface CredentialServiceOptions {
  now?: () => Date;
  password?: PasswordParameters;
  /** Where reset e-mails go; without it the secretariat hands the link over itself. */
  mail?: MailTransport | null;
}

const INVALID_LINK =
  'This link is not valid: it was used already, has expired, or was replaced by a newer one.';

/**
 * Credentials over an account's life: the first-run set-up of the secretariat through a one-time link,
 * password changes, resets through a one-time link the secretariat issues (and e-mails when mail is
 * configured), and signing out everywhere.
 */
export class CredentialService {
  private readonly now: () => Date;
  private readonly password: PasswordParameters;
  private readonly mail: MailTransport | null;
  constructor(
    private readonly work: PlatformWork,
    private readonly accounts: AccountService,
    options: CredentialServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.password = options.password ?? PASSWORD_PARAMETERS;
    this.mail = options.mail ?? null;
  }

  /** True while no secretariat account can sign in: the installation still needs its first-run set-up. */
  async setupNeeded(): Promise<boolean> {
    return (await this.work.read.accounts.countActiveSecretariats()) === 0;
  }

  /**
   * Issues the first-run set-up link's token when the installation has no active secretariat account,
   * revoking any earlier one; null when set-up is done.
   */
  async issueSetupToken(): Promise<OneTimeToken | null> {
    if (!(await this.setupNeeded())) return null;
    return this.issue('setup', null, null, SETUP_LINK_HOURS);
  }

  /**
   * Creates the first secretariat account with a set-up token. The token is used in the account's own
   * transaction: two concurrent attempts cannot both succeed, and a failed one leaves the token usable.
   */
  async completeSetup(
    token: string,
    input: { email: string; password: string; displayName?: string | null },
  ): Promise<UserRecord> {
    return this.accounts.createUser(
      null,
      { ...input, role: 'secretariat' },
      {
        bootstrap: true,
        within: async (repos) => {
          if ((await repos.accounts.countActiveSecretariats()) > 0)
            throw new ConflictError('This installation is set up already: sign in instead.');
          if (!(await repos.accounts.takeToken(hashSessionToken(token), 'setup', this.now())))
            throw new ForbiddenError(`${INVALID_LINK} Restart the server to print a new set-up link.`);
        },
      },
    );
  }

  /** Changes one's own password after checking the current one; ends one's other sessions. */
  async changePassword(
    actor: Actor | null,
    sessionToken: string,
    current: string,
    next: string,
  ): Promise<{ sessionsEnded: number }> {
    if (!actor) throw new UnauthenticatedError('Sign in to change your password.');
    const account = await this.work.read.accounts.findUserByEmail(actor.email);
    if (!account || !(await verifyPassword(account.passwordHash, current)))
      throw new ValidationError('The current password is wrong.', [
        { path: 'currentPassword', message: 'wrong password' },
      ]);
    const issues = passwordIssues(next, 'newPassword');
    if (next === current) issues.push({ path: 'newPassword', message: 'the same as the current one' });
    if (issues.length > 0) throw new ValidationError('The new password is not valid.', issues);
    const hash = await hashPassword(next, this.password);
    return this.work.run(async (repos, tx) => {
      await repos.accounts.updatePasswordHash(actor.userId, hash);
      const sessionsEnded = await repos.accounts.deleteSessionsOf(
        actor.userId,
        hashSessionToken(sessionToken),
      );
      await tx.audit({
        actor,
        action: 'platform.user.password',
        entity: 'user',
        entityId: actor.userId,
        before: null,
        after: { sessionsEnded },
      });
      return { sessionsEnded };
    });
  }

  /** Ends every session of one's own account, this one included. */
  async signOutEverywhere(actor: Actor | null): Promise<{ sessionsEnded: number }> {
    if (!actor) throw new UnauthenticatedError('Sign in first.');
    return this.endSessions(actor, actor.userId);
  }

  /** Ends every session of another account (secretariat). */
  async signOutUser(actor: Actor | null, userId: string): Promise<{ sessionsEnded: number }> {
    authorize(actor, 'platform.user.update');
    await this.userOrThrow(userId);
    return this.endSessions(actor, userId);
  }

  /**
   * Issues a one-time reset link's token for an account (secretariat), revoking the account's earlier
   * ones. Sessions stay until the password is reset. When mail is configured the link is e-mailed too.
   */
  async issueReset(
    actor: Actor | null,
    userId: string,
    linkFor: (token: string) => string,
  ): Promise<OneTimeToken & { link: string; emailed: boolean; mailError: string | null }> {
    authorize(actor, 'platform.user.reset');
    const user = await this.userOrThrow(userId);
    if (user.disabled) throw new ConflictError('The account is disabled: enable it before resetting.');
    const issued = await this.issue('reset', userId, actor, RESET_LINK_HOURS);
    const link = linkFor(issued.token);
    let mailError: string | null = null;
    if (this.mail) {
      try {
        await this.mail.send({
          to: user.email,
          subject: 'Strata: set a new password',
          text: [
            'The secretariat has issued a link to set a new password for your Strata account.',
            '',
            link,
            '',
            `The link works once, until ${issued.expiresAt.toISOString()}.`,
            'If you did not expect it, tell the secretariat.',
          ].join('\n'),
          messageId: `<reset-${hashSessionToken(issued.token).slice(0, 16)}@strata>`,
        });
      } catch (error) {
        mailError = error instanceof Error ? error.message : String(error);
      }
    }
    return { ...issued, link, emailed: this.mail !== null && mailError === null, mailError };
  }

  /** Sets a new password with a reset token; every session of the account ends. */
  async completeReset(token: string, next: string): Promise<{ email: string }> {
    const issues = passwordIssues(next, 'newPassword');
    if (issues.length > 0) throw new ValidationError('The new password is not valid.', issues);
    const hash = await hashPassword(next, this.password);
    return this.work.run(async (repos, tx) => {
      const taken = await repos.accounts.takeToken(hashSessionToken(token), 'reset', this.now());
      const user = taken?.userId ? await repos.accounts.getUser(taken.userId) : undefined;
      if (!user) throw new ForbiddenError(`${INVALID_LINK} Ask the secretariat for a new one.`);
      if (user.disabled) throw new ForbiddenError('The account is disabled: ask the secretariat.');
      await repos.accounts.updatePasswordHash(user.userId, hash);
      const sessionsEnded = await repos.accounts.deleteSessionsOf(user.userId);
      await tx.audit({
        actor: user,
        action: 'platform.user.password-reset',
        entity: 'user',
        entityId: user.userId,
        before: null,
        after: { sessionsEnded },
      });
      return { email: user.email };
    });
  }

  private async userOrThrow(userId: string): Promise<UserRecord> {
    const user = isUuid(userId) ? await this.work.read.accounts.getUser(userId) : undefined;
    if (!user) throw new NotFoundError(`No account ${userId}.`);
    return user;
  }

  private endSessions(actor: Actor, userId: string): Promise<{ sessionsEnded: number }> {
    return this.work.run(async (repos, tx) => {
      const sessionsEnded = await repos.accounts.deleteSessionsOf(userId);
      await tx.audit({
        actor,
        action: 'platform.user.sign-out',
        entity: 'user',
        entityId: userId,
        before: null,
        after: { sessionsEnded },
      });
      return { sessionsEnded };
    });
  }

  private issue(
    purpose: TokenPurpose,
    userId: string | null,
    actor: Actor | null,
    hours: number,
  ): Promise<OneTimeToken> {
    const createdBy = actor?.userId ?? null;
    const token = newToken();
    const expiresAt = new Date(this.now().getTime() + hours * 3_600_000);
    return this.work.run(async (repos, tx) => {
      await repos.accounts.replaceToken({
        idHash: hashSessionToken(token),
        purpose,
        userId,
        createdBy,
        expiresAt,
      });
      await tx.audit({
        actor,
        action: `platform.token.${purpose}`,
        entity: 'user',
        entityId: userId ?? 'setup',
        before: null,
        after: { expiresAt: expiresAt.toISOString(), createdBy },
      });
      return { token, expiresAt };
    });
  }
}
