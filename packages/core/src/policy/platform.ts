import type { RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;

/** Platform administration: accounts, organisations, companies. Only the secretariat. */
export const platformRules: RuleSet = {
  'platform.user.create': nobodyButSecretariat,
  'platform.user.update': nobodyButSecretariat,
  'platform.user.reset': nobodyButSecretariat,
  'platform.organisation.create': nobodyButSecretariat,
  'platform.organisation.update': nobodyButSecretariat,
  'platform.company.create': nobodyButSecretariat,
  'platform.company.update': nobodyButSecretariat,
  'platform.audit.read': (actor) => actor.role === 'co_chair',
};
