import type { MaturityCriterionDefinition, MaturityStepDefinition } from './maturity-steps';
import type { MaturityMetrics } from './metrics';

export interface MaturityCriterionResult {
  key: string;
  name: string;
  /** MEASURED / NO_DATA for metric criteria, SELF_ASSESSED for the rest. */
  status: 'MEASURED' | 'NO_DATA' | 'SELF_ASSESSED';
  value: number;
  threshold: number;
  met: boolean;
  /** How far off the threshold: threshold − value, 0 when met. */
  gap: number;
}

export interface MaturityStepResult {
  ordinal: number;
  name: string;
  met: boolean;
  criteria: MaturityCriterionResult[];
}

export interface MaturityAssessment {
  steps: MaturityStepResult[];
  /** Highest step n with steps 1..n all met; 0 when the first is not met. */
  achievedStep: number;
  /** Unmet criteria of the step after achievedStep; empty when the last step is achieved. */
  missingForNext: MaturityCriterionResult[];
}

/**
 * Assesses the organisation against the steps. The steps are successive: the document says one
 * cannot jump from coordinating to being transformed, so a later step met while an earlier one is
 * not does not raise achievedStep; it still shows as met in `steps` so progress is visible.
 * A step with no criteria is met (nothing is asked of it).
 */
export function assessMaturity(
  steps: readonly MaturityStepDefinition[],
  metrics: Partial<MaturityMetrics>,
  selfAssessment: Record<string, boolean>,
): MaturityAssessment {
  const results = [...steps]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((step) => {
      const criteria = step.criteria.map((c) => assessCriterion(c, metrics, selfAssessment));
      return { ordinal: step.ordinal, name: step.name, met: criteria.every((c) => c.met), criteria };
    });
  const firstUnmet = results.findIndex((s) => !s.met);
  const achievedCount = firstUnmet === -1 ? results.length : firstUnmet;
  return {
    steps: results,
    achievedStep: achievedCount === 0 ? 0 : results[achievedCount - 1].ordinal,
    missingForNext: firstUnmet === -1 ? [] : results[firstUnmet].criteria.filter((c) => !c.met),
  };
}

// Float noise (0.1 + 0.7 = 0.7999999999999999) must not fail a criterion sitting on its threshold.
const EPSILON = 1e-9;

/**
 * A metric with no data never meets a criterion, whatever the threshold: the organisation cannot
 * show it. A metric the caller did not compute counts as no data. An unanswered self-assessment is
 * "no" until someone answers it.
 */
function assessCriterion(
  criterion: MaturityCriterionDefinition,
  metrics: Partial<MaturityMetrics>,
  selfAssessment: Record<string, boolean>,
): MaturityCriterionResult {
  const { key, name, threshold } = criterion;
  if (criterion.metric === null) {
    const value = selfAssessment[key] === true ? 1 : 0;
    return result(key, name, 'SELF_ASSESSED', value, threshold, value >= threshold - EPSILON);
  }
  const metric = metrics[criterion.metric];
  if (!metric || metric.status === 'NO_DATA') return result(key, name, 'NO_DATA', 0, threshold, false);
  return result(key, name, 'MEASURED', metric.value, threshold, metric.value >= threshold - EPSILON);
}

const result = (
  key: string,
  name: string,
  status: MaturityCriterionResult['status'],
  value: number,
  threshold: number,
  met: boolean,
): MaturityCriterionResult => ({
  key,
  name,
  status,
  value,
  threshold,
  met,
  gap: met ? 0 : threshold - value,
});
