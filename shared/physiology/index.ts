// Public lab API of the Endplate physiology engine (pure, deterministic; see docs/model.md).
// Names and units here are fixed by issue 3; the game layer and independent checks rely on them.

export {
  CONTROL_NAMES,
  type ControlName,
  type ControlResult,
  type Controls,
  defaultControls,
  setControl,
} from "./controls";
export { cloneJunction, createJunction, type JunctionOptions } from "./create";
export { drainEvents, type ImpulseRecord, type JunctionEvent } from "./events";
export { advance, type StimulusResult, setVoltageClamp, stimulateMuscle, stimulateNerve } from "./junction";
export {
  injectCurrent,
  type NeuronActionResult,
  type NeuronDetail,
  type NeuronObservation,
  neuronDetail,
  type SynapseKind,
  stimulateSynapse,
} from "./neuronApi";
export { NEURON } from "./neuronParameters";
export { type Observation, observe } from "./observe";
export { PARAMS } from "./parameters";
export { createRng, nextBinomial, nextExponential, nextFloat, nextNormal, nextUint32, type RngState } from "./rng";
export { setScenarios } from "./scenarioChange";
export {
  type Modifiers,
  NEURON_SCENARIOS,
  parseScenarioList,
  SCENARIOS,
  type ScenarioChoice,
  type ScenarioInfo,
} from "./scenarios";
export type { Junction } from "./state";
export { summary } from "./summary";
