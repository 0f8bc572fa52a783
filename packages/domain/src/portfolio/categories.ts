/**
 * Categories of the prioritisation model: each sorts projects along one dimension (complexity,
 * local vs cross-cutting scope, political vs administrative focus, economy). They do not score;
 * they let the board see and filter the portfolio by kind.
 */

export const CATEGORY_DIMENSIONS = ['COMPLEXITY', 'SCOPE', 'FOCUS', 'ECONOMY'] as const;
export type CategoryDimension = (typeof CATEGORY_DIMENSIONS)[number];

export interface ModelCategory {
  id: string;
  dimension: string;
}

export type CategoryAssignmentProblem =
  | { kind: 'UNKNOWN'; categoryId: string }
  | { kind: 'SAME_DIMENSION'; dimension: string; categoryIds: string[] };

/**
 * Problems with giving a project these categories: ids not in the model, and more than one
 * category in a dimension (a project is either local or cross-cutting, not both). Repeated ids
 * count once. An empty list means the assignment is fine; an empty choice clears all categories.
 */
export function checkCategoryAssignment(
  model: readonly ModelCategory[],
  chosenIds: readonly string[],
): CategoryAssignmentProblem[] {
  const byId = new Map(model.map((c) => [c.id, c]));
  const problems: CategoryAssignmentProblem[] = [];
  const perDimension = new Map<string, string[]>();
  for (const id of new Set(chosenIds)) {
    const category = byId.get(id);
    if (!category) {
      problems.push({ kind: 'UNKNOWN', categoryId: id });
      continue;
    }
    perDimension.set(category.dimension, [...(perDimension.get(category.dimension) ?? []), id]);
  }
  for (const [dimension, categoryIds] of perDimension) {
    if (categoryIds.length > 1) problems.push({ kind: 'SAME_DIMENSION', dimension, categoryIds });
  }
  return problems;
}
