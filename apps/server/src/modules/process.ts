import { type Actor, can } from '@strata/core';
import { type ProcessServices, processMigrations, processServicesOf, seedProcessHub } from '@strata/process';
import { processRoutes } from '../routes/process/index.ts';
import type { OpenWorkItem, ServerModule } from './types.ts';

/** The process module's routes, migrations and seed data. */
export const processModule: ServerModule = {
  name: 'process',
  migrations: processMigrations,
  routes: (ctx) => processRoutes(ctx),
  /**
   * Seeds the UNEA 5/12 process from the report (meetings, the call, clusters, published totals) and a
   * separate demonstration process whose proposals, positions and ballots are fictional and marked demo.
   * Idempotent: what exists is left alone.
   */
  async seed(ctx, progress) {
    await seedProcessHub(processServicesOf(ctx), progress);
  },
  openWork: (ctx, actor) => processOpenWork(processServicesOf(ctx), actor),
};

/**
 * A person's open process work: the calls they may answer (with how many submissions they have made to
 * each), the open rounds (a focal point's ballot to cast or already cast; the ballots so far for the
 * secretariat and co-chairs) and, for who clears submissions, the clearing queue.
 */
export async function processOpenWork(hub: ProcessServices, actor: Actor): Promise<OpenWorkItem[]> {
  const items: OpenWorkItem[] = [];
  const answers = (openTo: readonly string[]) =>
    actor.role === 'secretariat' ||
    (actor.role === 'focal_point' && openTo.includes('states')) ||
    (actor.role === 'observer_contact' && openTo.includes('observers'));
  const own = (s: { countryIso3: string | null; organisationId: string | null }) =>
    (actor.countryIso3 !== null && s.countryIso3 === actor.countryIso3) ||
    (actor.organisationId !== null && s.organisationId === actor.organisationId);
  for (const p of await hub.processes.listProcesses()) {
    const base = `/process/p/${p.slug}`;
    for (const call of await hub.calls.listCalls(p.id)) {
      if (!call.open || !answers(call.openTo)) continue;
      items.push({
        kind: 'process.call',
        count: 1,
        due: call.deadline,
        title: call.title,
        link: `${base}/mine`,
      });
      if (actor.role !== 'secretariat') {
        const mine = (await hub.submissions.listSubmissions(actor, call.id)).filter(own);
        items.push({
          kind: 'process.submissions',
          count: mine.length,
          due: null,
          title: call.title,
          link: `${base}/submissions`,
        });
      }
    }
    for (const round of await hub.rounds.listRounds(p.id)) {
      if (round.state !== 'open') continue;
      const at = { due: round.closesAt, title: round.title, link: `${base}/rounds` };
      if (actor.role === 'focal_point' && actor.countryIso3) {
        const ballot = await hub.rounds.ownBallot(actor, round.id, actor.countryIso3);
        items.push({ kind: ballot ? 'process.round.cast' : 'process.round.todo', count: 1, ...at });
      } else if (actor.role === 'secretariat' || actor.role === 'co_chair') {
        items.push({ kind: 'process.round.open', count: round.ballotsCast, ...at });
      }
    }
  }
  // The clearing queue spans every process: counted once, opened from the first process's administration.
  const first = (await hub.processes.listProcesses())[0];
  if (first && can(actor, 'process.submission.clear')) {
    const queue = await hub.submissions.clearingQueue(actor);
    items.push({
      kind: 'process.clearing',
      count: queue.length,
      due: null,
      title: null,
      link: `/process/p/${first.slug}/admin`,
    });
  }
  return items;
}
