// Token textures (shape + label baked into one small canvas each) and a pool of images placed per frame:
// dozens of tokens cost one batched draw instead of many Graphics paths or Text objects.
import type * as Phaser from "phaser";
import { TOKEN_PX, TOKENS, type TokenKind, type TokenShape } from "./palette";

function outline(ctx: CanvasRenderingContext2D, shape: TokenShape, s: number): void {
  const c = s / 2;
  const r = s / 2 - 3;
  ctx.beginPath();
  if (shape === "circle") ctx.arc(c, c, r, 0, Math.PI * 2);
  else if (shape === "square") ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
  else {
    const corners = shape === "diamond" ? 4 : shape === "triangle" ? 3 : 6;
    const turn = shape === "hexagon" ? 0 : -Math.PI / 2;
    for (let i = 0; i < corners; i++) {
      const a = turn + (i * Math.PI * 2) / corners;
      ctx.lineTo(c + r * Math.cos(a), c + r * Math.sin(a) + (shape === "triangle" ? r * 0.2 : 0));
    }
  }
  ctx.closePath();
}

/** Textures are baked at twice the token size and shown at half scale, so tokens stay sharp on HiDPI phones. */
const TEXTURE_SCALE = 2;

/** Creates the token textures once per game (`token-na`, `token-k`, …). */
export function makeTokenTextures(scene: Phaser.Scene): void {
  for (const [kind, spec] of Object.entries(TOKENS)) {
    const key = `token-${kind}`;
    if (scene.textures.exists(key)) continue;
    const texture = scene.textures.createCanvas(key, TOKEN_PX * TEXTURE_SCALE, TOKEN_PX * TEXTURE_SCALE);
    if (!texture) continue;
    const ctx = texture.context;
    ctx.scale(TEXTURE_SCALE, TEXTURE_SCALE);
    outline(ctx, spec.shape, TOKEN_PX);
    ctx.fillStyle = spec.fill;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = "#0f2742";
    ctx.stroke();
    ctx.fillStyle = "#0f2742";
    ctx.font = `bold ${spec.label.length > 3 ? 11 : 13}px system-ui, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(spec.label, TOKEN_PX / 2, TOKEN_PX / 2 + (spec.shape === "triangle" ? 4 : 0));
    texture.refresh();
  }
}

export class TokenPool {
  private readonly images: Phaser.GameObjects.Image[] = [];
  private used = 0;
  private changed = false;

  constructor(private readonly scene: Phaser.Scene) {}

  begin(): void {
    this.used = 0;
    this.changed = false;
  }

  place(kind: TokenKind, x: number, y: number, size = 1, alpha = 1): void {
    const scale = size / TEXTURE_SCALE;
    let image = this.images[this.used];
    if (!image) {
      image = this.scene.add.image(0, 0, `token-${kind}`).setDepth(5);
      this.images.push(image);
      this.changed = true;
    }
    const key = `token-${kind}`;
    if (
      !image.visible ||
      image.texture.key !== key ||
      image.x !== x ||
      image.y !== y ||
      image.scale !== scale ||
      image.alpha !== alpha
    ) {
      image.setTexture(key).setPosition(x, y).setScale(scale).setAlpha(alpha).setVisible(true);
      this.changed = true;
    }
    this.used += 1;
  }

  /** Hides the tokens not placed since `begin`; true if anything moved, appeared or went. */
  end(): boolean {
    for (let i = this.used; i < this.images.length; i++) {
      const image = this.images[i];
      if (image?.visible) {
        image.setVisible(false);
        this.changed = true;
      }
    }
    return this.changed;
  }

  destroy(): void {
    for (const image of this.images) image.destroy();
    this.images.length = 0;
  }
}
