import type { Database } from './engine.ts';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The role a PostgreSQL URL signs in as (its user name). */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('The application database URL names no user.');
  return user;
}

/**
 * The grants of the application role on `schema`: read and write every table, use every sequence;
 * the audit log only read and appended, the migration record only read. Everything else (TRUNCATE,
 * REFERENCES, TRIGGER, and ALTER or DISABLE TRIGGER, which need ownership) is withheld.
 */
export function appRoleGrants(role: string, schema = 'public'): string {
  for (const name of [role, schema])
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain PostgreSQL identifier: ${name}`);
  const r = `"${role}"`;
  const s = `"${schema}"`;
  return `
do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${role}') then
    raise exception 'The application role ${role} does not exist: create it (create role ${role} login password ...).';
  end if;
  if exists (select 1 from pg_roles where rolname = '${role}' and (rolsuper or rolbypassrls)) then
    raise exception 'The application role ${role} is a superuser or bypasses row security: give it an ordinary role.';
  end if;
  if exists (select 1 from pg_tables where schemaname = '${schema}' and tableowner = '${role}') then
    raise exception 'The application role ${role} owns tables of ${schema}: run the migrations as another role.';
  end if;
end $$;
revoke all on all tables in schema ${s} from ${r};
revoke all on all sequences in schema ${s} from ${r};
grant usage on schema ${s} to ${r};
grant select, insert, update, delete on all tables in schema ${s} to ${r};
grant usage, select on all sequences in schema ${s} to ${r};
revoke update, delete on ${s}.audit_log from ${r};
revoke insert, update, delete on ${s}.strata_migration from ${r};
`;
}

/**
 * Gives the application role exactly the grants the server needs, after the migrations ran as the
 * tables' owner (PostgreSQL only). Run again after every migration: new tables get their grants.
 *
 * @example await grantAppRole(ownerDb, roleOfUrl(config.databaseUrl))
 */
export async function grantAppRole(db: Database, role: string, schema = 'public'): Promise<void> {
  if (db.engine !== 'postgres') throw new Error('Database roles exist only on PostgreSQL.');
  await db.execScript(appRoleGrants(role, schema));
}
