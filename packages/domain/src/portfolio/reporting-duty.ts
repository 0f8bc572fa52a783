import type { LatestStatus, ProjectStatusReport } from './status-reports';
import type { ProjectStatus } from './project-lifecycle';

/**
 * Which projects owe the board status reports (fremdriftsrapporter). Only a running project does:
 * approved (ACTIVE), past the model's first phase (an idea has nothing to report on yet) and not in
 * its last phase (a closed project has handed over). Proposed, rejected and closed projects never
 * report; a paused (ON_HOLD) project does not either, because the board's pause is its latest word
 * and chasing it for a report would only add noise until the board resumes it.
 *
 * `phaseKeys` is the organisation's project model in order (first = idea, last = closed). A phase
 * not in the model is treated as a middle phase, so only the status decides.
 */
export function mustReportStatus(
  project: { status: ProjectStatus; phase: string },
  phaseKeys: readonly string[],
): boolean {
  if (project.status !== 'ACTIVE') return false;
  const index = phaseKeys.indexOf(project.phase);
  if (index < 0) return true;
  return index > 0 && index < phaseKeys.length - 1;
}

/**
 * "Mangler rapport": the project must report and has no report, or only one older than allowed.
 * Every place that flags or chases a missing report asks this, never `latestStatus.missing` alone.
 */
export function missingStatusReport<R extends ProjectStatusReport>(
  project: { status: ProjectStatus; phase: string },
  phaseKeys: readonly string[],
  latest: LatestStatus<R>,
): boolean {
  return latest.missing && mustReportStatus(project, phaseKeys);
}
