/** The quarter ("YYYY-Qn") a calendar day falls in. */
export function quarterOf(day: Date): string {
  return `${day.getFullYear()}-Q${Math.floor(day.getMonth() / 3) + 1}`;
}

/** `count` quarters from `first` on, in order: the planning horizon the forms offer. */
export function quartersFrom(first: string, count: number): string[] {
  let year = Number(first.slice(0, 4));
  let q = Number(first.slice(6));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q += 1;
    if (q > 4) [year, q] = [year + 1, 1];
  }
  return out;
}

/**
 * Last quarter, this one and the next six: what allocations and demand are planned over.
 * `today` is the API's (an ISO day), so the horizon turns with the server's quarter, not the browser's.
 */
export const planningQuarters = (today: string): string[] => {
  const previous = new Date(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - 3, 1);
  return quartersFrom(quarterOf(previous), 8);
};
