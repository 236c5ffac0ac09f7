// The dashboard reaching a class that is still open, in whichever process holds it (matchMaker.remoteRoomCall):
// re-hosting it from another device, and closing it when the teacher deletes it.
import { matchMaker } from "colyseus";
import { hashSecret, newSecret } from "../secrets";

async function isOpen(code: string): Promise<boolean> {
  return (await matchMaker.query({ roomId: code })).length > 0;
}

/** A new host secret for the open class `code` of session `sessionRowId`, or null if that class is not open. */
export async function rehost(sessionRowId: number, code: string): Promise<string | null> {
  if (!(await isOpen(code))) return null;
  const hostSecret = newSecret();
  try {
    const added = await matchMaker.remoteRoomCall(code, "addHostSecret", [
      sessionRowId,
      hashSecret(hostSecret).toString("hex"),
    ]);
    return added === true ? hostSecret : null;
  } catch {
    return null;
  }
}

/** Closes the open class `code` if it is session `sessionRowId` (a code may have been reused since). */
export async function endIfOpen(sessionRowId: number, code: string): Promise<void> {
  if (!(await isOpen(code))) return;
  try {
    await matchMaker.remoteRoomCall(code, "endDeleted", [sessionRowId]);
  } catch (error) {
    console.error(`[class ${code}] could not close the deleted class:`, error instanceof Error ? error.message : error);
  }
}
