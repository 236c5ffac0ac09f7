// Per-substep values handed between the stages of one substep (not state: fully rewritten every substep).
// Passing them through one reused object keeps doubles unboxed in the hot loop (no allocation per step).

export const IO = {
  dtMs: 0.02, // substep, ms
  perFootprint: 0.5, // receptors able to open per footprint
  open: 0.5, // open nAChR channels this substep
  gSyn: 0.5, // end-plate conductance, mS/cm²
  stim: 0.5, // direct stimulus, µA/cm²
};
