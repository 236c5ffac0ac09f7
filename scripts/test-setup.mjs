// First step of `npm test`: makes sure what the tests use outside npm is on this machine — Debian's Chromium (the
// browser tests), redis-server (the scale-out tests) and, until the Node 24 pass has built its SQLite driver once,
// make, g++ and python3. Missing ones are installed with apt-get where that is possible (root, apt-get present),
// and it says so; anywhere else it stops with one line naming what to install. Nothing else is downloaded here.
//
// Settings: CHROMIUM_PATH / REDIS_SERVER_PATH use that binary (and only it); ENDPLATE_NO_INSTALL=1 never installs;
// ENDPLATE_SETUP_ROOT=/some/dir looks for everything (apt-get included) under that folder instead of / (tests).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const setupRoot = process.env.ENDPLATE_SETUP_ROOT ?? "";

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
/** Where a command would be found: the PATH, or the fixed folders under ENDPLATE_SETUP_ROOT. */
const searchDirs = () =>
  setupRoot
    ? ["usr/local/bin", "usr/bin", "bin"].map((d) => join(setupRoot, d))
    : (process.env.PATH ?? "").split(delimiter);
const onPath = (command) => searchDirs().some((dir) => dir && isFile(join(dir, command)));

/** Each tool: how to find it, and the Debian package that provides it. */
const TOOLS = [
  {
    name: "Chromium",
    pkg: "chromium",
    env: "CHROMIUM_PATH",
    paths: ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
  },
  {
    name: "redis-server",
    pkg: "redis-server",
    env: "REDIS_SERVER_PATH",
    paths: ["/usr/bin/redis-server", "/usr/local/bin/redis-server"],
  },
];
/** What building better-sqlite3 from source for the Node 24 pass needs (scripts/test-node24.mjs). */
const BUILD_TOOLS = [
  { name: "make", pkg: "make", command: "make", build: true },
  { name: "g++", pkg: "g++", command: "g++", build: true },
  { name: "python3", pkg: "python3", command: "python3", build: true },
];

function node24BindingBuilt() {
  const manifest = join(project, "node_modules", "better-sqlite3", "package.json");
  if (!existsSync(manifest)) return false;
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  const release = join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
  return existsSync(join(project, ".cache", "node24", `sqlite-${version}`, release));
}

/** The tools not found, each with why (an unset or missing CHROMIUM_PATH-style override is named). */
function missingTools() {
  const missing = [];
  for (const tool of TOOLS) {
    const override = process.env[tool.env];
    const candidates = override ? [override] : tool.paths.map((p) => join(setupRoot || "/", p));
    if (!candidates.some(isFile)) missing.push({ ...tool, override });
  }
  if (!node24BindingBuilt()) for (const tool of BUILD_TOOLS) if (!onPath(tool.command)) missing.push(tool);
  return missing;
}

function aptGet() {
  return searchDirs()
    .map((dir) => join(dir, "apt-get"))
    .find(isFile);
}

function canInstall() {
  return process.env.ENDPLATE_NO_INSTALL !== "1" && process.getuid?.() === 0 && aptGet() !== undefined;
}

const list = (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
/** e.g. "Chromium, redis-server and, to build SQLite for the Node 24 pass, make and g++". */
function names(tools) {
  const run = tools
    .filter((t) => !t.build)
    .map((t) => (t.override ? `${t.name} (${t.env}=${t.override} is not a file)` : t.name));
  const build = tools.filter((t) => t.build).map((t) => t.name);
  const forBuild = build.length > 0 ? `to build SQLite for the Node 24 pass, ${list(build)}` : "";
  return run.length > 0 && forBuild ? `${run.join(", ")} and, ${forBuild}` : list(run) || forBuild;
}

function stop(missing) {
  const packages = missing.map((t) => t.pkg).join(" ");
  const overrides = missing.filter((t) => t.env).map((t) => t.env);
  const binaries = overrides.length > 1 ? "their binaries" : "its binary";
  const orSet = overrides.length > 0 ? `, or set ${list(overrides)} to ${binaries}` : "";
  console.error(
    `npm test needs ${names(missing)}: install with \`sudo apt-get install -y ${packages}\` (Debian/Ubuntu)${orSet}.`,
  );
  process.exit(1);
}

function main() {
  const missing = missingTools();
  if (missing.length === 0) return;
  if (!canInstall()) stop(missing);
  const packages = missing.map((t) => t.pkg);
  console.log(`npm test: missing ${names(missing)}; installing ${packages.join(" ")} with apt-get…`);
  const apt = aptGet();
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync(apt, ["update", "-qq"], { stdio: "inherit", env });
    execFileSync(apt, ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
  } catch {
    stop(missing);
  }
  const still = missingTools();
  if (still.length > 0) stop(still);
  console.log(`npm test: installed ${packages.join(" ")}.`);
}

main();
