/**
 * Per-app cache of heavy read models, keyed by organisation (and query) and valid for exactly one
 * data version: a lookup with another version rebuilds. One instance per app (created in
 * createApp and reached through the request context), never module state, so two apps in one
 * process (tests, the benchmark's two databases) never share entries. Bounded: oldest out first.
 */
export class ReadModelCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();

  constructor(private readonly max = 200) {}

  /** The cached value for this version, or the built one (also cached; a failed build is not). */
  get<T>(key: string, version: string, build: () => Promise<T>): Promise<T> {
    const hit = this.peek<Promise<T>>(key, version);
    if (hit) return hit;
    const value = build();
    this.set(key, version, value);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  peek<T>(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && entry.version === version ? (entry.value as T) : undefined;
  }

  set(key: string, version: string, value: unknown): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version, value });
  }
}
