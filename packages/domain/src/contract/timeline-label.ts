/**
 * The label of a contract on the timeline. Contract names are long and often start alike
 * ("Drift, vedligehold og licens: …"), so a name cut to the label column's width hides the part
 * that tells the contracts apart. The label is therefore the part that does: the systems the
 * contract covers, else its supplier (unless the timeline is grouped by supplier, where the group's
 * heading already names it), else the name. A part is used only when no other contract in the same
 * group has the same one; the full name is always shown on hover.
 */

export type TimelineLabelGrouping = 'supplier' | 'unit';

export interface TimelineLabelContract {
  id: string;
  name: string;
  supplierName: string | null;
  /** Names of the systems the contract covers, in the order to show them. */
  systemNames: readonly string[];
}

const same = (a: string, b: string) => a.localeCompare(b, 'da', { sensitivity: 'accent' }) === 0;

/** The label of each contract of one timeline group, by contract id. */
export function timelineLabels(
  group: readonly TimelineLabelContract[],
  groupedBy: TimelineLabelGrouping,
): Map<string, string> {
  const parts: ((c: TimelineLabelContract) => string)[] = [
    (c) => [...new Set(c.systemNames.map((n) => n.trim()).filter(Boolean))].join(', '),
    (c) => (groupedBy === 'supplier' ? '' : (c.supplierName?.trim() ?? '')),
  ];
  const distinct = (c: TimelineLabelContract, part: (c: TimelineLabelContract) => string) => {
    const value = part(c);
    return value !== '' && group.every((other) => other.id === c.id || !same(part(other), value));
  };
  const chosen = group.map((c) => {
    const part = parts.find((p) => distinct(c, p));
    return { id: c.id, name: c.name, label: part ? part(c) : c.name };
  });
  // A label that happens to equal another contract's (say its name) gives way to the name.
  return new Map(
    chosen.map((c) => [
      c.id,
      chosen.some((other) => other.id !== c.id && same(other.label, c.label)) ? c.name : c.label,
    ]),
  );
}
