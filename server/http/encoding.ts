// Content negotiation for the precompressed client: which copy to send for a request's Accept-Encoding header.
// Plain http on a LAN address gets "gzip, deflate" from Chromium (brotli only over https and on localhost).

export type Encoding = "br" | "gzip" | "identity";

/** The encodings a header accepts with their weights (q, 0–1): `gzip;q=0.5, br` → gzip 0.5, br 1. */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(name === "x-gzip" ? "gzip" : name, Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0);
  }
  return accepted;
}

/** Brotli, then gzip, as far as a copy exists and the browser takes it (q > 0; a tie goes to br, the smaller). */
export function chooseEncoding(header: string | undefined, copies: { br: boolean; gzip: boolean }): Encoding {
  const accepted = acceptedEncodings(header);
  const any = accepted.get("*") ?? 0;
  let best: Encoding = "identity";
  let bestWeight = 0;
  for (const encoding of ["br", "gzip"] as const) {
    if (!copies[encoding]) continue;
    const weight = accepted.get(encoding) ?? any;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  // A browser that prefers the raw bytes outright ("identity;q=1, br;q=0.5") gets them.
  return (accepted.get("identity") ?? 0) > bestWeight ? "identity" : best;
}
