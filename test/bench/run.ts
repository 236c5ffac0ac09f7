// `npm run bench`: every benchmark, one figure per line as `bench <name> <value> <unit>`.
import { benchClient } from "./client";
import { benchEngine } from "./engine";
import { benchPlay } from "./play";
import { benchRoom } from "./room";

async function main(): Promise<void> {
  await benchEngine();
  await benchPlay();
  await benchRoom();
  await benchClient();
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
