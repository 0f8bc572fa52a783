import type { BenefitDirection, BenefitType, VerificationKind } from '@prisma/client';
import { DEFAULT_MATURITY_STEPS } from '@overblik/domain';
import type { DemoContracts } from './demo-contracts';
import type { Landscape } from './demo-landscape';
import type { MunicipalityIds } from './demo-organisations';
import type { BuiltProject } from './demo-projects';
import { addMonths, at, day, daysFromToday, SEED_TODAY } from './seed-dates';
import type { SeedContext } from './seed-writer';

/**
 * Benefits (gevinster) of the projects that have passed the board, with planned profiles and
 * measurements. The gaps the executive dashboard must call out are deliberate: some benefits have
 * no responsible person, some are never measured, and one project promises a disbenefit. Three
 * benefits verify themselves from events Overblik already records (a retired usage, an ended
 * contract, a replaced copy-register purchase).
 */

interface BenefitSpec {
  title: string;
  type: BenefitType;
  cashable: boolean;
  baseline: number;
  target: number;
  unit: string;
  direction: BenefitDirection;
  verification?: { kind: VerificationKind; usageId?: string; contractId?: string; edgeId?: string };
}

function specsFor(
  p: BuiltProject,
  m: MunicipalityIds,
  land: Landscape,
  contracts: DemoContracts,
): BenefitSpec[] {
  const saving = Math.round((p.budget * 0.3) / 10_000) * 10_000;
  const specs: BenefitSpec[] = [
    {
      title: 'Reducerede drifts- og licensudgifter',
      type: 'ECONOMIC_KR',
      cashable: true,
      baseline: 0,
      target: saving,
      unit: 'kr. pr. år',
      direction: 'INCREASE',
    },
    {
      title: 'Frigjort tid i sagsbehandlingen',
      type: 'ECONOMIC_FTE',
      cashable: false,
      baseline: 0,
      target: Math.max(0.5, Math.round(p.budget / 800_000) / 2),
      unit: 'årsværk',
      direction: 'INCREASE',
    },
    p.template.strategies.includes('borger')
      ? {
          title: 'Højere borgertilfredshed',
          type: 'QUALITATIVE',
          cashable: false,
          baseline: 3.2,
          target: 4.2,
          unit: 'score (1–5)',
          direction: 'INCREASE',
        }
      : {
          title: 'Færre manuelle genindtastninger',
          type: 'ECONOMIC_KR',
          cashable: false,
          baseline: 400_000,
          target: 150_000,
          unit: 'kr. pr. år',
          direction: 'DECREASE',
        },
  ];
  const key = p.template.key;
  const sms = land.usages.get('sms-c');
  if (key === 'sms' && sms?.lifecycle === 'PHASING_OUT' && m.def.key === 'norddal') {
    specs[0] = {
      ...specs[0],
      title: 'Sparet licens ved udfasning af SMS-løsning C',
      target: 48_000,
      verification: { kind: 'USAGE_RETIRED', usageId: sms.id },
    };
  }
  if (key === 'lis' && contracts.byGroup.has('lis-c') && m.def.key === 'norddal') {
    specs[0] = {
      ...specs[0],
      title: 'Opsagt kontrakt på Ledelsesinformation C',
      target: 190_000,
      verification: { kind: 'CONTRACT_ENDED', contractId: contracts.byGroup.get('lis-c') },
    };
  }
  if (key === 'kopiregister' && land.copyEdges.length) {
    const edge = land.copyEdges[0];
    specs[0] = {
      ...specs[0],
      title: 'Sparede udgifter til kopiregistre',
      target: 250_000,
      verification: { kind: 'COPY_REGISTER_REPLACED', edgeId: edge.id },
    };
  }
  if (key === 'mobildok' || key === 'omsorg') {
    specs.push({
      title: 'Midlertidigt produktivitetstab under oplæring',
      type: 'DISBENEFIT',
      cashable: false,
      baseline: 0,
      target: 180_000,
      unit: 'kr.',
      direction: 'INCREASE',
    });
  }
  return specs;
}

export function buildBenefits(
  ctx: SeedContext,
  m: MunicipalityIds,
  land: Landscape,
  contracts: DemoContracts,
  projects: BuiltProject[],
) {
  const { rows, rng } = ctx;
  let n = 0;
  for (const p of projects) {
    if (!p.executionStart) continue; // only projects the board approved have a benefit plan
    const realising = p.phase === 'benefit_realisation' || p.phase === 'closed';
    const benefits: { id: string; label: string }[] = [];
    for (const spec of specsFor(p, m, land, contracts)) {
      n++;
      const id = ctx.id();
      benefits.push({ id, label: spec.title });
      // Realisation starts after delivery: long ago for realising projects, so they have a history.
      const start = realising
        ? daysFromToday(-rng.int(300, 720))
        : p.phase === 'implementation'
          ? daysFromToday(-rng.int(100, 220))
          : addMonths(p.executionStart, rng.int(6, 12));
      const due = addMonths(start, rng.int(12, 24));
      const v = spec.verification;
      rows.benefit.push({
        id,
        organisationId: m.orgId,
        projectId: p.id,
        title: spec.title,
        description: `${spec.title} som følge af projektet "${p.template.name}".`,
        type: spec.type,
        cashable: spec.cashable,
        // Every 7th benefit has nobody responsible: the dashboard's "business case without follow-up".
        responsibleUserId: n % 7 === 3 ? null : (p.leadUserId ?? p.ownerUserId),
        accountableUserId: n % 7 === 3 ? null : p.ownerUserId,
        harvestingUnitId: n % 9 === 5 ? null : p.unitId,
        baseline: spec.baseline,
        target: spec.target,
        unitOfMeasure: spec.unit,
        direction: spec.direction,
        startDate: day(start),
        dueDate: day(due),
        verification: v?.kind ?? 'NONE',
        verificationUsageId: v?.usageId ?? null,
        verificationContractId: v?.contractId ?? null,
        verificationEdgeId: v?.edgeId ?? null,
      });
      // Planned profile: a straight ramp from baseline to target, one point per quarter.
      const points = 5;
      for (let i = 1; i <= points; i++) {
        const date = addMonths(start, Math.round((monthsBetween(start, due) * i) / points));
        rows.benefitProfilePoint.push({
          id: ctx.id(),
          benefitId: id,
          date: day(date),
          plannedValue: round2(spec.baseline + ((spec.target - spec.baseline) * i) / points),
        });
      }
      // Measured from the start date until today; verified benefits and some others are not measured.
      const measured = !v && (realising ? n % 5 !== 1 : p.phase === 'implementation' && n % 3 === 0);
      if (!measured) continue;
      for (let date = addMonths(start, 3), i = 1; date <= SEED_TODAY; date = addMonths(date, 3), i++) {
        const planned =
          spec.baseline + (spec.target - spec.baseline) * Math.min(1, (i * 3) / monthsBetween(start, due));
        rows.benefitMeasurement.push({
          id: ctx.id(),
          benefitId: id,
          measuredOn: day(date),
          value: round2(spec.baseline + (planned - spec.baseline) * (0.55 + rng.next() * 0.55)),
          comment: i === 1 ? 'Første måling efter ibrugtagning.' : '',
          recordedById: p.leadUserId ?? m.users.koordinator,
          createdAt: at(date),
        });
      }
    }
    if (['sms', 'lis', 'kopiregister', 'mobildok'].includes(p.template.key))
      buildBenefitMap(ctx, p, benefits);
  }
}

/** Deliverable → goal → benefits → purpose, as the project model's benefit map (gevinstdiagram). */
function buildBenefitMap(ctx: SeedContext, p: BuiltProject, benefits: { id: string; label: string }[]) {
  const node = (
    kind: 'DELIVERABLE' | 'GOAL' | 'BENEFIT' | 'PURPOSE',
    label: string,
    targetId: string | null,
    benefitId: string | null = null,
  ) => {
    const id = ctx.id();
    ctx.rows.benefitMapNode.push({ id, projectId: p.id, kind, label, targetId, benefitId });
    return id;
  };
  const purpose = node('PURPOSE', 'En kommune, der ejer sine data og sit systemlandskab', null);
  const benefitIds = benefits.map((b) => node('BENEFIT', b.label, purpose, b.id));
  const goal = node('GOAL', `Målet med "${p.template.name}" er nået`, benefitIds[0]);
  node('DELIVERABLE', 'Ny løsning i drift', goal);
  node('DELIVERABLE', 'Gamle løsninger og aftaler udfaset', goal);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/** The four-step maturity model (the domain's defaults) and two assessments a year apart. */
export function buildMaturity(ctx: SeedContext, orgId: string, assessorId: string) {
  const { rows } = ctx;
  const criteria: { id: string; step: number; metric: string | null; threshold: number }[] = [];
  const descriptions = [
    'Kommunen kender sine systemer, data og kontrakter.',
    'Evne til koordinering: fælles projektmodel og porteføljestyring.',
    'Business cases bruges som styringsredskab, og gevinster følges op centralt.',
    'Transformeret organisering: gevinster og strategi styrer prioriteringen.',
  ];
  for (const step of DEFAULT_MATURITY_STEPS) {
    const stepId = ctx.id();
    rows.maturityStep.push({
      id: stepId,
      organisationId: orgId,
      ordinal: step.ordinal,
      name: step.name,
      description: descriptions[step.ordinal - 1],
    });
    for (const c of step.criteria) {
      const id = ctx.id();
      rows.maturityCriterion.push({ id, stepId, name: c.name, metric: c.metric, threshold: c.threshold });
      criteria.push({ id, step: step.ordinal, metric: c.metric, threshold: c.threshold });
    }
  }
  const assessment = (date: string, achieved: number, note: string) => {
    rows.maturityAssessment.push({
      id: ctx.id(),
      organisationId: orgId,
      assessedById: assessorId,
      assessedAt: at(date),
      achievedStep: achieved,
      note,
      answers: criteria.map((c) => {
        const met = c.step <= achieved;
        const value =
          c.metric === null
            ? met
              ? 1
              : 0
            : met
              ? Math.min(1, c.threshold + 0.05)
              : Math.max(0, c.threshold - 0.25);
        return { criterionId: c.id, value, met, comment: met ? '' : 'Ikke opfyldt endnu.' };
      }),
    });
  };
  assessment(
    '2025-10-15',
    1,
    'Systemlandskab og kontrakter er kortlagt; projektmodellen er endnu ikke vedtaget.',
  );
  assessment(
    '2026-10-01',
    2,
    'Projektmodel og porteføljestyring er i drift. Næste skridt: opfølgning på gevinster.',
  );
}
