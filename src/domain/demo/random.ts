/**
 * A small seeded generator for the demo data. Only integer and basic float arithmetic is
 * used (no Math.random, no Math.log or Math.cos, whose last bits may differ between
 * engines), so one seed gives the same data set in every browser and in Node.
 */
export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  /** Roughly normal with mean 0 and standard deviation `sd` (Irwin–Hall, three uniforms). */
  normal(sd: number): number;
  pick<T>(items: readonly T[]): T;
  /** A UUID-v4-shaped id drawn from the generator. */
  uuid(): string;
}

/** mulberry32 (Tommy Ettinger): 32-bit state, good enough spread for synthetic data. */
function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const word = () => Math.floor(next() * 0x10000); // 16 random bits
  return {
    float: next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    // The sum of three uniforms has variance 3/12 = 1/4, so twice its centred value has SD 1.
    normal: (sd) => (next() + next() + next() - 1.5) * 2 * sd,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    uuid() {
      const w = Array.from({ length: 8 }, word);
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = w;
      // Version 4 in the third group, variant 10xx in the fourth, as RFC 9562 lays out.
      const version = 0x4000 | (d & 0x0fff);
      const variant = 0x8000 | (e & 0x3fff);
      return `${hex(a, 4)}${hex(b, 4)}-${hex(c, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(f, 4)}${hex(g, 4)}${hex(h, 4)}`;
    },
  };
}
