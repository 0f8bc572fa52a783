import type { IsoDate } from '../shared/dates';
import type { Benefit } from './benefit';
import { realisationPercent } from './realisation';

export interface FollowUpProject {
  id: string;
  hasBusinessCase: boolean;
}

export interface FollowUpGaps {
  /** A business case promises benefits; without any registered, nobody can follow it up. */
  projectsWithoutBenefits: string[];
  benefitsWithoutOwner: string[];
  benefitsWithoutMeasurements: string[];
  /** Due date before `asOf` and not fully realised (an unknown realisation counts as not realised). */
  overdueBenefits: string[];
}

/** Ids of what the board should chase: the "business cases without follow-up" call-out. */
export function followUpGaps(
  benefits: readonly Benefit[],
  projects: readonly FollowUpProject[],
  asOf: IsoDate,
): FollowUpGaps {
  const projectsWithBenefits = new Set(benefits.map((b) => b.projectId));
  return {
    projectsWithoutBenefits: projects
      .filter((p) => p.hasBusinessCase && !projectsWithBenefits.has(p.id))
      .map((p) => p.id),
    benefitsWithoutOwner: benefits.filter((b) => b.responsibleUserId === null).map((b) => b.id),
    benefitsWithoutMeasurements: benefits.filter((b) => b.measurements.length === 0).map((b) => b.id),
    overdueBenefits: benefits
      .filter((b) => b.dueDate !== null && b.dueDate < asOf && (realisationPercent(b, asOf) ?? 0) < 100)
      .map((b) => b.id),
  };
}
