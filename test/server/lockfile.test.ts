// The lockfile `npm ci` installs from: no download addresses (the registry is the user's own setting), nothing
// nobody imports (@colyseus/tools brought @pm2/io, which Colyseus loads at start-up when present), and no package
// a scanner would read as nanoid 2.x (the stand-in has its own name and version).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  link?: boolean;
}
const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package-lock.json"), "utf8")) as {
  packages: Record<string, LockEntry>;
};
const entries = Object.entries(lock.packages);
/** The package name an entry installs: its own "name", else the folder it goes in. */
const nameOf = ([path, entry]: [string, LockEntry]) => entry.name ?? path.split("node_modules/").at(-1) ?? path;

describe("package-lock.json", () => {
  it("records no download addresses", () => {
    const addresses = entries.filter(([, e]) => e.resolved && /^[a-z+]+:/i.test(e.resolved)).map(([p]) => p);
    expect(addresses).toEqual([]);
  });

  it("holds none of the packages nothing imports", () => {
    const names = new Set(entries.map(nameOf));
    for (const unused of ["@colyseus/tools", "@colyseus/testing", "@pm2/io"])
      expect(names.has(unused), unused).toBe(false);
  });

  it("records the nanoid stand-in under its own name and version, and no nanoid 2.x", () => {
    expect(lock.packages["vendor/nanoid"]).toMatchObject({ name: "endplate-nanoid-standin", version: "1.0.0" });
    expect(lock.packages["node_modules/nanoid"]).toMatchObject({ resolved: "vendor/nanoid", link: true });
    const nanoid2 = entries.filter((e) => nameOf(e) === "nanoid" && e[1].version?.startsWith("2."));
    expect(nanoid2).toEqual([]);
  });
});
