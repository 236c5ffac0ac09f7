// The pump's scene: the transport cycle as a ring of steps (the next one highlighted) and the pump in the
// membrane holding what the last acknowledged step left bound (3 Na+, ATP, 2 K+ for the Na+/K+-ATPase).
import { COLOURS, type TokenKind } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { drawCompartments } from "./membrane";

interface Station {
  short: string;
  /** Tokens shown bound to the pump after this step: kind, count, side (-1 outside, 1 inside). */
  bound: [TokenKind, number, number][];
}

const NA_K: Station[] = [
  { short: "Bind 3 Na+", bound: [["na", 3, 1]] },
  {
    short: "ATP",
    bound: [
      ["na", 3, 1],
      ["atp", 1, 1],
    ],
  },
  { short: "Release Na+", bound: [["na", 3, -1]] },
  { short: "Bind 2 K+", bound: [["k", 2, -1]] },
  { short: "Return K+", bound: [["k", 2, 1]] },
];
const SERCA: Station[] = [
  { short: "Bind 2 Ca2+", bound: [["ca", 2, -1]] },
  {
    short: "ATP",
    bound: [
      ["ca", 2, -1],
      ["atp", 1, -1],
    ],
  },
  { short: "Into the SR", bound: [["ca", 2, 1]] },
];

export class PumpScene extends BaseScene {
  constructor(ctx: SceneContext) {
    super("pumps", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const serca = this.ctx.roleId() === "serca";
    const stations = serca ? SERCA : NA_K;
    const done = this.ctx.pumpStep?.() ?? -1;
    const { membraneY } = drawCompartments(this.g, width, height, serca ? COLOURS.muscle : COLOURS.inside);
    this.label(serca ? "Cytoplasm" : "Outside", 8, 14, 14, "#0f2742", 0);
    this.label(serca ? "SR lumen" : "Inside", 8, height - 14, 14, "#0f2742", 0);
    const px = width * 0.3;
    const flipped = done >= 1 && (!serca ? done <= 2 : done === 1);
    this.g.fillStyle(COLOURS.sarcomere, 1);
    this.g.fillRoundedRect(px - 40, membraneY - 50, 80, 100, 18);
    this.g.fillStyle(COLOURS.paper, 1);
    const mouth = flipped !== serca ? -1 : 1; // which side the pump opens to
    this.g.fillTriangle(px, membraneY, px - 26, membraneY + mouth * 50, px + 26, membraneY + mouth * 50);
    const bob = Math.sin(time / 400) * 3;
    for (const [kind, count, side] of stations[done]?.bound ?? []) {
      for (let i = 0; i < count; i++) {
        // Side by side, a token's width apart, so "3 Na+" reads as three ions.
        const x = px + (i - (count - 1) / 2) * 30 + (kind === "atp" ? 52 : 0);
        const y = membraneY + side * (kind === "atp" ? 20 : 72) + bob;
        this.tokens.place(kind, x, y, 0.7);
      }
    }
    // The ring stays inside the stage, its outermost station (radius 20) included.
    const cx = width * 0.7;
    this.drawRing(stations, done, cx, height * 0.5, Math.min(width * 0.22, height * 0.36, width - cx - 24));
  }

  private drawRing(stations: Station[], done: number, cx: number, cy: number, r: number): void {
    const next = (done + 1) % stations.length;
    this.g.lineStyle(3, COLOURS.grid, 1);
    this.g.strokeCircle(cx, cy, r);
    stations.forEach((station, i) => {
      const a = -Math.PI / 2 + (i * Math.PI * 2) / stations.length;
      const x = cx + r * Math.cos(a);
      const y = cy + r * Math.sin(a);
      const isNext = i === next;
      this.g.fillStyle(isNext ? COLOURS.open : i <= done ? COLOURS.membrane : 0xffffff, 1);
      this.g.fillCircle(x, y, isNext ? 20 : 15);
      this.g.lineStyle(isNext ? 4 : 2, COLOURS.ink, 1);
      this.g.strokeCircle(x, y, isNext ? 20 : 15);
      this.label(String(i + 1), x, y, 14, isNext || i <= done ? "#ffffff" : "#0f2742");
      this.label(station.short, x, y + (y < cy ? -30 : 30), 13);
    });
    // The next step named in the middle, on a white disc so it reads over the membrane.
    this.g.fillStyle(0xffffff, 0.92);
    this.g.fillCircle(cx, cy, Math.max(30, r * 0.62));
    this.label("next:", cx, cy - 9, 12, "#4a5a6e");
    this.label(stations[next]?.short ?? "", cx, cy + 8, 12);
  }
}
