/**
 * A seeded pseudo-random source (mulberry32, Tommy Ettinger's public-domain generator): the same seed gives
 * the same sequence on every machine, so scenarios, demo data and fuzz runs can be replayed.
 *
 * @example const rng = new SeededRandom(42); rng.next(); // uniform in [0, 1)
 */
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
  /** Whole number in [a, b]. */
  int(a: number, b: number): number {
    return Math.floor(this.uniform(a, b + 1));
  }
  /** Normal with mean 0 and the given standard deviation (Box–Muller). */
  gaussian(sd = 1): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}
