// The nanoid stand-in that package.json's overrides give @colyseus/core (vendor/nanoid): same call and output
// shape as nanoid 2's default export, cryptographic and uniform, and sizes outside 1–1024 integers refused.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const nanoid = require("nanoid") as (size?: number) => string;

describe("vendor/nanoid (the id generator Colyseus uses)", () => {
  it("is the one @colyseus/core loads", () => {
    const fromCore = createRequire(require.resolve("@colyseus/core"))("nanoid") as unknown;
    expect(fromCore).toBe(nanoid);
    expect(require.resolve("nanoid")).toMatch(/vendor[/\\]nanoid[/\\]index\.js$/);
  });

  it("is its own package, not a nanoid 2.x by name and version", () => {
    const manifest = require("nanoid/package.json") as { name: string; version: string };
    expect(manifest).toMatchObject({ name: "endplate-nanoid-standin", version: "1.0.0" });
  });

  it("makes URL-safe ids of the asked length, 21 by default", () => {
    expect(nanoid()).toMatch(/^[A-Za-z0-9_-]{21}$/);
    expect(nanoid(9)).toMatch(/^[A-Za-z0-9_-]{9}$/);
    expect(nanoid(1)).toHaveLength(1);
  });

  it("uses all 64 symbols about evenly and does not repeat ids", () => {
    const counts = new Map<string, number>();
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = nanoid(16);
      ids.add(id);
      for (const c of id) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(ids.size).toBe(20_000);
    expect(counts.size).toBe(64);
    const expected = (20_000 * 16) / 64; // 5,000 each; sd ≈ 70
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(500);
  });

  it("refuses sizes that are not integers from 1 to 1024 (the advisories' inputs)", () => {
    for (const bad of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, 1025, "9" as unknown as number]) {
      expect(() => nanoid(bad), String(bad)).toThrow(/size must be an integer/);
    }
  });
});
