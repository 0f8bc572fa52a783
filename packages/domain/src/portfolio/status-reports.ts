import { daysBetween, toUtcDate, type IsoDate } from '../shared/dates';

/**
 * Status reports (fremdriftsrapporter): each rates time, cost, quality and scope red/amber/green.
 * A project whose latest report is too old counts as missing a report: stale green is not green.
 */

export type ProjectRag = 'GREEN' | 'AMBER' | 'RED';

export interface ProjectStatusReport {
  id: string;
  projectId: string;
  reportDate: IsoDate;
  time: ProjectRag;
  cost: ProjectRag;
  quality: ProjectRag;
  scope: ProjectRag;
}

export interface LatestStatus<R extends ProjectStatusReport = ProjectStatusReport> {
  report: R | null;
  /** Days from the report date to today; null without a report. */
  ageDays: number | null;
  /** True when there is no report or the latest is older than the allowed age. */
  missing: boolean;
}

/** Reports are expected monthly; 45 days leaves half a month's grace before a project is chased. */
export const DEFAULT_MAX_REPORT_AGE_DAYS = 45;

/**
 * The latest of one project's reports. A report exactly maxAgeDays old still counts. On equal
 * dates the later report in the list wins (callers pass reports in the order they were filed).
 */
export function latestStatus<R extends ProjectStatusReport>(
  reports: readonly R[],
  today: IsoDate,
  maxAgeDays: number = DEFAULT_MAX_REPORT_AGE_DAYS,
): LatestStatus<R> {
  toUtcDate(today);
  const report = reports.reduce<R | null>((latest, r) => {
    toUtcDate(r.reportDate);
    return latest === null || r.reportDate >= latest.reportDate ? r : latest;
  }, null);
  if (report === null) return { report: null, ageDays: null, missing: true };
  const ageDays = daysBetween(report.reportDate, today);
  return { report, ageDays, missing: ageDays > maxAgeDays };
}

/** latestStatus for each listed project; projects without any report come back missing. */
export function latestStatusByProject<R extends ProjectStatusReport>(
  projectIds: readonly string[],
  reports: readonly R[],
  today: IsoDate,
  maxAgeDays: number = DEFAULT_MAX_REPORT_AGE_DAYS,
): Map<string, LatestStatus<R>> {
  const byProject = new Map<string, R[]>(projectIds.map((id) => [id, []]));
  for (const r of reports) byProject.get(r.projectId)?.push(r);
  return new Map([...byProject].map(([projectId, own]) => [projectId, latestStatus(own, today, maxAgeDays)]));
}

const SEVERITY: Record<ProjectRag, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The worst of the four dimensions: one red dimension makes the project red. */
export function overallRag(
  report: Pick<ProjectStatusReport, 'time' | 'cost' | 'quality' | 'scope'>,
): ProjectRag {
  return [report.time, report.cost, report.quality, report.scope].reduce((worst, rag) =>
    SEVERITY[rag] > SEVERITY[worst] ? rag : worst,
  );
}
