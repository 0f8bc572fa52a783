import { overallRag } from '@overblik/domain';
import { isoDate, num } from '../../shared/scalars';
import type { StatusReportRow } from './project.repository';

/** Prisma row → API projection, with the overall RAG (the worst dimension). */
export function toStatusReportNode(r: StatusReportRow) {
  return {
    ...r,
    periodEnd: isoDate(r.periodEnd)!,
    spent: num(r.spent) ?? 0,
    budget: num(r.budget) ?? 0,
    overall: overallRag({ time: r.ragTime, cost: r.ragCost, quality: r.ragQuality, scope: r.ragScope }),
  };
}
