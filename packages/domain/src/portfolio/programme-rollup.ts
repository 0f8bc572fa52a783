import { benefitDashboard, type BenefitDashboardOptions } from '../benefit/dashboard';
import type { Benefit } from '../benefit/benefit';
import type { IsoDate } from '../shared/dates';
import type { ProjectStatus } from './project-lifecycle';
import {
  DEFAULT_MAX_REPORT_AGE_DAYS,
  latestStatusByProject,
  overallRag,
  type ProjectRag,
  type ProjectStatusReport,
} from './status-reports';

/** A project as the programme roll-up sees it. */
export interface ProgrammeProject {
  id: string;
  status: ProjectStatus;
  /** The project's own budget, used until a status report states one. */
  budget: number;
}

/** A status report with the economy and risk fields the roll-up reads. */
export interface ProgrammeStatusReport extends ProjectStatusReport {
  /** Spent so far on the period end (cumulative, as the report form asks). */
  spent: number;
  /** The budget the report measures against. */
  budget: number;
  risks: string;
}

export interface ProgrammeStatusRollup {
  /** The worst overall RAG among the running projects' latest reports; null when none has reported. */
  worst: ProjectRag | null;
  /** Running (active or paused) projects: the ones expected to report. */
  running: number;
  green: number;
  amber: number;
  red: number;
  /** Running projects with no report or only one older than the allowed age (stale green is not green). */
  missing: number;
}

export interface ProgrammeSpendRollup {
  budget: number;
  spent: number;
  /** spent / budget · 100; null with no budget. */
  spentPercent: number | null;
  /** Projects whose latest report shows more spent than their budget. */
  overspentProjectIds: string[];
}

export interface ProgrammeRisk {
  projectId: string;
  reportDate: IsoDate;
  rag: ProjectRag;
  risks: string;
}

export interface ProgrammeBenefitRollup {
  benefitCount: number;
  /** Expected: the gain the benefits target, in kr. */
  targetKr: number;
  /** The gain planned by `asOf` from the benefit profiles, in kr. */
  plannedKr: number;
  realisedKr: number;
  /** realisedKr / targetKr · 100; null without a target. */
  realisationPercent: number | null;
  /** Realised against planned, as on the benefit dashboard. */
  rag: 'GREEN' | 'AMBER' | 'RED' | null;
  /** Qualitative benefits have no kr. amounts and are only counted. */
  qualitativeCount: number;
}

export interface ProgrammeRollup {
  projectCount: number;
  status: ProgrammeStatusRollup;
  spend: ProgrammeSpendRollup;
  risks: ProgrammeRisk[];
  benefits: ProgrammeBenefitRollup;
}

export interface ProgrammeRollupOptions extends BenefitDashboardOptions {
  maxReportAgeDays?: number;
}

const SEVERITY: Record<ProjectRag, number> = { GREEN: 0, AMBER: 1, RED: 2 };
const RUNNING: readonly ProjectStatus[] = ['ACTIVE', 'ON_HOLD'];
/** A rejected or merely proposed project has spent nothing the programme answers for. */
const SPENDING: readonly ProjectStatus[] = ['ACTIVE', 'ON_HOLD', 'CLOSED'];

/**
 * What a programme's projects add up to on `today`.
 * - Status: the running projects' latest reports; the programme is as red as its reddest project.
 *   A stale report still tells the last known health, but the project also counts as missing.
 * - Spend: approved projects (running or closed). Each one's budget is that of its latest report
 *   (a report states the budget after approved changes), else the project's own; spent is the
 *   latest report's.
 * - Risks: the running projects whose latest report names risks, reddest and newest first.
 * - Benefits: the projects' benefits summed as the benefit dashboard sums an organisation's.
 */
export function programmeRollup(
  projects: readonly ProgrammeProject[],
  reports: readonly ProgrammeStatusReport[],
  benefits: readonly Benefit[],
  today: IsoDate,
  { maxReportAgeDays = DEFAULT_MAX_REPORT_AGE_DAYS, ...benefitOptions }: ProgrammeRollupOptions = {},
): ProgrammeRollup {
  const latest = latestStatusByProject(
    projects.map((p) => p.id),
    reports,
    today,
    maxReportAgeDays,
  );
  const status: ProgrammeStatusRollup = { worst: null, running: 0, green: 0, amber: 0, red: 0, missing: 0 };
  const spend: ProgrammeSpendRollup = { budget: 0, spent: 0, spentPercent: null, overspentProjectIds: [] };
  const risks: ProgrammeRisk[] = [];

  for (const project of projects) {
    const { report, missing } = latest.get(project.id)!;
    if (RUNNING.includes(project.status)) {
      status.running++;
      if (missing) status.missing++;
      if (report) {
        const rag = overallRag(report);
        status[rag === 'GREEN' ? 'green' : rag === 'AMBER' ? 'amber' : 'red']++;
        if (status.worst === null || SEVERITY[rag] > SEVERITY[status.worst]) status.worst = rag;
        if (report.risks.trim()) {
          risks.push({
            projectId: project.id,
            reportDate: report.reportDate,
            rag,
            risks: report.risks.trim(),
          });
        }
      }
    }
    if (SPENDING.includes(project.status)) {
      const budget = report ? report.budget : project.budget;
      const spent = report ? report.spent : 0;
      spend.budget += budget;
      spend.spent += spent;
      if (spent > budget) spend.overspentProjectIds.push(project.id);
    }
  }
  spend.spentPercent = spend.budget === 0 ? null : (spend.spent * 100) / spend.budget;
  risks.sort(
    (a, b) =>
      SEVERITY[b.rag] - SEVERITY[a.rag] ||
      (a.reportDate < b.reportDate ? 1 : a.reportDate > b.reportDate ? -1 : 0),
  );

  const ids = new Set(projects.map((p) => p.id));
  const own = benefits.filter((b) => b.projectId !== null && ids.has(b.projectId));
  const [total] = benefitDashboard(own, today, 'ORGANISATION', benefitOptions);
  return {
    projectCount: projects.length,
    status,
    spend,
    risks,
    benefits: {
      benefitCount: total.benefitCount,
      targetKr: total.targetKr,
      plannedKr: total.plannedKr,
      realisedKr: total.realisedKr,
      realisationPercent: total.realisationPercent,
      rag: total.rag,
      qualitativeCount: total.qualitative.count,
    },
  };
}
