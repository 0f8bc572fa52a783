import {
  assessMaturity,
  DEFAULT_MATURITY_STEPS,
  type MaturityAssessment,
  type MaturityMetricKey,
  maturityHistoryTrend,
  maturityMetrics,
  type MaturityStepDefinition,
  canAssessMaturity,
} from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { requireAllowed, requireOrganisation } from '../../shared/access';
import { type Tx, writeAudit } from '../../shared/audit';
import { invalid } from '../../shared/errors';
import type { Locale } from '../../shared/messages';
import { standardTextIn } from '../../shared/standard-text';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { maturityRepository as repo } from './maturity.repository';
import { MATURITY_ENGLISH } from './maturity-texts';
import type {
  MaturityAssessmentInput,
  MaturityCriterionStatus,
  MaturityNode,
  MaturityTrendDirection,
} from './maturity.type';

type Db = Context['prisma'] | Tx;

/** One stored answer per criterion, as the schema documents for MaturityAssessment.answers. */
interface StoredAnswer {
  criterionId: string;
  value: number;
  met: boolean;
  comment: string;
}

const inputSchema = z.object({
  answers: z
    .array(
      z.object({
        key: z.string().min(1).max(100),
        yes: z.boolean(),
        comment: z.string().max(2_000).default(''),
      }),
    )
    .max(100),
  note: z.string().max(5_000).default(''),
});

/**
 * The organisation's configured steps (criterion key = its row id), or the default four when
 * none are configured. A stored metric name the rules do not know is kept: assessMaturity treats
 * it as no data, so a typo shows as unmet rather than silently met.
 */
async function stepDefinitions(db: Db, organisationId: string) {
  const rows = await repo.steps(db, organisationId);
  if (!rows.length) return { steps: DEFAULT_MATURITY_STEPS, custom: false };
  const steps: MaturityStepDefinition[] = rows.map((s) => ({
    ordinal: s.ordinal,
    name: s.name,
    criteria: s.criteria.map((c) => ({
      key: c.id,
      name: c.name,
      metric: c.metric as MaturityMetricKey | null,
      threshold: c.threshold,
    })),
  }));
  return { steps, custom: true };
}

const selfKeys = (steps: readonly MaturityStepDefinition[]) =>
  steps.flatMap((s) => s.criteria.filter((c) => c.metric === null).map((c) => c.key));

async function compute(
  db: Db,
  organisationId: string,
  answers?: Map<string, { yes: boolean; comment: string }>,
) {
  const [facts, { steps, custom }, history] = await Promise.all([
    repo.facts(db, organisationId),
    stepDefinitions(db, organisationId),
    repo.history(db, organisationId),
  ]);
  // Without new answers, the latest recorded assessment's self-assessment stands.
  const stored = (history.at(-1)?.answers ?? []) as unknown as StoredAnswer[];
  const self =
    answers ??
    new Map(
      stored
        .filter((a) => selfKeys(steps).includes(a.criterionId))
        .map((a) => [a.criterionId, { yes: a.value === 1, comment: a.comment }]),
    );
  const metrics = maturityMetrics(facts);
  const assessment = assessMaturity(
    steps,
    metrics,
    Object.fromEntries([...self].map(([key, a]) => [key, a.yes])),
  );
  return { steps, custom, metrics, assessment, self, history };
}

/** The assessment as answered: standard step and criterion names in the viewer's language. */
function toNode(result: Awaited<ReturnType<typeof compute>>, locale: Locale): MaturityNode {
  const { steps, custom, metrics, assessment, self, history } = result;
  const metricOf = new Map(steps.flatMap((s) => s.criteria.map((c) => [c.key, c.metric] as const)));
  const named = (name: string) => standardTextIn(locale, MATURITY_ENGLISH, name);
  const criterion = (c: MaturityAssessment['missingForNext'][number]) => ({
    ...c,
    name: named(c.name),
    status: c.status as MaturityCriterionStatus,
    metric: metricOf.get(c.key) ?? null,
  });
  return {
    achievedStep: assessment.achievedStep,
    steps: assessment.steps.map((s) => ({
      ...s,
      name: named(s.name),
      achieved: s.ordinal <= assessment.achievedStep,
      criteria: s.criteria.map(criterion),
    })),
    missingForNext: assessment.missingForNext.map(criterion),
    metrics: Object.entries(metrics).map(([key, m]) => ({
      key,
      ...m,
      status: m.status as MaturityCriterionStatus,
    })),
    selfAssessment: selfKeys(steps).map((key) => ({
      key,
      yes: self.get(key)?.yes ?? false,
      comment: self.get(key)?.comment ?? '',
    })),
    history: maturityHistoryTrend(
      history.map((h) => ({ ...h, assessedAt: h.assessedAt.toISOString(), at: h.assessedAt })),
    ).map((h) => ({
      id: h.id,
      assessedAt: h.at,
      assessedById: h.assessedById,
      achievedStep: h.achievedStep,
      change: h.change,
      direction: h.direction as MaturityTrendDirection | null,
      note: h.note,
    })),
    customSteps: custom,
  };
}

export const maturityService = {
  async maturity(ctx: Context): Promise<MaturityNode> {
    const { organisationId } = requireOrganisation(ctx);
    return toNode(await compute(ctx.prisma, organisationId), ctx.locale);
  },

  /** Stores the assessment computed now from the data plus the given self-assessment answers. */
  async record(ctx: Context, input: MaturityAssessmentInput): Promise<MaturityNode> {
    const { organisationId, viewer } = requireAllowed(ctx, canAssessMaturity);
    const data = validate(inputSchema, input);
    return inTransaction(ctx, async (tx) => {
      const { steps } = await stepDefinitions(tx, organisationId);
      const allowed = selfKeys(steps);
      const unknown = data.answers.findIndex((a) => !allowed.includes(a.key));
      if (unknown !== -1) throw invalid([{ field: `answers.${unknown}.key`, message: 'field.invalid' }]);
      const answers = new Map(data.answers.map((a) => [a.key, { yes: a.yes, comment: a.comment }]));
      const { assessment } = await compute(tx, organisationId, answers);
      const stored: StoredAnswer[] = assessment.steps.flatMap((s) =>
        s.criteria.map((c) => ({
          criterionId: c.key,
          value: c.value,
          met: c.met,
          comment: answers.get(c.key)?.comment ?? '',
        })),
      );
      const row = await repo.createAssessment(tx, {
        organisationId,
        assessedById: viewer.id,
        achievedStep: assessment.achievedStep,
        answers: stored as unknown as object[],
        note: data.note,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'MaturityAssessment',
        entityId: row.id,
        after: row,
      });
      return toNode(await compute(tx, organisationId), ctx.locale);
    });
  },
};
