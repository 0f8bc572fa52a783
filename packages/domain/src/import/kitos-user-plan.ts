import type { ColumnMapping } from './kitos-columns';
import { readText } from './kitos-cells';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { EMAIL, firstRowOf, lower, rowReader } from './kitos-row';

export interface UserSnapshot {
  /** The organisation's members (people with an account here). */
  members: { userId: string; email: string; name: string }[];
  /** The organisation's recorded people without an account. */
  people: { id: string; email: string | null; name: string; phone: string | null }[];
}

/** A recorded person without an account: created, or an existing one's name and phone set. */
export interface UserAction {
  personId: string | null;
  name: string;
  email: string;
  phone: string | null;
}

/**
 * Plans KITOS's user import template (Id, Fornavn, Efternavn, Email, Telefon). A user whose e-mail
 * belongs to a member is that member: nothing changes, and the import grants no role (access is
 * given by an invitation, ADR 0027). Anyone else becomes — or updates — a recorded person without
 * an account, matched by e-mail, whom an administrator can invite later. Whether the address has
 * an account in another organisation is not looked at: that would tell one organisation about another.
 */
export function planUserImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: UserSnapshot,
): PlanLine<UserAction>[] {
  const members = new Set(snapshot.members.map((m) => lower(m.email)));
  const people = new Map(snapshot.people.filter((p) => p.email).map((p) => [lower(p.email!), p]));
  const seen = firstRowOf();
  const lines: PlanLine<UserAction>[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const first = r.read('firstName', readText) ?? '';
    const last = r.read('lastName', readText) ?? '';
    const email = r.read('email', readText) ?? '';
    const phone = r.read('phone', readText) || null;
    const name = [first, last].filter(Boolean).join(' ');
    if (!r.errors.length) {
      if (r.has('firstName') && !first)
        r.errors.push({ column: r.titleOf('firstName'), message: 'import.error.required' });
      if (r.has('lastName') && !last)
        r.errors.push({ column: r.titleOf('lastName'), message: 'import.error.required' });
      if (!email) r.errors.push({ column: r.titleOf('email'), message: 'import.error.required' });
      else if (!EMAIL.test(email))
        r.errors.push({
          column: r.titleOf('email'),
          message: 'import.error.email',
          params: { value: email },
        });
      else seen(r, lower(email), row, 'email', 'import.error.duplicateEmail');
    }
    const line: PlanLine<UserAction> = {
      row,
      name: name || email,
      status: 'ERROR',
      errors: r.errors,
      warnings: r.warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (r.errors.length) continue;
    if (members.has(lower(email))) {
      line.status = 'UNCHANGED';
      line.warnings.push({ column: r.titleOf('email'), message: 'import.warning.alreadyMember' });
      continue;
    }
    const person = people.get(lower(email));
    const action: UserAction = { personId: person?.id ?? null, name: name || email, email, phone };
    if (!person) {
      line.status = 'CREATE';
      line.action = action;
      continue;
    }
    if (action.name !== person.name) line.changes.push('name');
    if (r.has('phone') && phone !== person.phone) line.changes.push('phone');
    else action.phone = person.phone;
    line.status = line.changes.length ? 'UPDATE' : 'UNCHANGED';
    if (line.changes.length) line.action = action;
  }
  return lines;
}
