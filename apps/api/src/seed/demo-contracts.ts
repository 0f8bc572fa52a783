import type { Criticality, NoticeRule, PurchaseForm } from '@prisma/client';
import { checkInvoice, minDate } from '@overblik/domain';
import type { CatalogueIds, Landscape, UsageInfo } from './demo-landscape';
import type { MunicipalityIds, MunicipalityKey } from './demo-organisations';
import { addDays, addMonths, day, daysFromToday, monthEnd, monthEndFrom } from './seed-dates';
import type { SeedContext } from './seed-writer';

/**
 * Contracts for one demo municipality: one per system (or per supplier framework group), a few
 * add-on agreements under a parent, and a few service contracts without a system. Terms are drawn
 * at random around SEED_TODAY except where the demo needs a story (OVERRIDES): the ESDH, jobcenter
 * and care-system contracts of the two municipalities end within 18 months of each other (joint
 * tender), and Norddal's booking contract is the one contract that has expired while its system
 * is still in use.
 */

interface Plan {
  /** Last day of the current term including exercised options. */
  currentEnd?: string;
  options?: { months: number; exercised: boolean }[];
  terminatedOn?: string;
  purchaseForm?: PurchaseForm;
  /** Invoice deviation in the last quarter (0.18 = billed 18 % above the contracted price). */
  deviation?: number;
  retenderPlan?: string;
}

const ESDH_PLAN =
  'Fælles genudbud med samarbejdskommunen (se udbudsplanen). Behovsanalyse og kravspecifikation i 2027.';
// prettier-ignore
const OVERRIDES: Record<MunicipalityKey, Record<string, Plan>> = {
  norddal: {
    esdh: { currentEnd: '2027-09-30', options: [{ months: 24, exercised: true }], purchaseForm: 'EU_TENDER', retenderPlan: ESDH_PLAN },
    jobcenter: { currentEnd: '2027-12-31', options: [{ months: 12, exercised: true }], purchaseForm: 'EU_TENDER', retenderPlan: 'Genudbud forberedes; overvej fælles udbud med Søvang.' },
    omsorg: { currentEnd: '2028-04-30', options: [{ months: 12, exercised: false }], purchaseForm: 'EU_TENDER' },
    dagtilbud: { currentEnd: '2027-05-31', options: [], purchaseForm: 'MINI_TENDER', retenderPlan: 'Miniudbud på rammeaftale i foråret 2027.' },
    booking: { currentEnd: '2026-08-31', options: [], purchaseForm: 'DIRECT_AWARD' },
    pension: { currentEnd: '2024-06-30', options: [] },
    'sms-c': { currentEnd: '2027-06-30', options: [], purchaseForm: 'DIRECT_AWARD', retenderPlan: 'Genudbydes ikke: SMS samles i SMS-løsning A.' },
    'lis-c': { currentEnd: '2027-12-31', options: [], retenderPlan: 'Opsiges; ledelsesinformation samles i LIS A.' },
    'nkd-ramme': { currentEnd: '2028-06-30', options: [{ months: 12, exercised: true }, { months: 12, exercised: false }], purchaseForm: 'EU_TENDER' },
    'lis-a': { deviation: 0.18 },
  },
  sovang: {
    esdh: { currentEnd: '2028-03-31', options: [{ months: 12, exercised: false }], purchaseForm: 'EU_TENDER', retenderPlan: ESDH_PLAN },
    jobcenter: { currentEnd: '2028-06-30', options: [], purchaseForm: 'EU_TENDER' },
    omsorg: { currentEnd: '2027-10-31', options: [{ months: 12, exercised: false }], purchaseForm: 'EU_TENDER' },
    'nkd-ramme': { currentEnd: '2028-09-30', options: [{ months: 24, exercised: true }], purchaseForm: 'EU_TENDER' },
    'sms-c': { currentEnd: '2027-03-31', options: [] },
    kirkegaard: { currentEnd: '2026-12-31', options: [], terminatedOn: '2025-06-30' },
    'lis-a': { deviation: 0.12 },
  },
};

const GROUP_NAMES: Record<string, string> = {
  'nkd-ramme': 'Rammeaftale om ydelses- og opkrævningssystemer',
  'sky-ramme': 'Aftale om kontorplatform, intranet og telefoni',
  'geo-ramme': 'Aftale om GIS- og planløsninger',
  'skole-ramme': 'Aftale om skole- og læringsplatform',
};
/** IN_USE usages deliberately left without a contract (the coverage analysis should find them). */
const GAPS: Record<MunicipalityKey, string[]> = { norddal: ['tidsreg'], sovang: ['koe'] };

const CONTRACT_TYPES: Record<PurchaseForm, string> = {
  EU_TENDER: 'K02 Standardkontrakt for drift og vedligeholdelse',
  MINI_TENDER: 'Miniudbud på fælleskommunal rammeaftale',
  FRAMEWORK_CALL_OFF: 'Direkte tildeling på rammeaftale (SKI-lignende)',
  DIRECT_AWARD: 'Leverandørens standardvilkår',
  OTHER: 'Licens- og serviceaftale',
};
const UPTIME: Record<Criticality, number | null> = { CRITICAL: 99.9, HIGH: 99.7, MEDIUM: 99.5, LOW: null };
const NOTICE_RULES: NoticeRule[] = [
  'RUNNING',
  'END_OF_MONTH',
  'END_OF_QUARTER',
  'END_OF_QUARTER',
  'END_OF_YEAR',
];

export interface DemoContracts {
  /** The main contract covering each usage id. */
  byUsage: Map<string, string>;
  /** Contract id by group key (system key for single-system contracts). */
  byGroup: Map<string, string>;
}

interface ContractSpec {
  key: string;
  name: string;
  supplierKey: string | null;
  usages: UsageInfo[];
  yearly: number;
  criticality: Criticality;
  plan: Plan;
  parentId?: string;
  ongoing?: boolean;
  noNotice?: boolean;
}

export function buildContracts(ctx: SeedContext, m: MunicipalityIds, cat: CatalogueIds, land: Landscape) {
  const overrides = OVERRIDES[m.def.key];
  const scale = m.def.key === 'norddal' ? 1 : 0.85;
  const result: DemoContracts = { byUsage: new Map(), byGroup: new Map() };
  const groups = new Map<string, UsageInfo[]>();
  for (const u of land.usages.values()) {
    if (u.lifecycle === 'PLANNED' || GAPS[m.def.key].includes(u.key)) continue;
    const key = u.def.group ?? u.key;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  let seq = 0;
  const add = (spec: ContractSpec) => {
    const id = writeContract(ctx, m, cat, spec, ++seq, scale);
    result.byGroup.set(spec.key, id);
    for (const u of spec.usages) if (!result.byUsage.has(u.id)) result.byUsage.set(u.id, id);
    return id;
  };
  for (const [key, usages] of groups) {
    const first = usages[0].def;
    add({
      key,
      name: GROUP_NAMES[key] ?? `Drift, vedligehold og licens: ${first.name}`,
      supplierKey: first.supplier,
      usages,
      yearly: usages.reduce((sum, u) => sum + u.def.yearly, 0),
      criticality: first.criticality,
      plan: overrides[key] ?? {},
    });
  }
  // Add-on agreements: they live under a parent and can never outlast it.
  const addOns: [parent: string, name: string, usage: string, end: string][] =
    m.def.key === 'norddal'
      ? [
          ['nkd-ramme', 'Tillægsaftale: dataudtræk og ESR-udfasning', 'ejdskat', '2027-12-31'],
          ['omsorg', 'Tillægsaftale: mobil dokumentation i hjemmeplejen', 'omsorg', '2028-04-30'],
        ]
      : [['jobcenter', 'Tillægsaftale: moduler til virksomhedsservice', 'jobcenter', '2028-06-30']];
  for (const [parent, name, usageKey, end] of addOns) {
    const usage = land.usages.get(usageKey)!;
    add({
      key: `${parent}:tillaeg`,
      name,
      supplierKey: usage.def.supplier,
      usages: [usage],
      yearly: Math.round(usage.def.yearly * 0.12),
      criticality: 'MEDIUM',
      plan: { currentEnd: end, options: [], purchaseForm: 'OTHER' },
      parentId: result.byGroup.get(parent),
    });
  }
  // prettier-ignore
  const services: ContractSpec[] = [
    { key: 'hosting', name: 'Hosting- og driftsaftale (driftscenter)', supplierKey: 'sky', usages: [], yearly: 850_000, criticality: 'HIGH', plan: { purchaseForm: 'FRAMEWORK_CALL_OFF' } },
    { key: 'wan', name: 'Support- og netværksaftale (WAN)', supplierKey: 'sikker', usages: [], yearly: 420_000, criticality: 'HIGH', plan: {}, ongoing: true },
    { key: 'raadgivning', name: 'Konsulentaftale om udbudsrådgivning', supplierKey: 'indsigt', usages: [], yearly: 300_000, criticality: 'LOW', plan: { currentEnd: m.def.key === 'norddal' ? '2027-06-30' : '2027-08-31', options: [], purchaseForm: 'DIRECT_AWARD' }, noNotice: true },
  ];
  services.forEach(add);
  return result;
}

function writeContract(
  ctx: SeedContext,
  m: MunicipalityIds,
  cat: CatalogueIds,
  spec: ContractSpec,
  seq: number,
  scale: number,
): string {
  const { rng, rows } = ctx;
  const id = ctx.id();
  const plan = spec.plan;
  const currentEnd = plan.currentEnd ?? monthEnd(rng.int(3, 60));
  const options =
    plan.options ??
    Array.from({ length: rng.pick([0, 1, 1, 2]) }, (_, i) => ({
      months: rng.pick([12, 24]),
      exercised: i === 0 && rng.chance(0.35),
    }));
  const exercisedMonths = options.filter((o) => o.exercised).reduce((sum, o) => sum + o.months, 0);
  const endDate = monthEndFrom(currentEnd, -exercisedMonths);
  const duration = rng.pick([36, 48, 48, 60, 72]);
  const startDate = spec.ongoing ? '2019-01-01' : addDays(monthEndFrom(endDate, -duration), 1);
  const byDuration = !spec.ongoing && !plan.currentEnd && rng.chance(0.2);
  const purchaseForm: PurchaseForm =
    plan.purchaseForm ??
    (spec.yearly > 600_000 ? 'EU_TENDER' : rng.pick(['MINI_TENDER', 'FRAMEWORK_CALL_OFF', 'OTHER']));
  const indexation = rng.pick([0, 2, 2.5, 3]);
  const owner = spec.usages[0]?.ownerUserId ?? m.users.systemejer;
  rows.contract.push({
    id,
    organisationId: m.orgId,
    name: spec.name,
    reference: `${m.def.key === 'norddal' ? 'ND' : 'SV'}-${startDate.slice(0, 4)}-${String(seq).padStart(3, '0')}`,
    supplierId: spec.supplierKey ? cat.suppliers.get(spec.supplierKey)! : null,
    parentId: spec.parentId ?? null,
    contractType: CONTRACT_TYPES[purchaseForm],
    template: purchaseForm === 'EU_TENDER' ? 'Kommunens standardkontrakt v2 (K02-baseret)' : '',
    purchaseForm,
    criticality: spec.criticality,
    startDate: day(startDate),
    endDate: spec.ongoing || byDuration ? null : day(endDate),
    durationMonths: byDuration ? duration : null,
    ongoing: spec.ongoing ?? false,
    irrevocableUntil: rng.chance(0.5) ? day(monthEndFrom(startDate, 23)) : null,
    noticePeriodMonths: spec.noNotice ? null : spec.ongoing ? 6 : rng.pick([3, 6, 6, 9, 12]),
    noticeRule: spec.ongoing ? 'END_OF_QUARTER' : rng.pick(NOTICE_RULES),
    terminatedOn: plan.terminatedOn ? day(plan.terminatedOn) : null,
    retenderPlan: plan.retenderPlan ?? '',
    uptimePercent: UPTIME[spec.criticality],
    availability: spec.criticality === 'CRITICAL' ? 'Døgnet rundt (24/7)' : 'Hverdage kl. 07–17',
    changeHandling: 'Ændringsanmodninger efter bilag om ændringshåndtering; tilbud inden 10 arbejdsdage.',
    documentationDuties:
      'Leverandøren vedligeholder system- og snitfladedokumentation og leverer fuldt dataudtræk ved ophør.',
    ownerUserId: owner,
    managerUserId: m.users.kontrakt,
    invoiceRecipient: `EAN 5798000${m.def.code}${String(seq % 10)}0`,
    indexationPercent: indexation,
  });
  options.forEach((o, i) => {
    rows.contractOption.push({
      id: ctx.id(),
      contractId: id,
      ordinal: i + 1,
      months: o.months,
      exercisedOn: o.exercised
        ? day(minDate(addMonths(endDate, -6), daysFromToday(-rng.int(20, 200)))!)
        : null,
    });
  });
  const itUnit = m.units.it;
  if (rng.chance(0.7) && !spec.ongoing) {
    rows.contractEconomyLine.push({
      id: ctx.id(),
      contractId: id,
      unitId: itUnit,
      kind: 'ACQUISITION',
      amount: Math.round((spec.yearly * (0.5 + rng.next())) / 10_000) * 10_000,
      note: 'Implementering og konvertering',
    });
  }
  // The yearly price is split between the units that use the systems, as the budgets are.
  let yearlyTotal = 0;
  const lines = spec.usages.length
    ? spec.usages.map((u) => ({ unitId: u.unitId, base: u.def.yearly }))
    : [{ unitId: itUnit, base: spec.yearly }];
  for (const line of lines) {
    const amount = Math.round((line.base * scale * (0.9 + rng.next() * 0.2)) / 1000) * 1000;
    yearlyTotal += amount;
    rows.contractEconomyLine.push({
      id: ctx.id(),
      contractId: id,
      unitId: line.unitId,
      kind: 'YEARLY_OPERATION',
      amount,
      note: 'Årlig drift og licens',
    });
  }
  for (const u of spec.usages) rows.contractCoverage.push({ id: ctx.id(), contractId: id, usageId: u.id });

  const invoiced =
    plan.deviation !== undefined ||
    (currentEnd > '2026-10-01' && startDate < '2025-10-01' && rng.chance(0.3));
  if (invoiced) {
    const price = { yearlyPrice: yearlyTotal, priceBaseDate: startDate, indexationPercent: indexation };
    const quarters = [
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
    ];
    quarters.forEach(([periodStart, periodEnd], i) => {
      const expected = checkInvoice({ amount: 0, periodStart, periodEnd }, price, 10).expected;
      const deviating = plan.deviation !== undefined && i === quarters.length - 1;
      const factor = deviating ? 1 + plan.deviation! : 1 + (rng.next() - 0.5) * 0.02;
      rows.invoice.push({
        id: ctx.id(),
        organisationId: m.orgId,
        contractId: id,
        number: `F-2026-${seq}${i + 1}`,
        invoiceDate: day(addDays(periodStart, 14)),
        periodStart: day(periodStart),
        periodEnd: day(periodEnd),
        amount: Math.round(expected * factor * 100) / 100,
        note: deviating ? 'Leverandøren har faktureret ekstra dataudtræk, som ikke er aftalt.' : '',
      });
    });
  }
  return id;
}

/** The collaboration's joint re-tender of the ESDH system, with both municipalities' contracts. */
export function buildTenderPlan(
  ctx: SeedContext,
  collaborationId: string,
  participants: { orgId: string; contractId: string }[],
) {
  const id = ctx.id();
  ctx.rows.tenderPlan.push({
    id,
    collaborationId,
    name: 'Fælles genudbud af ESDH-system',
    status: 'PLANNED',
    windowStart: day('2027-03-01'),
    windowEnd: day('2028-03-31'),
  });
  for (const p of participants) {
    ctx.rows.tenderPlanParticipant.push({
      id: ctx.id(),
      tenderPlanId: id,
      organisationId: p.orgId,
      contractId: p.contractId,
    });
  }
}
