// The ion's scene (Na+, K+, Ca2+): both compartments with tokens by concentration, the channel the ion may
// cross, and three arrows: concentration push (solid), electrical push (dashed) and the net push (thick).
import { BATH, ionPush } from "../../../shared/game/view";
import { COLOURS, type TokenKind } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { drawCompartments, scatter, tokensFor } from "./membrane";

/** The terminal's resting potential for the Ca2+ ion's arrows, mV (neuron rest, physiology.md A). */
const TERMINAL_REST_MV = -70;
/** E_Ca at 2 mM outside and 0.1 µM inside, mV (physiology.md A). */
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
    scatter(
      this.tokens,
      ion.kind,
      tokensFor(ion.outsideMM, ion.perToken),
      { x: 0, y: 0, w: fieldW, h: membraneY - thickness },
      time,
    );
    const insideBox = { x: 0, y: membraneY + thickness, w: fieldW, h: height - membraneY - thickness };
    scatter(this.tokens, ion.kind, tokensFor(ion.insideMM, ion.perToken), insideBox, time + 500);
    this.label("Outside", 8, 14, 14, "#0f2742", 0);
    this.label("Inside", 8, height - 14, 14, "#0f2742", 0);
    // The channel (a gap in the membrane) and the player's own token, crossing while their part is active.
    const poreX = fieldW * 0.5;
    this.g.fillStyle(COLOURS.paper, 1);
    this.g.fillRect(poreX - 14, membraneY - thickness / 2, 28, thickness);
    const push = ionPush(ion.vMv, ion.eMv, ion.insideMM, ion.outsideMM);
    const phase = this.ctx.active() ? (time / 1200) % 1 : 0;
    const sign = push.net === "in" ? 1 : -1;
    const yStart = membraneY - sign * (thickness + 30);
    this.tokens.place(ion.kind, poreX, yStart + sign * phase * (2 * thickness + 60), 1.25);
    this.g.lineStyle(3, COLOURS.ink, 1);
    this.g.strokeCircle(poreX, yStart + sign * phase * (2 * thickness + 60), 28);
    this.label("You", poreX + 36, yStart + sign * phase * (2 * thickness + 60), 14, "#0f2742", 0);
    this.drawArrows(push, ion, width, membraneY, height);
  }

  private drawArrows(push: ReturnType<typeof ionPush>, ion: IonView, width: number, y: number, height: number): void {
    const scale = Math.min(1.2, (height * 0.38) / 160);
    const columns: [string, number, boolean, number][] = [
      ["conc.", Math.abs(ion.eMv) * scale, false, push.chemical === "in" ? 1 : -1],
      ["elec.", Math.abs(ion.vMv) * scale, true, push.electrical === "out" ? -1 : 1],
      ["net", Math.abs(push.drivingMv) * scale, false, push.net === "in" ? 1 : -1],
    ];
    columns.forEach(([name, rawLength, dashed, dir], i) => {
      const x = width * (0.7 + i * 0.1);
      const length = Math.max(12, Math.min(height * 0.42, rawLength));
      const from = y - (dir * length) / 2;
      this.arrow(x, from, x, from + dir * length, i === 2 ? COLOURS.force : COLOURS.ink, i === 2 ? 7 : 4, dashed);
      this.label(name, x, height - 12, 13);
    });
  }
}
