// A stretch of myelinated motor axon simulated in detail (CRRSS nodes of Ranvier, leaky myelinated internodes; backward
// Euler, 1 µs) to measure what the running engine needs: how fast it conducts, whether it conducts at all, and the
// last node's action potential that drives the terminal. Run once per (myelin loss, Na+ block) and remembered: a pure
// function of its arguments, so the cache changes no result.

import { nodeH, nodeM, steady } from "./neuronGates";
import { NEURON as N } from "./neuronParameters";

export interface Conduction {
  conducts: boolean;
  /** Speed of this stretch (m/s); the engine uses its ratio to the control stretch's speed. */
  cableVelocityMPerS: number;
  /** Internodal conduction time, µs. */
  internodeUs: number;
  /** The last measured node's V from NEURON.nodeTemplateLeadMs before it crosses −40 mV, every cableDtMs (mV). */
  nodeAp: Float64Array;
  nodeRestMv: number;
}

const UM_TO_CM = 1e-4;

/** Simulates the stretch; a strong pulse at its first node starts the impulse. */
function simulate(myelinLoss: number, naBlock: number): Conduction {
  const D = N.fibreDiameterUm * UM_TO_CM;
  const d = N.axonToFibreDiameter * D;
  const lInt = N.internodePerFibreDiameter * D;
  const nSeg = N.cableSegmentsPerInternode;
  const nodes = N.cableNodes;
  const count = nodes + (nodes - 1) * nSeg;
  const nodeLen = N.nodeLengthUm * UM_TO_CM;
  const segLen = lInt / nSeg;
  const aNode = Math.PI * d * nodeLen; // cm²
  // One internodal segment: the remaining myelin (lamellae in series) in series with the internodal axolemma.
  const lamellae = N.myelinLamellae * (1 - myelinLoss);
  const aMy = Math.PI * D * segLen;
  const aAx = Math.PI * d * segLen;
  const cAx = N.internodeAxolemmaUFPerCm2 * aAx; // µF
  const gAx = N.internodeAxolemmaMsPerCm2 * aAx; // mS
  const cSeg = lamellae > 0 ? 1 / ((2 * lamellae) / (N.myelinCapacitancePerLamellaUFPerCm2 * aMy) + 1 / cAx) : cAx;
  const gSeg = lamellae > 0 ? 1 / ((2 * lamellae) / (N.myelinConductancePerLamellaMsPerCm2 * aMy) + 1 / gAx) : gAx;
  const axialMs = (len: number): number => ((Math.PI * d * d) / 4 / (N.axoplasmOhmCm * len)) * 1000; // mS
  const rest = N.nodeELeakMv;

  const isNode = new Uint8Array(count);
  const cap = new Float64Array(count);
  const gLeft = new Float64Array(count); // axial conductance to the previous compartment
  for (let i = 0; i < count; i++) {
    isNode[i] = i % (nSeg + 1) === 0 ? 1 : 0;
    cap[i] = isNode[i] ? N.nodeCapacitanceUFPerCm2 * aNode : cSeg;
    if (i > 0) gLeft[i] = axialMs(isNode[i] || isNode[i - 1] ? (segLen + nodeLen) / 2 : segLen);
  }
  const v = new Float64Array(count).fill(rest);
  const m = new Float64Array(count).fill(steady(nodeM, rest));
  const h = new Float64Array(count).fill(steady(nodeH, rest));
  const b = new Float64Array(count);
  const r = new Float64Array(count);
  const dt = N.cableDtMs;
  const steps = Math.round(N.cableWindowMs / dt);
  const first = N.cableFirstNode * (nSeg + 1);
  const last = N.cableLastNode * (nSeg + 1);
  let firstPeak = -Infinity;
  let firstPeakT = 0;
  let lastPeak = -Infinity;
  let lastPeakT = 0;
  let crossStep = -1;
  const trace = new Float64Array(steps);
  const gNaNode = N.nodeGNaMsPerCm2 * aNode * (1 - naBlock);
  const gLNode = N.nodeGLeakMsPerCm2 * aNode;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < count; i++) {
      let g: number;
      let gE: number;
      if (isNode[i]) {
        const vi = v[i] as number;
        const [am, bm] = nodeM(vi);
        const [ah, bh] = nodeH(vi);
        const mInf = am / (am + bm);
        const hInf = ah / (ah + bh);
        m[i] = mInf + ((m[i] as number) - mInf) * Math.exp(-dt * (am + bm));
        h[i] = hInf + ((h[i] as number) - hInf) * Math.exp(-dt * (ah + bh));
        const gNa = gNaNode * (m[i] as number) * (m[i] as number) * (h[i] as number);
        g = gNa + gLNode;
        gE = gNa * N.nodeENaMv + gLNode * N.nodeELeakMv;
      } else {
        g = gSeg;
        gE = gSeg * rest;
      }
      const stim = i === 0 && s * dt < N.cableStimulusMs ? N.cableStimulusUA : 0; // µA
      const gR = i + 1 < count ? (gLeft[i + 1] as number) : 0;
      b[i] = (cap[i] as number) / dt + g + (gLeft[i] as number) + gR; // µF/ms = mS
      r[i] = ((cap[i] as number) / dt) * (v[i] as number) + gE + stim;
    }
    // Tridiagonal solve (Thomas): off-diagonals are −gLeft.
    for (let i = 1; i < count; i++) {
      const w = -(gLeft[i] as number) / (b[i - 1] as number);
      b[i] = (b[i] as number) + w * (gLeft[i] as number);
      r[i] = (r[i] as number) - w * (r[i - 1] as number);
    }
    v[count - 1] = (r[count - 1] as number) / (b[count - 1] as number);
    for (let i = count - 2; i >= 0; i--) {
      v[i] = ((r[i] as number) + (gLeft[i + 1] as number) * (v[i + 1] as number)) / (b[i] as number);
    }
    const vf = v[first] as number;
    const vl = v[last] as number;
    if (vf > firstPeak) {
      firstPeak = vf;
      firstPeakT = s * dt;
    }
    if (vl > lastPeak) {
      lastPeak = vl;
      lastPeakT = s * dt;
    }
    if (crossStep < 0 && vl > N.cableConductedMv) crossStep = s;
    trace[s] = vl;
  }
  const conducts = crossStep >= 0 && firstPeak > N.cableConductedMv;
  const internodeMs = (lastPeakT - firstPeakT) / (N.cableLastNode - N.cableFirstNode);
  const lead = Math.round(N.nodeTemplateLeadMs / dt);
  const len = Math.round(N.nodeTemplateMs / dt);
  const start = Math.max(0, crossStep - lead);
  const nodeAp = new Float64Array(len);
  for (let k = 0; k < len; k++) nodeAp[k] = conducts ? (trace[Math.min(steps - 1, start + k)] as number) : rest;
  return {
    conducts,
    cableVelocityMPerS: conducts ? (lInt * 10) / internodeMs : 0, // cm/ms × 10 = m/s
    internodeUs: conducts ? internodeMs * 1000 : Number.POSITIVE_INFINITY,
    nodeAp,
    nodeRestMv: rest,
  };
}

const cache = new Map<string, Conduction>();

/** Conduction of the motor axon with a fraction of its myelin lost and of its Na+ channels blocked (remembered). */
export function conduction(myelinLoss: number, naBlock: number): Conduction {
  const key = `${myelinLoss}|${naBlock}`;
  let c = cache.get(key);
  if (!c) {
    c = simulate(myelinLoss, naBlock);
    cache.set(key, c);
  }
  return c;
}

const templateCache = new Map<string, Float64Array>();

/** The last node's AP resampled every `dtMs` (linear interpolation), the drive of the terminal. */
export function nodeTemplate(dtMs: number, myelinLoss: number, naBlock: number): Float64Array {
  const key = `${dtMs}|${myelinLoss}|${naBlock}`;
  let t = templateCache.get(key);
  if (!t) {
    const src = conduction(myelinLoss, naBlock).nodeAp;
    const n = Math.floor(((src.length - 1) * N.cableDtMs) / dtMs) + 1;
    t = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const x = (k * dtMs) / N.cableDtMs;
      const i = Math.floor(x);
      const a = src[Math.min(i, src.length - 1)] as number;
      const b = src[Math.min(i + 1, src.length - 1)] as number;
      t[k] = a + (b - a) * (x - i);
    }
    templateCache.set(key, t);
  }
  return t;
}
