import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import type { AuditReadRule, AuditRecord, AuditSnapshots } from './audit-read.ts';
import { dredgingRules } from './dredging.ts';
import { exchangeRules } from './exchange.ts';
import { instrumentsRules } from './instruments.ts';
import { platformRules } from './platform.ts';
import { processAuditReads, processRules } from './process.ts';
import { sandRules } from './sand.ts';
import { tailingsAuditReads, tailingsRules } from './tailings.ts';
import type { Actor, Resource, Rule } from './types.ts';

export * from './audit-read.ts';
export * from './types.ts';

const RULES: ReadonlyMap<string, Rule> = new Map(
  [
    platformRules,
    processRules,
    tailingsRules,
    dredgingRules,
    exchangeRules,
    instrumentsRules,
    sandRules,
  ].flatMap((set) => Object.entries(set)),
);

/** Every action the policy knows, for listing and for the role × action tests. */
export function knownActions(): string[] {
  return [...RULES.keys()].sort();
}

/**
 * The one policy decision of Strata: may `actor` do `action` to `resource`?
 * Anonymous actors (null) may do no write. The secretariat may do every known action.
 * Unknown actions are refused, so a typo never opens a door.
 *
 * @example can(actor, 'tailings.disclosure.submit', { companyId: facility.companyId })
 */
export function can(actor: Actor | null, action: string, resource: Resource = {}): boolean {
  const rule = RULES.get(action);
  if (!rule || !actor) return false;
  if (actor.role === 'secretariat') return true;
  return rule(actor, resource);
}

/** Like {@link can}, but throws: 401 when nobody is signed in, 403 when the role does not allow it. */
export function authorize(
  actor: Actor | null,
  action: string,
  resource: Resource = {},
): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, resource))
    throw new ForbiddenError(`Your role (${actor.role}) may not do ${action}.`);
}

const AUDIT_READS: ReadonlyMap<string, AuditReadRule> = new Map(
  [processAuditReads, tailingsAuditReads].flatMap((set) => Object.entries(set)),
);

/** The entity kinds whose audit rows someone other than the secretariat may read. */
export function auditReadableEntities(): string[] {
  return [...AUDIT_READS.keys()].sort();
}

/**
 * What `actor` may see of one audit row: the secretariat every row; anyone else only rows of entities
 * whose module declared an audit read rule, as that rule redacts them. `null`: the row stays hidden.
 * The writer's e-mail is an account detail: only readers of accounts (the secretariat) see it.
 *
 * @example readAuditRow(coChair, row) // focal point rows without e-mail and phone
 */
export function readAuditRow<T extends AuditRecord & { actorEmail: string | null }>(
  actor: Actor,
  row: T,
): T | null {
  if (actor.role === 'secretariat') return row;
  const rule = AUDIT_READS.get(row.entity);
  const seen: AuditSnapshots = rule ? rule(actor, row) : null;
  return seen ? { ...row, ...seen, actorEmail: null } : null;
}
