// A tiny seeded generator (mulberry32) for the benchmark's synthetic workbooks: same seed, same data.

/** Returns a float in [0, 1). */
export type Rand = () => number;

export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function int(rand: Rand, n: number): number {
  return Math.floor(rand() * n);
}

export function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** An exponential draw of the given mean, rounded down to whole days. */
export function expDays(rand: Rand, mean: number): number {
  return Math.floor(-Math.log(1 - rand()) * mean);
}
