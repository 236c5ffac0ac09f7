// Seeded PRNG (sfc32) whose whole state is four uint32s in plain data, plus the samplers the engine needs.
// Pure and deterministic: the same state gives the same sequence on the server and in a browser.

export type RngState = [number, number, number, number];

/** Seeds sfc32 from one number via splitmix32, then discards 12 outputs to mix the state. */
export function createRng(seed: number): RngState {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** sfc32 (Chris Doty-Humphrey): 128-bit state, passes PractRand; advances the state in place. */
export function nextUint32(st: RngState): number {
  const a = st[0];
  const b = st[1];
  const c = st[2];
  const d = st[3];
  const t = (((a + b) >>> 0) + d) >>> 0;
  st[3] = (d + 1) >>> 0;
  st[0] = (b ^ (b >>> 9)) >>> 0;
  st[1] = (c + (c << 3)) >>> 0;
  const rot = ((c << 21) | (c >>> 11)) >>> 0;
  st[2] = (rot + t) >>> 0;
  return t;
}

/** Uniform in [0, 1). */
export function nextFloat(st: RngState): number {
  return nextUint32(st) / 4294967296;
}

/** Uniform in (0, 1), safe for logarithms. */
function nextOpen(st: RngState): number {
  return (nextUint32(st) + 0.5) / 4294967296;
}

/** Standard normal by Box–Muller (one draw per call; the pair's partner is discarded for simplicity). */
export function nextNormal(st: RngState): number {
  const u = nextOpen(st);
  const v = nextOpen(st);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Exponential with mean 1. */
export function nextExponential(st: RngState): number {
  return -Math.log(nextOpen(st));
}

/** Largest n·p(1−p) for which the exact inversion sampler is used; above it, a normal approximation. */
const BINOMIAL_EXACT_VARIANCE = 25;

/** Binomial(n, p): exact by CDF inversion for small variance, otherwise rounded normal, clamped to [0, n]. */
export function nextBinomial(st: RngState, n: number, p: number): number {
  const trials = Math.max(0, Math.floor(n));
  if (trials === 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  const variance = trials * p * (1 - p);
  if (variance > BINOMIAL_EXACT_VARIANCE) {
    const k = Math.round(trials * p + Math.sqrt(variance) * nextNormal(st));
    return Math.min(trials, Math.max(0, k));
  }
  const u = nextFloat(st);
  const q = 1 - p;
  let prob = q ** trials;
  let cdf = prob;
  let k = 0;
  while (u > cdf && k < trials) {
    prob *= ((trials - k) / (k + 1)) * (p / q);
    k++;
    cdf += prob;
  }
  return k;
}
