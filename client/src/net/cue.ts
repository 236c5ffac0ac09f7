// Checked readers for the stage-play messages (`cue`, `cueEnd`): anything malformed reads as null, never throws.
import { type Action, parseAction } from "../../../shared/game/actions";
import { STAGE_IDS, type StageId } from "../../../shared/game/stages";

export interface CueMessage {
  stage: StageId;
  action: Action;
  windowMs: number;
  senses: string;
  todo: string;
}

export interface CueEndMessage {
  stage: StageId;
  answered: boolean;
  text: string;
}

const isStage = (v: unknown): v is StageId => typeof v === "string" && (STAGE_IDS as readonly string[]).includes(v);
const text = (v: unknown): string => (typeof v === "string" ? v.slice(0, 400) : "");

export function readCue(payload: unknown): CueMessage | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const action = parseAction(p.action);
  const windowMs = Number(p.windowMs);
  if (!isStage(p.stage) || !action.ok || !Number.isFinite(windowMs) || windowMs <= 0) return null;
  return {
    stage: p.stage,
    action: action.value,
    windowMs: Math.min(windowMs, 60_000),
    senses: text(p.senses),
    todo: text(p.todo),
  };
}

export function readCueEnd(payload: unknown): CueEndMessage | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (!isStage(p.stage)) return null;
  return { stage: p.stage, answered: p.answered === true, text: text(p.text) };
}
