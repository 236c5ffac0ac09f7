// What a part of the junction is, as one entry: its name and card, the actions it has and the physiological
// rule that limits them, the stage it plays and its cue, what it reads out, the scene that draws it, and how it
// couples to the engine (which also says what a bot does when nobody holds it). shared/game/parts/* hold the
// entries; registry.ts lists them by id, so the compiler finds every part that lacks a field.
import type { ControlName } from "../physiology/controls";
import type { SynapseKind } from "../physiology/neuronApi";
import type { Action, ActionKind } from "./actions";
import type { JunctionReadings } from "./junctionReadings";
import type { ChannelObservables, GateState } from "./observables";
import type { RuleResult } from "./partRules";
import type { Senses } from "./senses";
import type { StageId } from "./stages";

/** The category automatic assignment rotates students through (ions, channels, pumps, the rest). */
export type RoleGroup = "ions" | "channels" | "pumps" | "other";
/** The phone scene family that draws the part (client/src/scenes/mount.ts picks the scene from it). */
export type SceneFamily = "ion" | "channel" | "pump" | "part" | "neuron";

/**
 * How the part acts on the engine. `control`: it scales one engine input (controls.ts; a bot, or a holder who
 * answered, gives 1; a missed share gives 0 for the stage). `synapse`: it fires synapses on the motor neuron when
 * the round's input schedule says so (a bot fires them all; each holder's share is a fraction of the volley).
 */
export type Coupling = { kind: "control"; control: ControlName } | { kind: "synapse"; synapse: SynapseKind };

export interface RoleCard {
  /** "You are a voltage-gated Na+ channel" — what you are. */
  youAre: string;
  /** What you do, in one sentence. */
  youDo: string;
  /** What happens to the junction if you don't. */
  ifYouDont: string;
}

export interface CueSpec {
  stage: StageId;
  /** The action that answers the cue; for a pump, the next step of its own cycle. */
  action(nextPumpStep: number): Action;
  /** What the part senses at its stage, in words a student reads. */
  senses(s: Senses): string;
  /** What to do, as the cue's button says it. */
  todo: string;
  /** Shown after an answer in time: what the part's share now does. */
  done: string;
  /** Shown when the cue was missed: the physiological consequence. */
  missed: string;
}

/** A button on the part's phone: accessible name, laptop key, and the action it sends. */
export interface ActionButton {
  label: string;
  key: string;
  action: Action;
}

/**
 * Where automatic roles put the part (assignment.ts reads these): `slot` orders the first holder of each part,
 * critical stages first (the chain cannot complete without them); `shareWeight` is how strongly the part attracts
 * extra holders once every part has one (ions are many particles, channels many molecules, a volley many synapses);
 * `singleUntilShared` keeps it to one holder until every other part has two, for parts whose partial miss is
 * disproportionate (the nodes carry every impulse; release rises with about the 4th power of Ca2+ entry, Dodge &
 * Rahamimoff 1967, so one of three Ca2+ holders missing cuts release to (2/3)^4 ≈ 0.2).
 */
export interface Assignment {
  slot: number;
  shareWeight: number;
  singleUntilShared?: boolean;
}

export interface PartDef {
  /** Its key in the registry (a test checks they agree). */
  id: string;
  name: string;
  /** Short label drawn on tokens (shape and label, never colour alone). */
  label: string;
  group: RoleGroup;
  scene: SceneFamily;
  coupling: Coupling;
  /**
   * Physiological ms this part's stage lasts: a missed cue leaves the student's share at 0 this long. Chosen to
   * cover the event the part takes part in (values and sources beside each entry).
   */
  stageMs: number;
  card: RoleCard;
  /** The action kinds the part has at all (anything else is refused by name). */
  actions: readonly ActionKind[];
  /** Whether this action is physiologically possible now (closing a gate is allowed before this is asked). */
  rule(action: Action, s: Senses): RuleResult;
  cue: CueSpec;
  /** The part's full set of buttons, for trying things out (the cue's own button plays the stage). */
  buttons: readonly ActionButton[];
  /** What the part reads out on its phone now, in words and numbers (the text twin of its scene). */
  readout(j: JunctionReadings): string[];
  assignment: Assignment;
  /** A channel population's gate as the observables show it (channels only; drawn by the channel scene). */
  gate?(j: ChannelObservables): GateState | null;
}
