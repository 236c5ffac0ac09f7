// Text labels whose words change during a round (values, gate states), kept by id: a Text object re-renders
// and re-uploads its texture only when its string actually changes, and callers update them a few times a second.
import type * as Phaser from "phaser";
import { FONT } from "./paint";

export class LiveLabels {
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();

  constructor(private readonly scene: Phaser.Scene) {}

  /** Shows `s` at (x, y); true if the label is new or its words or place changed. */
  set(id: string, s: string, x: number, y: number, size = 14, colour = "#0f2742", originX = 0.5): boolean {
    let t = this.texts.get(id);
    const px = Math.round(x);
    const py = Math.round(y);
    if (t && t.text === s && t.x === px && t.y === py) return false;
    if (!t) {
      t = this.scene.add.text(0, 0, s, { fontFamily: FONT, fontSize: `${size}px`, color: colour }).setDepth(10);
      this.texts.set(id, t);
    }
    if (t.text !== s) t.setText(s);
    if (t.style.color !== colour) t.setColor(colour);
    if (t.style.fontSize !== `${size}px`) t.setFontSize(size);
    t.setOrigin(originX, 0.5).setPosition(px, py);
    return true;
  }

  destroy(): void {
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
  }
}
