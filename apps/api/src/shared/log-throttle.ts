/**
 * Bounds the log's volume when one failure repeats (a database outage fails every request the same
 * way): the first line of a kind is written, identical ones within the window are only counted, and
 * the next line written after the window carries how many were left out. At most one line per kind
 * per window, and a bounded number of kinds remembered.
 */
export class LogThrottle {
  private readonly seen = new Map<string, { since: number; suppressed: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly maxKinds = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** null: leave this line out. Otherwise write it, with `repeated` identical lines left out before it. */
  admit(kind: string): { repeated: number } | null {
    const at = this.now();
    const entry = this.seen.get(kind);
    if (entry && at - entry.since < this.windowMs) {
      entry.suppressed += 1;
      return null;
    }
    if (!entry && this.seen.size >= this.maxKinds) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(kind, { since: at, suppressed: 0 });
    return { repeated: entry?.suppressed ?? 0 };
  }
}
