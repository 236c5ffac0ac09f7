// Every part a student can be, by id: one entry each (shared/game/parts/*). A new part is a new entry here plus its
// drawing; the Record type makes the compiler name any id without one.
import type { PartDef } from "./part";
import { aChE, nAChR } from "./parts/cleft";
import { kChannel, kIon, naChannel, naIon } from "./parts/fibre";
import { excitatorySynapse, inhibitorySynapse, neuronKChannel, neuronNaChannel, nodeOfRanvier } from "./parts/neuron";
import { naKPump, serca } from "./parts/pumps";
import { caChannel, caIon, vesicles } from "./parts/terminal";
import type { RoleId } from "./roleIds";

export const PARTS: { readonly [K in RoleId]: PartDef & { id: K } } = {
  excitatorySynapse: excitatorySynapse as PartDef & { id: "excitatorySynapse" },
  inhibitorySynapse: inhibitorySynapse as PartDef & { id: "inhibitorySynapse" },
  neuronNaChannel: neuronNaChannel as PartDef & { id: "neuronNaChannel" },
  neuronKChannel: neuronKChannel as PartDef & { id: "neuronKChannel" },
  nodeOfRanvier: nodeOfRanvier as PartDef & { id: "nodeOfRanvier" },
  caChannel: caChannel as PartDef & { id: "caChannel" },
  caIon: caIon as PartDef & { id: "caIon" },
  vesicles: vesicles as PartDef & { id: "vesicles" },
  nAChR: nAChR as PartDef & { id: "nAChR" },
  aChE: aChE as PartDef & { id: "aChE" },
  naChannel: naChannel as PartDef & { id: "naChannel" },
  naIon: naIon as PartDef & { id: "naIon" },
  kChannel: kChannel as PartDef & { id: "kChannel" },
  kIon: kIon as PartDef & { id: "kIon" },
  naKPump: naKPump as PartDef & { id: "naKPump" },
  serca: serca as PartDef & { id: "serca" },
};
