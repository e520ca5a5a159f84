import {
  type Actor,
  authorize,
  ConflictError,
  type FieldIssue,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import type { ProcessWork } from '../repository/repositories.ts';
import type { PublishedTotals } from '../repository/tables.ts';
import { processIdOf } from './process-id.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface CallView {
  id: string;
  processId: string;
  title: string;
  mandateRef: string | null;
  opensOn: string | null;
  deadline: string;
  openTo: ('states' | 'observers')[];
  publishedTotals: PublishedTotals;
  /** Submissions on record in Strata, by status and kind. */
  counts: { published: number; withdrawn: number; statesPublished: number; observersPublished: number };
  /** When the secretariat closed the call before its deadline; null otherwise. */
  closedAt: string | null;
  /** Whether submissions are accepted now: before the deadline and not closed early. */
  open: boolean;
}

/** The fields of a call the secretariat sets when it opens or edits it. */
export interface CallInput {
  title: string;
  mandateRef?: string | null;
  opensOn?: string | null;
  deadline: string;
  openTo?: ('states' | 'observers')[];
}

/** The columns of a call from its fields, or the ValidationError of what is wrong with them. */
function callFields(input: CallInput) {
  const deadline = new Date(input.deadline);
  const issues: FieldIssue[] = [];
  if (!input.title.trim()) issues.push({ path: 'title', message: 'required' });
  if (Number.isNaN(deadline.getTime()))
    issues.push({ path: 'deadline', message: 'an ISO date or timestamp' });
  if (input.opensOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.opensOn))
    issues.push({ path: 'opensOn', message: 'yyyy-mm-dd' });
  if (input.openTo && input.openTo.length === 0)
    issues.push({ path: 'openTo', message: 'states, observers or both' });
  if (issues.length) throw new ValidationError('The call is not valid.', issues);
  return {
    title: input.title.trim(),
    mandate_ref: input.mandateRef ?? null,
    opens_on: input.opensOn ?? null,
    deadline,
    open_to: input.openTo ?? ['states', 'observers'],
  };
}

/** Calls for written submissions: opening, editing and closing them, with counts of what was submitted. */
export class CallService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listCalls(processIdOrSlug: string): Promise<CallView[]> {
    const rows = await this.work.read.processes.listCalls(
      await processIdOf(this.work.read.processes, processIdOrSlug),
    );
    const counts = await this.work.read.processes.submissionCounts(rows.map((r) => r.id));
    const now = this.now().getTime();
    return rows.map((r) => {
      const mine = counts.filter((c) => c.call_id === r.id);
      const n = (status: string, kind?: string) =>
        mine
          .filter((c) => c.status === status && (!kind || c.submitter_kind === kind))
          .reduce((s, c) => s + Number(c.n), 0);
      return {
        id: r.id,
        processId: r.process_id,
        title: r.title,
        mandateRef: r.mandate_ref,
        opensOn: r.opens_on,
        deadline: iso(r.deadline) as string,
        openTo: r.open_to as CallView['openTo'],
        publishedTotals: r.published_totals,
        counts: {
          published: n('published'),
          withdrawn: n('withdrawn'),
          statesPublished: n('published', 'state'),
          observersPublished: n('published', 'observer'),
        },
        closedAt: iso(r.closed_at),
        open: r.closed_at === null && now <= new Date(r.deadline).getTime(),
      };
    });
  }

  async getCall(id: string): Promise<CallView> {
    const row = await this.work.read.processes.findCall(id);
    if (!row) throw new NotFoundError(`Call ${id}`);
    const found = (await this.listCalls(row.process_id)).find((c) => c.id === id);
    if (!found) throw new NotFoundError(`Call ${id}`);
    return found;
  }

  async createCall(
    actor: Actor | null,
    processIdOrSlug: string,
    input: CallInput & { publishedTotals?: PublishedTotals },
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.call.create');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const fields = callFields(input);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertCall({
        id: newId(),
        process_id: processId,
        ...fields,
        published_totals: input.publishedTotals ?? {},
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'process.call.create',
        entity: 'process_call',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row.id;
    });
  }

  /** Edits a call (secretariat): the fields given change, the others stay. A closed call stays closed. */
  async updateCall(actor: Actor | null, id: string, input: Partial<CallInput>): Promise<CallView> {
    authorize(actor, 'process.call.update');
    const before = await this.getCall(id);
    const fields = callFields({
      title: input.title ?? before.title,
      mandateRef: input.mandateRef === undefined ? before.mandateRef : input.mandateRef,
      opensOn: input.opensOn === undefined ? before.opensOn : input.opensOn,
      deadline: input.deadline ?? before.deadline,
      openTo: input.openTo ?? before.openTo,
    });
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.updateCall(id, fields);
      await tx.audit({
        actor,
        action: 'process.call.update',
        entity: 'process_call',
        entityId: id,
        before,
        after,
      });
    });
    return this.getCall(id);
  }

  /**
   * Closes a call now (secretariat), before its deadline: from then on no submission is accepted. It cannot
   * be reopened; submissions already received stay in the clearing queue.
   */
  async closeCall(actor: Actor | null, id: string): Promise<CallView> {
    authorize(actor, 'process.call.close');
    const before = await this.getCall(id);
    if (!before.open) throw new ConflictError('The call is closed already.');
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.closeCall(id, this.now());
      if (!after) throw new ConflictError('The call is closed already.');
      await tx.audit({
        actor,
        action: 'process.call.close',
        entity: 'process_call',
        entityId: id,
        before,
        after,
      });
    });
    return this.getCall(id);
  }
}
