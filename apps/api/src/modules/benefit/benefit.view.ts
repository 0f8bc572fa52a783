import {
  type Benefit,
  DEFAULT_FTE_KR,
  directionSign,
  type IsoDate,
  planVariance,
  plannedGainKr,
  realisationPercent,
  realisedGainKr,
  varianceRag,
  type VerificationResult,
} from '@overblik/domain';
import { isoDate, num } from '../../shared/scalars';
import type { BenefitRow } from './benefit.repository';
import type { BenefitNode, VarianceRag, VerificationReason } from './benefit.type';

/**
 * Adds the measurement a verified benefit counts as (docs/adr/0010-verified-benefits.md): the
 * verified yearly saving moved from the baseline in the benefit's direction, dated the day it was
 * realised (today when the event has no date). It comes after the recorded measurements, so on the
 * same day it wins, and a later recorded measurement still supersedes it. FTE benefits convert kr.
 * back to FTE; qualitative benefits and disbenefits have no kr. saving to count. A verified benefit
 * without a baseline is measured from 0, because the saving itself is the gain.
 */
export function applyVerification(
  benefit: Benefit,
  verification: VerificationResult | null | undefined,
  today: IsoDate,
): Benefit {
  if (!verification?.verified) return benefit;
  const perUnit =
    benefit.type === 'ECONOMIC_KR' ? 1 : benefit.type === 'ECONOMIC_FTE' ? DEFAULT_FTE_KR : null;
  if (perUnit === null) return benefit;
  const baseline = benefit.baseline ?? 0;
  const measurement = {
    measuredOn: verification.realisedOn ?? today,
    value: baseline + (directionSign(benefit.direction) * verification.amount) / perUnit,
  };
  return { ...benefit, baseline, measurements: [...benefit.measurements, measurement] };
}

/** Prisma row → the domain benefit the rules work on (verified saving included as a measurement). */
export function toDomainBenefit(
  row: BenefitRow,
  verification: VerificationResult | null,
  today: IsoDate,
): Benefit {
  const benefit: Benefit = {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    type: row.type,
    cashable: row.cashable,
    baseline: num(row.baseline),
    target: num(row.target),
    direction: row.direction,
    startDate: isoDate(row.startDate),
    dueDate: isoDate(row.dueDate),
    profile: row.profile.map((p) => ({ date: isoDate(p.date)!, plannedValue: num(p.plannedValue)! })),
    measurements: row.measurements.map((m) => ({ measuredOn: isoDate(m.measuredOn)!, value: num(m.value)! })),
    responsibleUserId: row.responsibleUserId,
    harvestingUnitId: row.harvestingUnitId,
    strategyIds: row.project?.strategies.map((s) => s.strategyId) ?? [],
  };
  return applyVerification(benefit, verification, today);
}

/** Prisma row → the API projection, with the rules' results on `today`. */
export function toBenefitNode(
  row: BenefitRow,
  verification: VerificationResult | null,
  today: IsoDate,
): BenefitNode {
  const benefit = toDomainBenefit(row, verification, today);
  return {
    id: row.id,
    organisationId: row.organisationId,
    projectId: row.projectId,
    project: row.project ? { id: row.project.id, name: row.project.name } : null,
    title: row.title,
    description: row.description,
    type: row.type,
    cashable: row.cashable,
    responsibleUserId: row.responsibleUserId,
    accountableUserId: row.accountableUserId,
    harvestingUnitId: row.harvestingUnitId,
    baseline: num(row.baseline),
    target: num(row.target),
    unitOfMeasure: row.unitOfMeasure,
    direction: row.direction,
    startDate: isoDate(row.startDate),
    dueDate: isoDate(row.dueDate),
    verificationKind: row.verification,
    verificationUsageId: row.verificationUsageId,
    verificationContractId: row.verificationContractId,
    verificationEdgeId: row.verificationEdgeId,
    strategyIds: benefit.strategyIds,
    profile: benefit.profile,
    measurements: row.measurements.map((m) => ({
      ...m,
      measuredOn: isoDate(m.measuredOn)!,
      value: num(m.value)!,
    })),
    verification: verification
      ? { ...verification, reason: verification.reason as VerificationReason }
      : null,
    realisationPercent: realisationPercent(benefit, today),
    planVariance: planVariance(benefit, today),
    varianceRag: varianceRag(benefit, today) as VarianceRag | null,
    plannedGainKr: plannedGainKr(benefit, today),
    realisedGainKr: realisedGainKr(benefit, today),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
