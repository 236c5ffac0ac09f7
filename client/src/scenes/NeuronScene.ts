// The motor neuron's scene (its synapses, its initial segment's Na+ and K+ channels, its nodes of Ranvier): the
// soma with excitatory (+) and inhibitory (−) synapses on it, a voltage gauge with the neuron's rest and threshold,
// and the myelinated axon with its nodes. The student's own part is outlined; every number comes from the server.
import { mv, NEURON_THRESHOLD_MV } from "../../../shared/game/partRules";
import { COLOURS } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";

const GAUGE_MIN_MV = -90;
const GAUGE_MAX_MV = 50;
/** The neuron's rest drawn when the server sends none (mV; the model's soma rests at −70). */
const FALLBACK_REST_MV = -70;
/** Nodes of Ranvier drawn along the axon (a drawing choice: the model's axon has one every ≈ 1 mm). */
const NODES_DRAWN = 6;

export class NeuronScene extends BaseScene {
  constructor(ctx: SceneContext) {
    super("neuron", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const roleId = this.ctx.roleId();
    const j = this.ctx.bridge.junction(this.ctx.team());
    const somaMv = j?.somaMv ?? j?.somaRestMv ?? FALLBACK_REST_MV;
    const restMv = j?.somaRestMv ?? FALLBACK_REST_MV;
    const firing = somaMv > NEURON_THRESHOLD_MV;
    const cx = width * 0.3;
    const cy = height * 0.42;
    const r = Math.min(width, height) * 0.16;
    this.g.fillStyle(COLOURS.outside, 1);
    this.g.fillRect(0, 0, width, height);
    // Soma and the initial segment leading into the axon.
    this.g.fillStyle(COLOURS.nerve, 1);
    this.g.fillCircle(cx, cy, r);
    const axonY = cy;
    const axonX0 = cx + r * 0.9;
    const axonX1 = width * 0.68;
    this.g.fillRect(axonX0, axonY - 7, axonX1 - axonX0, 14);
    // Myelin segments with the nodes between them.
    const seg = (axonX1 - axonX0 - 20) / NODES_DRAWN;
    for (let i = 0; i < NODES_DRAWN; i++) {
      const x = axonX0 + 20 + i * seg;
      this.g.fillStyle(0xffffff, 1);
      this.g.fillRoundedRect(x + 3, axonY - 12, seg - 6, 24, 8);
      this.g.lineStyle(1, COLOURS.ink, 0.6);
      this.g.strokeRoundedRect(x + 3, axonY - 12, seg - 6, 24, 8);
    }
    const mine = (part: string) => roleId === part;
    if (mine("nodeOfRanvier")) {
      this.g.lineStyle(3, COLOURS.open, 1);
      for (let i = 0; i <= NODES_DRAWN; i++) this.g.strokeCircle(axonX0 + 20 + i * seg, axonY, 7);
      this.label("Your nodes", (axonX0 + axonX1) / 2, axonY + 30, 14);
    } else this.label("Myelinated axon", (axonX0 + axonX1) / 2, axonY + 30, 13);
    // Synapses on the soma: excitatory drawn with a "+", inhibitory with a bar (shape and text, not colour alone).
    for (let i = 0; i < 4; i++) {
      const a = Math.PI * (0.55 + i * 0.2);
      this.synapse(cx + Math.cos(a) * (r + 14), cy + Math.sin(a) * (r + 14), true, mine("excitatorySynapse"));
    }
    for (let i = 0; i < 2; i++) {
      const a = Math.PI * (1.35 + i * 0.2);
      this.synapse(cx + Math.cos(a) * (r + 14), cy + Math.sin(a) * (r + 14), false, mine("inhibitorySynapse"));
    }
    // The initial segment's Na+ and K+ channels, side by side and named; drawn opening while the soma spikes (the
    // wire carries the soma's potential, not each channel's gate, so the words say what is drawn).
    if (mine("neuronNaChannel") || mine("neuronKChannel")) {
      const gap = firing ? 5 : 1;
      for (const [i, ion] of ["Na+", "K+"].entries()) {
        const x = axonX0 + 10 + i * 58;
        this.g.fillStyle(ion === "Na+" ? COLOURS.sarcomere : COLOURS.membrane, 1);
        this.g.fillRect(x - gap - 5, axonY - 20, 5, 12);
        this.g.fillRect(x + gap, axonY - 20, 5, 12);
        const own = mine(ion === "Na+" ? "neuronNaChannel" : "neuronKChannel");
        this.label(own ? `${ion} (you)` : ion, x, axonY - 30, 12, own ? "#0f2742" : "#4a5a6e");
      }
      this.label(
        firing ? "Spike: channels opening" : "Below threshold: channels closed",
        width * 0.42,
        height - 36,
        13,
      );
    }
    if (firing && !this.ctx.reducedMotion) {
      const p = (time / 700) % 1;
      this.g.fillStyle(COLOURS.force, 1);
      this.g.fillCircle(axonX0 + p * (axonX1 - axonX0), axonY, 8);
    }
    this.label("Motor neuron soma", 8, 16, 15, "#0f2742", 0);
    this.label(`Spikes so far: ${j?.somaSpikes ?? 0}`, cx, height - 16, 14);
    this.gauge({
      x: width * 0.84,
      top: height * 0.12,
      bottom: height * 0.82,
      minMv: GAUGE_MIN_MV,
      maxMv: GAUGE_MAX_MV,
      vMv: somaMv,
      thresholdMv: NEURON_THRESHOLD_MV,
      restMv,
      title: "Soma voltage",
      value: mv(somaMv),
    });
  }

  private synapse(x: number, y: number, excitatory: boolean, own: boolean): void {
    this.g.fillStyle(excitatory ? COLOURS.open : COLOURS.closed, 1);
    this.g.fillCircle(x, y, 9);
    this.g.lineStyle(2, 0xffffff, 1);
    this.g.lineBetween(x - 5, y, x + 5, y);
    if (excitatory) this.g.lineBetween(x, y - 5, x, y + 5);
    if (own) {
      this.g.lineStyle(3, COLOURS.ink, 1);
      this.g.strokeCircle(x, y, 13);
    }
  }
}
