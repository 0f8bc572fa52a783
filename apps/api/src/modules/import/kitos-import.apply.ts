import type { PlanLine, Ref, UnitAction, UsageAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { kitosImportRepository as repo } from './kitos-import.repository';

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
  const units = new Map<string, string>();
  const people = new Map<string, string>();
  /** A recorded owner: found, or created once per address (or name) however many rows name them. */
  const personId = async (ref: UsageAction['fields']['ownerPerson']): Promise<string | undefined> => {
    if (!ref) return undefined;
    if ('id' in ref) return ref.id;
    const key = (ref.email ?? ref.name).toLowerCase();
    if (!people.has(key)) {
      const person = await repo.createPerson(tx, { organisationId, name: ref.name, email: ref.email });
      await audit('CREATE', 'Person', person.id, person);
      people.set(key, person.id);
    }
    return people.get(key)!;
  };
  const suppliers = new Map<string, string>();
  const usageOfRow = new Map<number, string>();

  const unitId = async (ref: UsageAction['unit']): Promise<string | null | undefined> => {
    if (ref === undefined || ref === null) return ref;
    if ('id' in ref) return ref.id;
    if (!units.has(ref.name)) {
      const unit = await repo.createUnit(tx, { organisationId, name: ref.name });
      await audit('CREATE', 'Unit', unit.id, unit);
      units.set(ref.name, unit.id);
    }
    return units.get(ref.name)!;
  };
  const supplierId = async (ref: { id: string } | { name: string }): Promise<string> => {
    if ('id' in ref) return ref.id;
    const key = ref.name.toLowerCase();
    if (!suppliers.has(key)) {
      // A supplier met in an import is the organisation's own until someone shares it.
      const supplier = await repo.createSupplier(tx, {
        name: ref.name,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
      });
      await audit('CREATE', 'Supplier', supplier.id, supplier);
      suppliers.set(key, supplier.id);
    }
    return suppliers.get(key)!;
  };

  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    let systemId: string;
    if ('create' in a.system) {
      // Registered as the organisation's local entry: an import publishes nothing to the shared catalogue.
      const system = await repo.createSystem(tx, {
        name: a.system.create.name,
        kitosUuid: a.system.create.kitosUuid,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
        supplierId: a.supplier ? await supplierId(a.supplier) : null,
      });
      await audit('CREATE', 'ItSystem', system.id, system);
      systemId = system.id;
    } else {
      systemId = a.system.id;
      if (a.systemUpdate) {
        const before = await repo.system(tx, systemId);
        const data: { kitosUuid?: string; supplierId?: string } = {};
        if (a.systemUpdate.kitosUuid) data.kitosUuid = a.systemUpdate.kitosUuid;
        if (a.systemUpdate.supplier) data.supplierId = await supplierId(a.systemUpdate.supplier);
        const after = await repo.updateSystem(tx, systemId, data);
        await audit('UPDATE', 'ItSystem', systemId, after, before);
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
      ownerPersonId: f.ownerUserId ? null : await personId(f.ownerPerson),
      custodianUserId: f.custodianUserId,
      responsibleUnitId: await unitId(a.unit),
      kitosAttributes: f.kitosAttributes,
    };
    let usageId = a.usageId;
    if (!usageId) {
      const usage = await repo.createUsage(tx, { ...data, organisationId, systemId });
      await audit('CREATE', 'SystemUsage', usage.id, usage);
      usageId = usage.id;
    } else if (line.changes.some((c) => USAGE_FIELDS.includes(c))) {
      const before = await repo.usage(tx, usageId);
      const after = await repo.updateUsage(tx, usageId, data);
      await audit('UPDATE', 'SystemUsage', usageId, after, before);
    }
    usageOfRow.set(line.row, usageId);
    for (const contractId of a.coverContractIds) {
      const { before, usageIds } = await repo.coverContract(tx, contractId, usageId);
      await audit('UPDATE', 'Contract', contractId, { usageIds }, before);
    }
  }

  // Integrations last: "Anvendte systemer" may name a usage created further down the file.
  const usageOf = (ref: Ref) => ('id' in ref ? ref.id : usageOfRow.get(ref.row));
  for (const line of lines) {
    const from = usageOfRow.get(line.row);
    if (!from || !line.action) continue;
    for (const ref of line.action.integrateWith) {
      const to = usageOf(ref);
      if (!to || to === from) continue;
      const integration = await repo.createIntegration(tx, {
        organisationId,
        fromUsageId: from,
        toUsageId: to,
      });
      await audit('CREATE', 'Integration', integration.id, integration);
    }
  }
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
