// CPU time a process has used (user + system), read from Linux's /proc/<pid>/stat: the server's own share of the
// machine, apart from the load generators that run beside it on the same cores.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerS: number | null = null;

function clockTicksPerS(): number {
  if (ticksPerS === null) {
    try {
      ticksPerS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerS = 100;
    }
  }
  return ticksPerS;
}

/** Milliseconds of CPU the process has used so far, or null where /proc cannot tell (not Linux, process gone). */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // "pid (command) state ppid …": fields after the command, which may hold spaces; utime and stime are fields
  // 14 and 15 of the line, in clock ticks.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / clockTicksPerS();
}
