// `npm test`'s own set-up (scripts/test-setup.mjs) on machines that lack Chromium or redis-server, simulated by
// pointing it at paths that do not exist and at a stand-in apt-get, never by uninstalling anything.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = resolve(import.meta.dirname, "../../scripts/test-setup.mjs");
const roots: string[] = [];

function run(env: Record<string, string>) {
  const base = { ...process.env };
  delete base.CHROMIUM_PATH;
  delete base.REDIS_SERVER_PATH;
  delete base.ENDPLATE_NO_INSTALL;
  const result = spawnSync(process.execPath, [SCRIPT], { env: { ...base, ...env }, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** An empty machine image: a folder with usr/bin, and optionally an apt-get that "installs" into it. */
function fakeMachine(apt: "none" | "installs" | "installs nothing"): string {
  const root = mkdtempSync(join(tmpdir(), "endplate-setup-"));
  roots.push(root);
  mkdirSync(join(root, "usr", "bin"), { recursive: true });
  if (apt !== "none") {
    const install =
      apt === "installs"
        ? `for p in "$@"; do case "$p" in -*|install) ;; *) : > "${root}/usr/bin/$p";; esac; done`
        : "";
    const script = `#!/bin/sh\necho "$@" >> "${root}/apt.log"\n[ "$1" = install ] || exit 0\n${install}\n`;
    writeFileSync(join(root, "usr", "bin", "apt-get"), script);
    chmodSync(join(root, "usr", "bin", "apt-get"), 0o755);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("npm test's set-up", () => {
  it("does nothing and says nothing where everything is installed (this machine)", () => {
    const result = run({});
    expect(result.code).toBe(0);
    expect(result.out + result.err).toBe("");
  });

  it("stops with one line naming what to install where it may not install (ENDPLATE_NO_INSTALL)", () => {
    const result = run({ CHROMIUM_PATH: "/nonexistent/chromium", ENDPLATE_NO_INSTALL: "1" });
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    const lines = result.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm test needs Chromium \(CHROMIUM_PATH=\/nonexistent\/chromium is not a file\)/);
    expect(lines[0]).toContain("sudo apt-get install -y chromium");
    expect(lines[0]).not.toContain("redis-server"); // it is installed here
  });

  it("stops with one line on a machine without apt-get", () => {
    const root = fakeMachine("none");
    const result = run({ ENDPLATE_SETUP_ROOT: root });
    expect(result.code).toBe(1);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    // (make, g++ and python3 are named too until the Node 24 pass has built its SQLite driver in .cache/.)
    expect(result.err).toMatch(/^npm test needs Chromium(, | and )redis-server/);
    expect(result.err).toMatch(/apt-get install -y chromium redis-server/);
  });

  it("installs what is missing with apt-get as root, says so, and goes on", () => {
    const root = fakeMachine("installs");
    const result = run({ ENDPLATE_SETUP_ROOT: root });
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^npm test: missing Chromium(, | and )redis-server.*; installing chromium redis-server/);
    expect(result.out).toMatch(/npm test: installed chromium redis-server/);
    const apt = readFileSync(join(root, "apt.log"), "utf8").trim().split("\n");
    expect(apt[0]).toBe("update -qq");
    expect(apt[1]).toMatch(/^install -y -qq --no-install-recommends chromium redis-server/);
  });

  it("stops with the line when apt-get ran but the tools are still missing", () => {
    const root = fakeMachine("installs nothing");
    const result = run({ ENDPLATE_SETUP_ROOT: root });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/installing chromium redis-server/);
    expect(result.err).toMatch(/^npm test needs Chromium(, | and )redis-server/);
  });
});
