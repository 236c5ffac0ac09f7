// Wire state of a class room: only what clients must see, quantised. Secrets (host secret, device tokens),
// scores and feedback never go here: they travel as messages to the one client they concern.
// Every team's junction is shared state: the projector shows all teams, and one encoding serves every client.
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

export class StudentSchema extends Schema {
  @type("string") nickname = "";
  @type("boolean") connected = true;
  /** Team index (0-based); 0 in whole-class mode. */
  @type("uint8") team = 0;
  /** Role id from shared/game/roles, "" before the first round. */
  @type("string") role = "";
  /** True while this student has an open cue (their part's stage is being held for them). */
  @type("boolean") active = false;
}

/** One junction's observables, rounded so that unchanged physiology sends no patch. */
export class JunctionSchema extends Schema {
  @type("uint8") team = 0;
  /** Physiological time, ms (float64: rounds last seconds at 20 µs resolution). */
  @type("float64") timeMs = 0;
  @type("float32") membraneMv = 0;
  @type("float32") restMv = 0;
  /** The motor neuron's soma resting potential, mV (changes only with its scenario, e.g. lidocaine). */
  @type("float32") somaRestMv = 0;
  /** The motor neuron's soma potential now, mV, to 1 mV (its parts' phones read it; the trace carries the detail). */
  @type("float32") somaMv = 0;
  /** Spikes of the motor neuron so far. */
  @type("uint16") somaSpikes = 0;
  /** Depolarisation from rest, mV (the EPP, or the AP when one fires). */
  @type("float32") endplateMv = 0;
  @type("float32") force = 0;
  @type("float32") achUM = 0;
  @type("uint32") openReceptors = 0;
  @type("float32") naAvailability = 1;
  @type("float32") openNaFraction = 0;
  @type("float32") openKFraction = 0;
  @type("float32") caUM = 0;
  /** Ca2+ entry of the last impulse into the nerve terminal, relative to a control impulse. */
  @type("float32") caEntry = 0;
  /** Presynaptic Ca2+ channels open after the last impulse (0–1, a transient). */
  @type("float32") caChannelOpen = 0;
  @type("uint16") quantaLastImpulse = 0;
  @type("uint16") actionPotentials = 0;
  @type("uint16") twitches = 0;
  @type("uint16") impulses = 0;
  @type("float32") naInMM = 0;
  @type("float32") kInMM = 0;
  @type("float32") kOutMM = 0;
  @type("float32") eNaMv = 0;
  @type("float32") eKMv = 0;
  @type("float32") goalProgress = 0;
  @type("boolean") goalAchieved = false;
  @type("float32") rhythmHz = 0;
  /** Physiological ms per wall second right now (slows around impulses when students must act). */
  @type("float32") msPerS = 0;
  /** The stage held for people now (a shared/game/stages id; "" while time runs). */
  @type("string") stage = "";
  /** Wall ms left in the stage's window, in steps of 100 ms. */
  @type("uint16") stageLeftMs = 0;
  /** The parts still to answer at this stage, readable names joined by "; ". */
  @type("string") stageParts = "";
  /** Orthodromic impulses in the motor axon, hundredths of its length from the soma (0–100); empty between them. */
  @type(["uint8"]) axonImpulses = new ArraySchema<number>();
}

/** The question on every screen (predict → run → explain). The right answer is sent only once revealed. */
export class QuestionSchema extends Schema {
  /** Question id in shared/game/questions ("" = none). */
  @type("string") id = "";
  @type("boolean") open = false;
  @type("boolean") revealed = false;
  @type("uint8") answered = 0;
  /** How many chose each option (the projector's spread of answers). */
  @type(["uint8"]) counts = new ArraySchema<number>();
  /** Index of the right answer once revealed, −1 before. */
  @type("int8") correct = -1;
  /** What happened since the round ran on with the answers locked, in words ("" before). */
  @type("string") outcome = "";
}

export class ClassState extends Schema {
  @type("string") code = "";
  @type("string") phase = "lobby";
  @type("boolean") locked = false;
  /** New students join only with a suggested name ("Swift Sodium"). */
  @type("boolean") generatedNamesOnly = false;
  @type("uint16") round = 0;
  @type("string") mode = "class";
  @type("uint8") teamCount = 2;
  @type("string") goal = "";
  @type("string") scenarios = "";
  @type("float32") msPerS = 40;
  @type("boolean") slowMotion = true;
  /** Wall ms a stage holds for the people who play it. */
  @type("uint16") cueWindowMs = 3000;
  /** The challenge preset in use ("" = none). */
  @type("string") challenge = "";
  /** Mystery mode: the scenario is hidden (scenarios reads "hidden") and teams diagnose it. */
  @type("boolean") mystery = false;
  /** Scenario ids students may choose between in mystery mode, comma-separated. */
  @type("string") mysteryChoices = "";
  @type(QuestionSchema) question = new QuestionSchema();
  /** Keyed by seat id ("s1", …), stable across reconnections. */
  @type({ map: StudentSchema }) students = new MapSchema<StudentSchema>();
  @type([JunctionSchema]) junctions = new ArraySchema<JunctionSchema>();
}
