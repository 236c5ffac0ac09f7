// Each load-test classroom connects from its own loopback address (127.0.x.y; Linux routes all of 127/8 to
// the loopback interface), as real schools do from their own addresses. The server's per-address limits then
// apply per classroom, exactly as in production, instead of lumping 1,000 students into one "school".
import { request } from "node:http";

/** The source address of classroom `index` (0-based): 127.0.0.2, 127.0.0.3, … */
export function classroomAddress(index: number): string {
  const n = index + 2;
  return `127.0.${Math.floor(n / 250)}.${n % 250 || 250}`;
}

/** POST a JSON body from the given local address; resolves to the status and the parsed JSON answer. */
export function postJson(url: string, body: unknown, localAddress: string): Promise<{ status: number; json: unknown }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        localAddress,
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          data += chunk;
        });
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: data ? JSON.parse(data) : null });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}
