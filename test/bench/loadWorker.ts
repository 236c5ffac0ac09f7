// A load-generator process: joins light bots to the given classes, then on "measure" resets its counters and
// on "report" prints what its bots received (bytes, patches, errors) as one JSON line.
import { createInterface } from "node:readline";
import { lightBot } from "./lightBots";

const [baseUrl = "", codesText = "", perClassText = "30", tag = "w"] = process.argv.slice(2);
// Each class as CODE@ADDRESS: its students connect from the classroom's own loopback address.
const classes = codesText
  .split(",")
  .filter(Boolean)
  .map((entry) => {
    const [code = "", address = "127.0.0.1"] = entry.split("@");
    return { code, address };
  });
const perClass = Number(perClassText);

async function main(): Promise<void> {
  const bots: Awaited<ReturnType<typeof lightBot>>[] = [];
  let failedJoins = 0;
  for (const { code, address } of classes) {
    const joins = Array.from({ length: perClass }, (_, i) =>
      lightBot(baseUrl, code, `Bot ${i + 1}`, `load-${tag}-${code}-${i}-xxxxxxxxxxxx`, address).catch(() => {
        failedJoins += 1;
        return null;
      }),
    );
    for (const bot of await Promise.all(joins)) if (bot) bots.push(bot);
  }
  console.log(JSON.stringify({ joined: bots.length, failedJoins }));
  let since = Date.now();
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "measure") {
      for (const b of bots) Object.assign(b.stats, { bytes: 0, patches: 0 });
      since = Date.now();
    } else if (line === "report") {
      const seconds = (Date.now() - since) / 1000;
      const sum = (k: "bytes" | "patches" | "errors") => bots.reduce((a, b) => a + b.stats[k], 0);
      console.log(
        JSON.stringify({
          bots: bots.length,
          bytes: sum("bytes"),
          patches: sum("patches"),
          errors: sum("errors") + failedJoins,
          seconds,
        }),
      );
    } else if (line === "exit") {
      for (const b of bots) b.close();
      setTimeout(() => process.exit(0), 200);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
