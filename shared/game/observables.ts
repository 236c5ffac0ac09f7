// Plain derivations from a junction's wire observables that parts and drawings share: the pushes on an ion and a
// channel population's gate state. They describe what the server already decided; nothing here decides.
import { PARAMS } from "../physiology/parameters";
import { INACTIVATED_BELOW } from "./partRules";

/** Open fractions (dimensionless) above which a channel population is drawn open (game choice). */
export const OPEN_FRACTION = 0.02;

export type Direction = "in" | "out";
export interface IonPush {
  /** Which way the concentration difference pushes the ion. */
  chemical: Direction;
  /** Which way the membrane potential pushes a cation (inside negative pulls it in). */
  electrical: Direction | "none";
  /** The net electrochemical push: in when V is below the ion's equilibrium potential. */
  net: Direction;
  /** Driving force V − E, mV (its size sets the arrow's length). */
  drivingMv: number;
}

/** Concentration and electrical push on a cation from the membrane potential and its E (all from state). */
export function ionPush(vMv: number, eMv: number, insideMM: number, outsideMM: number): IonPush {
  return {
    chemical: outsideMM > insideMM ? "in" : "out",
    electrical: Math.abs(vMv) < 0.5 ? "none" : vMv < 0 ? "in" : "out",
    net: vMv < eMv ? "in" : "out",
    drivingMv: vMv - eMv,
  };
}

/** Outside concentrations the wire state does not carry (fixed bath values of the model), mM. */
export const BATH = { naOutMM: PARAMS.naOutMM, caOutMM: PARAMS.caOutMM } as const;

export type GateState = "closed" | "open" | "inactivated";
export interface ChannelObservables {
  openNaFraction: number;
  naAvailability: number;
  openKFraction: number;
  openReceptors: number;
  /** Presynaptic CaV channels open after the last impulse (0–1); absent on older servers. */
  caChannelOpen?: number;
}

/** Whether a population with this open fraction is drawn open. */
export function openIf(fraction: number | undefined): GateState | null {
  if (fraction === undefined) return null;
  return fraction > OPEN_FRACTION ? "open" : "closed";
}

/** The muscle Na+ channels' gate: open, inactivated (h shut) or closed. */
export function naGate(j: ChannelObservables): GateState {
  if (j.openNaFraction > OPEN_FRACTION) return "open";
  return j.naAvailability < INACTIVATED_BELOW ? "inactivated" : "closed";
}
