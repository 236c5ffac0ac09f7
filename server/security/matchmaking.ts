// Guards Colyseus's matchmaking route: only joinById and reconnect are exposed, calls are limited per address,
// wrong class codes far more strictly (codes cannot be brute-forced), and CORS answers only allowed origins.
import type { IncomingMessage } from "node:http";
import { matchMaker, ServerError } from "colyseus";
import { JoinErrorCode } from "../../shared/protocol";
import { addressLimiter } from "./addressLimits";
import { clientAddress } from "./clientAddress";
import { allowedOrigin } from "./cors";
import { BAD_CODES_PER_ADDRESS, JOINS_PER_ADDRESS } from "./limits";

/** Colyseus's code for "no room with that id". */
const ROOM_NOT_FOUND = 4212;

export const badCodeLimiter = addressLimiter("bad-codes", BAD_CODES_PER_ADDRESS);
const joinLimiter = addressLimiter("joins", JOINS_PER_ADDRESS);

export const TOO_MANY_TRIES =
  "Too many tries from this network. Wait a minute, check the class code on the board, and try again.";

type Invoke = typeof matchMaker.controller.invokeMethod;

export function guardMatchmaking(): void {
  const controller = matchMaker.controller;
  controller.exposedMethods = ["joinById", "reconnect"];
  // Colyseus answers every origin with "*" by default; keep its other CORS headers, drop that one.
  const defaults = controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  delete defaults["Access-Control-Allow-Origin"];
  controller.getCorsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = allowedOrigin(req);
    return origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
  };
  const original: Invoke = controller.invokeMethod.bind(controller);
  const guarded: Invoke = async (method, roomName, clientOptions, authOptions) => {
    const req = (authOptions as { req?: IncomingMessage } | undefined)?.req;
    const address = req ? clientAddress(req) : "unknown";
    if (!(await joinLimiter.take(address))) throw new ServerError(JoinErrorCode.rateLimited, TOO_MANY_TRIES);
    if (method === "joinById" && !(await badCodeLimiter.allows(address))) {
      throw new ServerError(JoinErrorCode.rateLimited, TOO_MANY_TRIES);
    }
    try {
      return await original(method, roomName, clientOptions, authOptions);
    } catch (error) {
      if ((error as { code?: number }).code === ROOM_NOT_FOUND && !(await badCodeLimiter.take(address))) {
        throw new ServerError(JoinErrorCode.rateLimited, TOO_MANY_TRIES);
      }
      throw error;
    }
  };
  controller.invokeMethod = guarded;
}
