// What a part's phone readout reads from the junction as the wire shows it (client/src/net/wireState.ts's
// WireJunction has these fields). Plain data: the readouts in shared/game/parts/* turn it into sentences.

export interface JunctionReadings {
  timeMs: number;
  /** Muscle membrane potential at the end plate, mV. */
  membraneMv: number;
  achUM: number;
  openReceptors: number;
  naAvailability: number;
  openNaFraction: number;
  openKFraction: number;
  caChannelOpen: number;
  /** Ca2+ entry of the last impulse relative to a normal (control) impulse. */
  caEntry: number;
  quantaLastImpulse: number;
  impulses: number;
  twitches: number;
  force: number;
  naInMM: number;
  kInMM: number;
  kOutMM: number;
  eNaMv: number;
  eKMv: number;
  /** Volleys per second of the round's synaptic input (0 = none scheduled). */
  rhythmHz: number;
  /** The motor neuron's soma potential, mV (absent on an older server). */
  somaMv?: number;
  /** Soma action potentials so far. */
  somaSpikes?: number;
}
