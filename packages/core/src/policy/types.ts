/** Roles of signed-in accounts. Anonymous visitors have no actor and read published data only. */
export const ROLES = [
  'secretariat',
  'co_chair',
  'focal_point',
  'observer_contact',
  'operator',
  'reviewer',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in account with its role and what the role is bound to. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** A national focal point acts for one country (ISO alpha-3). */
  countryIso3: string | null;
  /** An observer organisation contact acts for one organisation. */
  organisationId: string | null;
  /** A facility operator acts for one company. */
  companyId: string | null;
}

/**
 * What an action is done to. Only the fields a rule needs are set: the country a focal point acts for,
 * the company owning a facility, the account that created a draft, a workflow status.
 */
export interface Resource {
  countryIso3?: string | null;
  organisationId?: string | null;
  companyId?: string | null;
  ownerUserId?: string | null;
  status?: string | null;
}

/** A rule decides whether an actor (never the secretariat, which may do everything) may act on a resource. */
export type Rule = (actor: Actor, resource: Resource) => boolean;

/** The rules of one module: action name → rule. Action names are `<module>.<entity>.<verb>`. */
export type RuleSet = Readonly<Record<string, Rule>>;
