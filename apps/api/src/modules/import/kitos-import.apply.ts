import { randomUUID } from 'node:crypto';
import type { PlanLine, Ref, UnitAction, UsageAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, writeAudits, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import {
  kitosImportRepository as repo,
  type NewIntegration,
  type NewPerson,
  type NewSupplier,
  type NewSystem,
  type NewUnit,
  type NewUsage,
} from './kitos-import.repository';

/** The usage's own fields a plan can change; other changes (catalogue, coverage, integrations) leave its version. */
const USAGE_FIELDS = [
  'localName',
  'lifecycle',
  'inUseFrom',
  'inUseUntil',
  'owner',
  'custodian',
  'unit',
  'kitosAttributes',
];

/** Carries out a usage overview plan's actions, each change audited as the forms' own are. */
export async function applyUsageLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<UsageAction>[],
): Promise<void> {
  const audit = (
    action: 'CREATE' | 'UPDATE',
    entityType: string,
    entityId: string,
    after: unknown,
    before?: unknown,
  ) => writeAudit(tx, ctx, { organisationId, action, entityType, entityId, before, after });
  // New rows get their ids here and are inserted together after the loop, a statement per few
  // hundred rows and parents first: one insert per row made a 1,500-usage import take minutes.
  const newSuppliers: NewSupplier[] = [];
  const newUnits: NewUnit[] = [];
  const newPeople: NewPerson[] = [];
  const units = new Map<string, string>();
  const people = new Map<string, string>();
  const suppliers = new Map<string, string>();
  const usageOfRow = new Map<number, string>();
  /** Changes to existing rows, made once the new rows they may point at exist. */
  const updates: (() => Promise<void>)[] = [];
  /** A recorded owner: found, or created once per address (or name) however many rows name them. */
  const personId = (ref: UsageAction['fields']['ownerPerson']): string | undefined => {
    if (!ref) return undefined;
    if ('id' in ref) return ref.id;
    const key = (ref.email ?? ref.name).toLowerCase();
    if (!people.has(key)) {
      const id = randomUUID();
      newPeople.push({ id, organisationId, name: ref.name, email: ref.email });
      people.set(key, id);
    }
    return people.get(key)!;
  };
  const unitId = (ref: UsageAction['unit']): string | null | undefined => {
    if (ref === undefined || ref === null) return ref;
    if ('id' in ref) return ref.id;
    if (!units.has(ref.name)) {
      const id = randomUUID();
      newUnits.push({ id, organisationId, name: ref.name });
      units.set(ref.name, id);
    }
    return units.get(ref.name)!;
  };
  const supplierId = (ref: { id: string } | { name: string }): string => {
    if ('id' in ref) return ref.id;
    const key = ref.name.toLowerCase();
    if (!suppliers.has(key)) {
      // A supplier met in an import is the organisation's own until someone shares it.
      const id = randomUUID();
      newSuppliers.push({ id, name: ref.name, visibility: 'LOCAL', ownerOrganisationId: organisationId });
      suppliers.set(key, id);
    }
    return suppliers.get(key)!;
  };

  const newSystems: NewSystem[] = [];
  const newUsages: NewUsage[] = [];
  /** Contract → the usages it is to cover. */
  const coverage = new Map<string, string[]>();
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    let systemId: string;
    if ('create' in a.system) {
      // Registered as the organisation's local entry: an import publishes nothing to the shared catalogue.
      systemId = randomUUID();
      newSystems.push({
        id: systemId,
        name: a.system.create.name,
        kitosUuid: a.system.create.kitosUuid,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
        supplierId: a.supplier ? supplierId(a.supplier) : null,
      });
    } else {
      systemId = a.system.id;
      if (a.systemUpdate) {
        const id = systemId;
        const data: { kitosUuid?: string; supplierId?: string } = {};
        if (a.systemUpdate.kitosUuid) data.kitosUuid = a.systemUpdate.kitosUuid;
        if (a.systemUpdate.supplier) data.supplierId = supplierId(a.systemUpdate.supplier);
        updates.push(async () => {
          const before = await repo.system(tx, id);
          const after = await repo.updateSystem(tx, id, data);
          await audit('UPDATE', 'ItSystem', id, after, before);
        });
      }
    }
    const f = a.fields;
    const data = {
      localName: f.localName,
      lifecycle: f.lifecycle,
      inUseFrom: toDbDate(f.inUseFrom),
      inUseUntil: toDbDate(f.inUseUntil),
      ownerUserId: f.ownerUserId,
      // A member named as owner replaces a recorded one.
      ownerPersonId: f.ownerUserId ? null : personId(f.ownerPerson),
      custodianUserId: f.custodianUserId,
      responsibleUnitId: unitId(a.unit),
      kitosAttributes: f.kitosAttributes,
    };
    let usageId = a.usageId;
    if (!usageId) {
      usageId = randomUUID();
      newUsages.push({ ...data, id: usageId, organisationId, systemId });
    } else if (line.changes.some((c) => USAGE_FIELDS.includes(c))) {
      const id = usageId;
      updates.push(async () => {
        const before = await repo.usage(tx, id);
        const after = await repo.updateUsage(tx, id, data);
        await audit('UPDATE', 'SystemUsage', id, after, before);
      });
    }
    usageOfRow.set(line.row, usageId);
    for (const contractId of a.coverContractIds)
      coverage.set(contractId, [...(coverage.get(contractId) ?? []), usageId]);
  }
  const created = (entityType: string, rows: { id: string }[]) =>
    writeAudits(
      tx,
      ctx,
      rows.map((row) => ({ organisationId, action: 'CREATE', entityType, entityId: row.id, after: row })),
    );
  await created('Supplier', await repo.createSuppliers(tx, newSuppliers));
  await created('Unit', await repo.createUnits(tx, newUnits));
  await created('Person', await repo.createPeople(tx, newPeople));
  await created('ItSystem', await repo.createSystems(tx, newSystems));
  await created('SystemUsage', await repo.createUsages(tx, newUsages));
  for (const update of updates) await update();
  for (const [contractId, usageIds] of coverage) {
    const after = await repo.coverContract(tx, contractId, usageIds);
    await audit('UPDATE', 'Contract', contractId, { usageIds: after.usageIds }, after.before);
  }

  // Integrations last: "Anvendte systemer" may name a usage created further down the file.
  const usageOf = (ref: Ref) => ('id' in ref ? ref.id : usageOfRow.get(ref.row));
  const integrations: NewIntegration[] = [];
  for (const line of lines) {
    const from = usageOfRow.get(line.row);
    if (!from || !line.action) continue;
    for (const ref of line.action.integrateWith) {
      const to = usageOf(ref);
      if (!to || to === from) continue;
      integrations.push({ organisationId, fromUsageId: from, toUsageId: to });
    }
  }
  await created('Integration', await repo.createIntegrations(tx, integrations));
}

/** Carries out a unit template plan: lines come parents first, so a new parent exists before its children. */
export async function applyUnitLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<UnitAction>[],
): Promise<void> {
  const idOfRow = new Map<number, string>();
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const parentId = a.parent ? ('id' in a.parent ? a.parent.id : (idOfRow.get(a.parent.row) ?? null)) : null;
    if (a.unitId) {
      const before = await repo.unit(tx, a.unitId);
      const after = await repo.updateUnit(tx, a.unitId, { parentId, code: a.code });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Unit',
        entityId: a.unitId,
        before,
        after,
      });
      idOfRow.set(line.row, a.unitId);
    } else {
      const unit = await repo.createUnit(tx, { organisationId, name: a.name, parentId, code: a.code });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Unit',
        entityId: unit.id,
        after: unit,
      });
      idOfRow.set(line.row, unit.id);
    }
  }
}
