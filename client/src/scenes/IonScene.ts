// The ion's scene (Na+, K+, Ca2+): both compartments with tokens by concentration, the channel the ion may
// cross, and three arrows: concentration push (solid), electrical push (dashed) and the net push (thick).
import { BATH, ionPush } from "../../../shared/game/view";
import { COLOURS, type TokenKind } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { drawCompartments, scatter, tokensFor } from "./membrane";

/** The terminal's resting potential for the Ca2+ ion's arrows, mV (textbook neuron rest, docs/physiology-sources.md). */
const TERMINAL_REST_MV = -70;
/** E_Ca at 2 mM outside and 0.1 µM inside, mV: (RT/2F)·ln(2/0.0001) ≈ +132 at 37 °C (docs/physiology-sources.md). */
const E_CA_MV = 130;
const CA_IN_MM = 0.0001;

export interface IonView {
  kind: TokenKind;
  label: string;
  vMv: number;
  eMv: number;
  insideMM: number;
  outsideMM: number;
  perToken: number;
}

export function ionView(roleId: string, j: Record<string, number> | null): IonView {
  const v = j?.membraneMv ?? -85;
  if (roleId === "kIon")
    return {
      kind: "k",
      label: "K+",
      vMv: v,
      eMv: j?.eKMv ?? -95,
      insideMM: j?.kInMM ?? 155,
      outsideMM: j?.kOutMM ?? 4.5,
      perToken: 12,
    };
  if (roleId === "caIon")
    return {
      kind: "ca",
      label: "Ca2+",
      vMv: TERMINAL_REST_MV,
      eMv: E_CA_MV,
      insideMM: CA_IN_MM,
      outsideMM: BATH.caOutMM,
      perToken: 0.25,
    };
  return {
    kind: "na",
    label: "Na+",
    vMv: v,
    eMv: j?.eNaMv ?? 67,
    insideMM: j?.naInMM ?? 12,
    outsideMM: BATH.naOutMM,
    perToken: 12,
  };
}

export class IonScene extends BaseScene {
  constructor(ctx: SceneContext) {
    super("ions", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const j = this.ctx.bridge.smooth(this.ctx.team());
    const ion = ionView(this.ctx.roleId(), j);
    const { membraneY, thickness } = drawCompartments(this.g, width, height);
    const fieldW = width * 0.62;
    const poreX = fieldW * 0.5;
    // Other ions keep out of the lane through the pore, so the player's own ion and its label stay readable.
    // They also keep off the "Outside" / "Inside" words along the top and bottom edges.
    const outside = { y: 24, h: membraneY - thickness - 24 };
    const inside = { y: membraneY + thickness, h: height - membraneY - thickness - 26 };
    this.scatterBeside(ion, tokensFor(ion.outsideMM, ion.perToken), outside, poreX, fieldW, time);
    this.scatterBeside(ion, tokensFor(ion.insideMM, ion.perToken), inside, poreX, fieldW, time + 500);
    this.label("Outside", 8, 14, 14, "#0f2742", 0);
    this.label("Inside", 8, height - 14, 14, "#0f2742", 0);
    // The channel (a gap in the membrane) and the player's own token, crossing while their part is active.
    this.g.fillStyle(COLOURS.paper, 1);
    this.g.fillRect(poreX - 14, membraneY - thickness / 2, 28, thickness);
    const push = ionPush(ion.vMv, ion.eMv, ion.insideMM, ion.outsideMM);
    const phase = this.ctx.active() ? (time / 1200) % 1 : 0;
    const sign = push.net === "in" ? 1 : -1;
    const y = membraneY - sign * (thickness + 30) + sign * phase * (2 * thickness + 60);
    this.tokens.place(ion.kind, poreX, y, 1.25);
    this.g.lineStyle(3, COLOURS.ink, 1);
    this.g.strokeCircle(poreX, y, 28);
    this.label("You", poreX, y + (y < membraneY ? -40 : 40), 14, "#0f2742");
    this.drawArrows(push, ion, width, membraneY, height);
  }

  /** Scatters `count` tokens left and right of the pore's lane (the player's ion is drawn in the lane). */
  private scatterBeside(
    ion: IonView,
    count: number,
    band: { y: number; h: number },
    poreX: number,
    fieldW: number,
    time: number,
  ): void {
    const lane = 40;
    const left = Math.ceil(count / 2);
    scatter(this.tokens, ion.kind, left, { x: 0, y: band.y, w: poreX - lane, h: band.h }, time);
    const right = { x: poreX + lane, y: band.y, w: fieldW - poreX - lane, h: band.h };
    scatter(this.tokens, ion.kind, count - left, right, time + 250);
  }

  /** Three pushes, each an arrow with its size in mV: concentration (solid), electrical (dashed), net (thick). */
  private drawArrows(push: ReturnType<typeof ionPush>, ion: IonView, width: number, y: number, height: number): void {
    const scale = Math.min(1.2, (height * 0.38) / 160);
    const columns: [string, number, boolean, number][] = [
      ["conc.", Math.abs(ion.eMv), false, push.chemical === "in" ? 1 : -1],
      ["elec.", Math.abs(ion.vMv), true, push.electrical === "out" ? -1 : 1],
      ["net", Math.abs(push.drivingMv), false, push.net === "in" ? 1 : -1],
    ];
    columns.forEach(([name, mv, dashed, dir], i) => {
      const x = width * (0.69 + i * 0.115);
      // A small push still gets a readable arrow (shaft and head); its number says how small it is.
      const length = Math.max(30, Math.min(height * 0.42, mv * scale));
      const from = y - (dir * length) / 2;
      this.arrow(x, from, x, from + dir * length, i === 2 ? COLOURS.force : COLOURS.ink, i === 2 ? 7 : 4, dashed);
      this.label(name, x, height - 26, 12);
      this.label(`${Math.round(mv)} mV`, x, height - 11, 11, "#4a5a6e");
    });
  }
}
