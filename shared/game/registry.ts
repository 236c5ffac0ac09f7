// Every part a student can be, by id: one entry each (shared/game/parts/*), listed here in the order of the chain
// (neuron → terminal → cleft → fibre → pumps). A new part is its entry plus one line here, and its drawing; the ids
// are this object's keys, so nothing else lists them.
import type { PartDef } from "./part";
import { aChE, nAChR } from "./parts/cleft";
import { kChannel, kIon, naChannel, naIon } from "./parts/fibre";
import { excitatorySynapse, inhibitorySynapse, neuronKChannel, neuronNaChannel, nodeOfRanvier } from "./parts/neuron";
import { naKPump, serca } from "./parts/pumps";
import { caChannel, caIon, vesicles } from "./parts/terminal";

export const PARTS = {
  excitatorySynapse,
  inhibitorySynapse,
  neuronNaChannel,
  neuronKChannel,
  nodeOfRanvier,
  caChannel,
  caIon,
  vesicles,
  nAChR,
  aChE,
  naChannel,
  naIon,
  kChannel,
  kIon,
  naKPump,
  serca,
} as const satisfies Record<string, PartDef>;

export type RoleId = keyof typeof PARTS;
/** The ids in the order of the chain (the registry's order). */
export const ROLE_IDS = Object.keys(PARTS) as RoleId[];
