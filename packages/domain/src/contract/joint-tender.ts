import { addMonths, type IsoDate } from '../shared/dates';

export interface JointTenderContract {
  id: string;
  organisationId: string;
  catalogueSystemIds: string[];
  capabilities: string[];
  supplierId: string | null;
  /** Re-tender decision date; contracts without one cannot be planned and are left out. */
  decisionDate: IsoDate | null;
}

/** Listed in order of preference: a shared system is the strongest reason to tender together. */
export type JointTenderMatch = 'SYSTEM' | 'CAPABILITY' | 'SUPPLIER';

export interface JointTenderCandidate {
  /** matchedOn:value:windowStart — stable across runs for the same data. */
  key: string;
  matchedOn: JointTenderMatch;
  value: string;
  contractIds: string[];
  organisationIds: string[];
  /** Earliest and latest decision date in the group. */
  windowStart: IsoDate;
  windowEnd: IsoDate;
}

interface Entry {
  /** Position in the input: a short, unique handle for the set keys. */
  index: number;
  id: string;
  organisationId: string;
  decisionDate: IsoDate;
}

const MATCH_ORDER: JointTenderMatch[] = ['SYSTEM', 'CAPABILITY', 'SUPPLIER'];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function matchValues(contract: JointTenderContract, match: JointTenderMatch): string[] {
  if (match === 'SYSTEM') return contract.catalogueSystemIds;
  if (match === 'CAPABILITY') return contract.capabilities;
  return contract.supplierId === null ? [] : [contract.supplierId];
}

/**
 * Maximal groups in one bucket whose decision dates all lie within `windowMonths` of each other.
 * Sorted by date, the group starting at entry i runs to the last entry ≤ date_i + window; it is
 * maximal only when it reaches further than the group starting at i − 1 (otherwise it is a subset).
 * Two pointers make this linear after the sort.
 */
function sweep(entries: Entry[], limitOf: (date: IsoDate) => IsoDate): Entry[][] {
  // ISO dates and ids are ASCII: code-unit order is their order, and much cheaper than a collator.
  entries.sort((a, b) => compare(a.decisionDate, b.decisionDate) || compare(a.id, b.id));
  const groups: Entry[][] = [];
  let end = 0; // exclusive end of the current group
  let previousEnd = 0;
  for (let start = 0; start < entries.length; start++) {
    const limit = limitOf(entries[start].decisionDate);
    if (end < start + 1) end = start + 1;
    while (end < entries.length && entries[end].decisionDate <= limit) end++;
    if (end > previousEnd && end - start >= 2) groups.push(entries.slice(start, end));
    previousEnd = end;
  }
  return groups;
}

/**
 * Contracts in different organisations that share a catalogue system, a capability or a supplier
 * and whose decision dates lie within ±windowMonths of each other are candidates for a joint
 * tender. Contracts are bucketed per shared value, and each bucket is sorted and swept, so the cost
 * is O(n log n) in bucket entries, never pairwise over all contracts. The same contract set is
 * reported once, under the strongest match (SYSTEM > CAPABILITY > SUPPLIER, then by value).
 * With `participantId`, only the candidates that organisation takes part in are returned (the same
 * ones as filtering afterwards: whether a set includes it does not depend on how it matched).
 */
export function findJointTenderCandidates(
  contracts: JointTenderContract[],
  windowMonths = 18,
  participantId?: string,
): JointTenderCandidate[] {
  const seenSets = new Set<string>();
  const candidates: JointTenderCandidate[] = [];
  // Decision dates repeat across thousands of bucket entries (month ends); compute each limit once.
  const limits = new Map<IsoDate, IsoDate>();
  const limitOf = (date: IsoDate) => {
    let limit = limits.get(date);
    if (limit === undefined) limits.set(date, (limit = addMonths(date, windowMonths)));
    return limit;
  };
  const planned = contracts.flatMap((contract, index) =>
    contract.decisionDate === null
      ? []
      : [
          {
            contract,
            entry: {
              index,
              id: contract.id,
              organisationId: contract.organisationId,
              decisionDate: contract.decisionDate,
            },
          },
        ],
  );
  for (const matchedOn of MATCH_ORDER) {
    const buckets = new Map<string, Entry[]>();
    for (const { contract, entry } of planned) {
      for (const value of new Set(matchValues(contract, matchedOn))) {
        const bucket = buckets.get(value);
        if (bucket) bucket.push(entry);
        else buckets.set(value, [entry]);
      }
    }
    // Sorted by value so the same data always yields the same candidates in the same order.
    const sorted = [...buckets.entries()].sort(([a], [b]) => compare(a, b));
    for (const [value, entries] of sorted) {
      for (const group of sweep(entries, limitOf)) {
        const organisationIds = [...new Set(group.map((e) => e.organisationId))];
        if (organisationIds.length < 2) continue; // a joint tender needs at least two organisations
        if (participantId !== undefined && !organisationIds.includes(participantId)) continue;
        // Every bucket sorts by (decision date, id), so the same set always comes in the same order.
        const setKey = group.map((e) => e.index).join(',');
        if (seenSets.has(setKey)) continue;
        seenSets.add(setKey);
        const windowStart = group[0].decisionDate;
        candidates.push({
          key: `${matchedOn}:${value}:${windowStart}`,
          matchedOn,
          value,
          contractIds: group.map((e) => e.id).sort(),
          organisationIds: organisationIds.sort(),
          windowStart,
          windowEnd: group[group.length - 1].decisionDate,
        });
      }
    }
  }
  return candidates;
}
