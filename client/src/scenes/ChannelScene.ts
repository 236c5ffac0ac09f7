// The channel's scene (nAChR, Nav1.4, Kv, presynaptic CaV): the gate drawn closed, open or inactivated
// (ball-and-chain), and what it senses: ACh on its two binding sites, or the membrane voltage on a gauge.
import { mv } from "../../../shared/game/partRules";
import { gateState, THRESHOLD_MV } from "../../../shared/game/view";
import { COLOURS } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { drawCompartments, scatter } from "./membrane";

const GAUGE_MIN_MV = -100;
const GAUGE_MAX_MV = 50;

export class ChannelScene extends BaseScene {
  constructor(ctx: SceneContext) {
    super("channels", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const roleId = this.ctx.roleId();
    const j = this.ctx.bridge.smooth(this.ctx.team());
    const { membraneY, thickness } = drawCompartments(this.g, width, height);
    const observed = j ? gateState(roleId, j) : null;
    const state = observed ?? (this.ctx.active() ? "open" : "closed");
    const cx = width * (roleId === "nAChR" ? 0.5 : 0.38);
    const half = thickness * 1.4;
    const gap = state === "open" ? 16 : 2;
    this.g.fillStyle(COLOURS.sarcomere, 1);
    this.g.fillRoundedRect(cx - gap - 34, membraneY - half, 34, half * 2, 8);
    this.g.fillRoundedRect(cx + gap, membraneY - half, 34, half * 2, 8);
    if (state === "inactivated") {
      this.g.lineStyle(3, COLOURS.inactivated, 1);
      this.g.lineBetween(cx + gap + 30, membraneY + half, cx + 10, membraneY + half + 22);
      this.g.fillStyle(COLOURS.inactivated, 1);
      this.g.fillCircle(cx, membraneY + half + 4, 11);
    }
    if (state === "open" && !this.ctx.reducedMotion) {
      const ion = roleId === "kChannel" ? "k" : roleId === "caChannel" ? "ca" : "na";
      const dir = ion === "k" ? -1 : 1;
      const p = (time / 900) % 1;
      this.tokens.place(ion, cx, membraneY - dir * (half + 20) + dir * p * (2 * half + 40), 0.8);
    }
    this.label(state.toUpperCase(), cx, membraneY - half - 16, 16, state === "open" ? "#006b4f" : "#0f2742");
    if (roleId === "nAChR")
      this.drawBindingSites(cx, membraneY - half, j?.achUM ?? 0, j?.openReceptors ?? 0, time, width);
    else if (roleId === "caChannel") {
      this.label("Senses: the nerve impulse (terminal voltage)", width * 0.5, 18, 14);
      const entry = this.ctx.bridge.junction(this.ctx.team())?.caEntry ?? 0;
      this.label(`Ca2+ entry, last impulse: ${entry.toFixed(2)}× normal`, width * 0.5, height - 16, 14);
    }
    if (roleId !== "nAChR" && roleId !== "caChannel") {
      const vMv = j?.membraneMv ?? -85;
      this.gauge({
        x: width * 0.8,
        top: height * 0.1,
        bottom: height * 0.84,
        minMv: GAUGE_MIN_MV,
        maxMv: GAUGE_MAX_MV,
        vMv,
        thresholdMv: THRESHOLD_MV,
        title: "Senses: voltage",
        value: mv(vMv),
      });
    }
  }

  private drawBindingSites(
    cx: number,
    top: number,
    achUM: number,
    openReceptors: number,
    time: number,
    width: number,
  ): void {
    scatter(this.tokens, "ach", Math.min(12, Math.ceil(achUM / 25)), { x: 0, y: 0, w: width, h: top - 40 }, time, 0.7);
    const bound = openReceptors >= 1 || achUM > 50 ? 2 : achUM > 5 ? 1 : 0;
    for (let i = 0; i < 2; i++) {
      const x = cx + (i === 0 ? -40 : 40);
      this.g.lineStyle(2, COLOURS.ink, 1);
      this.g.strokeCircle(x, top - 4, 13);
      if (i < bound) this.tokens.place("ach", x, top - 4, 0.65);
    }
    this.label(`Senses: ACh bound ${bound} of 2`, cx, top - 34, 15);
  }
}
