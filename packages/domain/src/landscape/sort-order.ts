/** Code-unit order: deterministic across runtimes and locales, which is what result ordering needs. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
