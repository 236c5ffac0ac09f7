// The ids of the parts a student can be, in the order of the chain (neuron → terminal → cleft → fibre → pumps).
// Kept apart from the registry so a part's own file can name its id without an import circle.

export const ROLE_IDS = [
  "excitatorySynapse",
  "inhibitorySynapse",
  "neuronNaChannel",
  "neuronKChannel",
  "nodeOfRanvier",
  "caChannel",
  "caIon",
  "vesicles",
  "nAChR",
  "aChE",
  "naChannel",
  "naIon",
  "kChannel",
  "kIon",
  "naKPump",
  "serca",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];
