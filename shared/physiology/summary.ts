// A cheap one-line digest of the junction for logs and lobby lists (no full observation built).

import { XB_MAX } from "./ecc";
import type { Junction } from "./state";

export interface Summary {
  timeMs: number;
  membranePotentialMv: number; // end plate
  propagatedMv: number; // membrane away from the end plate (drives EC coupling)
  muscleActionPotentials: number;
  quantaLastImpulse: number;
  force: number;
  cmap: number;
}

export function summary(j: Junction): Summary {
  return {
    timeMs: j.step * j.dtMs,
    membranePotentialMv: j.mem.v,
    propagatedMv: j.prop.v,
    muscleActionPotentials: j.det.apCount,
    quantaLastImpulse: j.pre.quantaLastImpulse,
    force: j.ecc.xb / XB_MAX,
    cmap: j.fibres.lastCmap,
  };
}
