// HTTP routes for class sessions: create one (teacher), look one up (student's join form), its QR code.
import { matchMaker } from "colyseus";
import express, { type Router } from "express";
import QRCode from "qrcode";
import { normaliseJoinCode } from "../../shared/game/joinCode";
import { MAX_STUDENTS_PER_CLASS } from "../../shared/game/lobby";
import { CLASS_ROOM, type CreatedClass, createClassSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { hashSecret, newJoinCode, newSecret } from "../secrets";
import { addressLimiter } from "../security/addressLimits";
import { clientAddress } from "../security/clientAddress";
import { CLASSES_PER_ADDRESS } from "../security/limits";
import { badCodeLimiter, TOO_MANY_TRIES } from "../security/matchmaking";
import { getStore } from "../store";
import { asyncRoute } from "./asyncRoute";
import { publicBaseUrl } from "./publicUrl";
import { teacherForHosting } from "./teacherAuth";

const CODE_ATTEMPTS = 20;
const creationLimiter = addressLimiter("classes", CLASSES_PER_ADDRESS);

async function codeInUse(code: string): Promise<boolean> {
  return (await matchMaker.query({ roomId: code })).length > 0;
}

async function freshCode(): Promise<string> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode();
    if (!(await codeInUse(code))) return code;
  }
  throw new Error("Could not find a free join code");
}

export function classRoutes(getPort: () => number): Router {
  const router = express.Router();
  router.use(express.json({ limit: "2kb" }));

  router.post(
    "/",
    asyncRoute(async (req, res) => {
      if (!(await creationLimiter.take(clientAddress(req)))) {
        res.status(429).json({ error: "Too many classes created from this network just now. Wait a minute." });
        return;
      }
      const body = parse(createClassSchema, req.body ?? {});
      if (!body.ok) {
        res.status(400).json({ error: body.reason });
        return;
      }
      const code = await freshCode();
      const hostSecret = newSecret();
      const { teacher, token } = teacherForHosting(req, res, body.value.teacherToken);
      const title = body.value.title ?? "";
      const sessionRowId = getStore().createSession(code, title, teacher);
      await matchMaker.createRoom(CLASS_ROOM, {
        code,
        hostSecretHash: hashSecret(hostSecret).toString("hex"),
        sessionId: sessionRowId,
        ...(title ? { title } : {}),
      });
      const base = publicBaseUrl(req, getPort());
      const created: CreatedClass = {
        code,
        hostSecret,
        joinUrl: `${base}/join/${code}`,
        ...(token ? { teacherToken: token } : {}),
        dashboardUrl: "/teacher",
      };
      res.status(201).json(created);
    }),
  );

  router.get(
    "/:code",
    asyncRoute(async (req, res) => {
      const address = clientAddress(req);
      if (!(await badCodeLimiter.allows(address))) {
        res.status(429).json({ error: TOO_MANY_TRIES });
        return;
      }
      const code = normaliseJoinCode(req.params.code);
      const room = code ? (await matchMaker.query({ roomId: code }))[0] : undefined;
      if (!code || !room) {
        if (!(await badCodeLimiter.take(address))) {
          res.status(429).json({ error: TOO_MANY_TRIES });
          return;
        }
        res.status(404).json({
          error: `There is no class with the code ${String(req.params.code).slice(0, 12).toUpperCase()}. Check the code on the board.`,
        });
        return;
      }
      res.json({ code, joinUrl: `${publicBaseUrl(req, getPort())}/join/${code}`, maxStudents: MAX_STUDENTS_PER_CLASS });
    }),
  );

  router.get(
    "/:code/qr.svg",
    asyncRoute(async (req, res) => {
      const code = normaliseJoinCode(req.params.code);
      if (!code || !(await codeInUse(code))) {
        res.status(404).end();
        return;
      }
      const svg = await QRCode.toString(`${publicBaseUrl(req, getPort())}/join/${code}`, {
        type: "svg",
        errorCorrectionLevel: "M",
        margin: 2,
      });
      res.type("image/svg+xml").set("Cache-Control", "no-store").send(svg);
    }),
  );

  return router;
}
