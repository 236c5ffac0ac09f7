// Wraps an async Express handler so a rejected promise becomes a 500 answer, never an unhandled rejection.
import type { NextFunction, Request, RequestHandler, Response } from "express";

export function asyncRoute(handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch((error: unknown) => {
      console.error(`[http] ${req.method} ${req.path} failed:`, error);
      if (res.headersSent) next(error);
      else res.status(500).json({ error: "The server could not do that just now. Try again." });
    });
  };
}
