/** How proposals derive from one another when the co-chairs merge or split them. */
export interface LineageEdge {
  parentId: string;
  childId: string;
  kind: 'merge' | 'split';
}

/** Ancestors and descendants of one proposal, nearest first. */
export interface Lineage {
  ancestors: string[];
  descendants: string[];
}

function walk(start: string, next: Map<string, string[]>): string[] {
  const seen = new Set<string>([start]);
  const out: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier)
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        out.push(n);
        following.push(n);
      }
    frontier = following;
  }
  return out;
}

/** The ancestors (what it came from) and descendants (what it became) of a proposal. */
export function lineageOf(id: string, edges: readonly LineageEdge[]): Lineage {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const e of edges) {
    up.set(e.childId, [...(up.get(e.childId) ?? []), e.parentId]);
    down.set(e.parentId, [...(down.get(e.parentId) ?? []), e.childId]);
  }
  return { ancestors: walk(id, up), descendants: walk(id, down) };
}

/** The edges that merging `parents` into `childId` adds; refuses fewer than two distinct parents. */
export function mergeEdges(parents: readonly string[], childId: string): LineageEdge[] {
  const distinct = [...new Set(parents)];
  if (distinct.length < 2) throw new Error('A merge needs at least two different proposals.');
  if (distinct.includes(childId)) throw new Error('A proposal cannot be merged into itself.');
  return distinct.map((parentId) => ({ parentId, childId, kind: 'merge' }));
}

/** The edges that splitting `parentId` into `children` adds; refuses fewer than two children. */
export function splitEdges(parentId: string, children: readonly string[]): LineageEdge[] {
  const distinct = [...new Set(children)];
  if (distinct.length < 2) throw new Error('A split needs at least two resulting proposals.');
  if (distinct.includes(parentId)) throw new Error('A proposal cannot be split into itself.');
  return distinct.map((childId) => ({ parentId, childId, kind: 'split' }));
}
