/**
 * Prioritisation model: criteria with weights and scales. The board ranks projects by hand; the
 * weighted score is shown beside that manual rank so divergence is visible, never imposed.
 */

export type ScoreDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface ScoringCriterion {
  id: string;
  name: string;
  /** Relative weight; only the ratio between criteria matters, so weights need not sum to 100. */
  weight: number;
  scaleMin: number;
  scaleMax: number;
  /** LOWER_IS_BETTER for criteria such as complexity or risk, where a low value should rank high. */
  direction: ScoreDirection;
  /** A mandatory criterion (e.g. a legal requirement) lifts a project above all others when maxed. */
  mandatory: boolean;
}

/** A project's raw values per criterion id, on each criterion's own scale. */
export type CriterionScores = Readonly<Record<string, number>>;

export interface WeightedScore {
  /** 0–100: weighted average of each value normalised to 0..1 on its scale (after direction). */
  score: number;
  /** True when the project hits the best end of the scale on any mandatory criterion. */
  mandatory: boolean;
  /** Criterion ids without a value; they count as 0 so an incomplete assessment never ranks higher. */
  missing: string[];
}

function assertCriterion(c: ScoringCriterion): void {
  if (!(c.scaleMax > c.scaleMin)) {
    throw new RangeError(`Criterion "${c.name}" has an empty scale: ${c.scaleMin}..${c.scaleMax}`);
  }
  if (!Number.isFinite(c.weight) || c.weight < 0) {
    throw new RangeError(`Criterion "${c.name}" has an invalid weight: ${c.weight}`);
  }
}

/** The value on 0..1 where 1 is always "best", so LOWER_IS_BETTER criteria are flipped here once. */
function normalise(c: ScoringCriterion, value: number): number {
  if (!Number.isFinite(value) || value < c.scaleMin || value > c.scaleMax) {
    throw new RangeError(
      `Score ${value} for criterion "${c.name}" is outside its scale ${c.scaleMin}..${c.scaleMax}`,
    );
  }
  const fraction = (value - c.scaleMin) / (c.scaleMax - c.scaleMin);
  return c.direction === 'LOWER_IS_BETTER' ? 1 - fraction : fraction;
}

/**
 * Weighted, normalised score of one project. Values for criteria that no longer exist are ignored
 * (a criterion may be retired after projects were scored). With a total weight of 0 the score is 0.
 */
export function weightedScore(criteria: readonly ScoringCriterion[], scores: CriterionScores): WeightedScore {
  let weighted = 0;
  let totalWeight = 0;
  let mandatory = false;
  const missing: string[] = [];
  for (const c of criteria) {
    assertCriterion(c);
    totalWeight += c.weight;
    const value = scores[c.id];
    if (value === undefined || value === null) {
      missing.push(c.id);
      continue;
    }
    const normalised = normalise(c, value);
    weighted += c.weight * normalised;
    if (c.mandatory && normalised === 1) mandatory = true;
  }
  const score = totalWeight === 0 ? 0 : (100 * weighted) / totalWeight;
  return { score, mandatory, missing };
}

export interface RankableProject {
  id: string;
  name: string;
  score: number;
  mandatory: boolean;
}

/** Danish collation so æ, ø and å sort after z as users expect. */
const byName = new Intl.Collator('da-DK');

/** Score order: mandatory projects first, then score descending, ties by name (then id, for stability). */
export function rankByScore<T extends RankableProject>(projects: readonly T[]): T[] {
  return [...projects].sort(
    (a, b) =>
      Number(b.mandatory) - Number(a.mandatory) ||
      b.score - a.score ||
      byName.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface RankDivergence {
  projectId: string;
  /** 1-based position in the board's manual order. */
  manualPosition: number;
  /** 1-based position in the score order. */
  scorePosition: number;
  /** manual − score: positive when the board ranks the project lower than its score suggests. */
  difference: number;
  /** |difference| ≥ threshold: worth a word in the board's minutes. */
  flagged: boolean;
}

function positions(ids: readonly string[], label: string): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) throw new RangeError(`Project ${id} appears twice in the ${label} order`);
    map.set(id, i + 1);
  });
  return map;
}

/**
 * Compares the manual rank with the score rank, in manual order. Both orders must hold the same
 * projects (every project has a score, missing values count as 0), so a mismatch is a caller bug.
 */
export function rankDivergence(
  manualOrder: readonly string[],
  scoreOrder: readonly string[],
  threshold: number,
): RankDivergence[] {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`Divergence threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  const manual = positions(manualOrder, 'manual');
  const byScore = positions(scoreOrder, 'score');
  const notScored = manualOrder.filter((id) => !byScore.has(id));
  const notRanked = scoreOrder.filter((id) => !manual.has(id));
  if (notScored.length || notRanked.length) {
    throw new RangeError(
      `Manual and score orders differ: not in score order [${notScored.join(', ')}], ` +
        `not in manual order [${notRanked.join(', ')}]`,
    );
  }
  return manualOrder.map((projectId) => {
    const manualPosition = manual.get(projectId)!;
    const scorePosition = byScore.get(projectId)!;
    const difference = manualPosition - scorePosition;
    return {
      projectId,
      manualPosition,
      scorePosition,
      difference,
      flagged: Math.abs(difference) >= threshold,
    };
  });
}
