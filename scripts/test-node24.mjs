// Runs the test suite again on Node 24 LTS (production should not need an end-of-life Node). Node 24 comes from
// the npm registry's `node` package; better-sqlite3 is built for it from source against that package's headers
// into a cache folder, and the tests load it through ENDPLATE_SQLITE_BINDING. Idempotent: reuses the cache.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, ".cache", "node24");
const NODE_RANGE = "24";
const sqliteVersion = JSON.parse(readFileSync(join(root, "node_modules/better-sqlite3/package.json"), "utf8")).version;

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: "inherit", ...options });
}

const nodeBin = join(cache, "node_modules", "node", "bin", "node");
if (!existsSync(nodeBin)) {
  mkdirSync(cache, { recursive: true });
  console.log(`Installing Node ${NODE_RANGE} from the npm registry into ${cache}…`);
  run("npm", ["install", "--prefix", cache, "--no-save", "--no-audit", "--no-fund", `node@${NODE_RANGE}`]);
}
const headers = join(cache, "node_modules", "node", "node_modules", `node-linux-${process.arch}`);
const env24 = { ...process.env, PATH: `${dirname(nodeBin)}:${process.env.PATH}` };
const version = execFileSync(nodeBin, ["--version"], { encoding: "utf8" }).trim();

const sqliteDir = join(cache, `sqlite-${sqliteVersion}`);
const binding = join(sqliteDir, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
if (!existsSync(binding)) {
  mkdirSync(sqliteDir, { recursive: true });
  console.log(`Building better-sqlite3 ${sqliteVersion} for ${version} (about a minute)…`);
  run(
    "npm",
    [
      "install",
      "--prefix",
      sqliteDir,
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--build-from-source",
      `--nodedir=${headers}`,
      `better-sqlite3@${sqliteVersion}`,
    ],
    { env: env24 },
  );
}

console.log(`\nRunning the tests on ${version}…`);
run(nodeBin, [join(root, "node_modules", "vitest", "vitest.mjs"), "run"], {
  cwd: root,
  env: { ...env24, ENDPLATE_SQLITE_BINDING: binding },
});
