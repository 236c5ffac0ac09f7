// The built client as a phone receives it: the build's brotli or gzip copy as the browser accepts, with the right
// Content-Encoding and Vary; hashed assets cached for a year, the page revalidated; security headers kept.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressFile } from "../../scripts/vite/precompress";
import { chooseEncoding } from "../../server/http/encoding";
import { startTestServer, type TestServer } from "../helpers/server";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request (fetch would decode the body and hide what went over the wire). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const CHROMIUM_LOCALHOST = "gzip, deflate, br, zstd";
const CHROMIUM_LAN_HTTP = "gzip, deflate";
const SCRIPT = `export const text = ${JSON.stringify("The end plate potential rises. ".repeat(400))};\n`;
const PAGE = `<!doctype html><html><head><title>Endplate</title></head><body>${"<p>Loading</p>".repeat(50)}</body></html>`;

let dir: string;
let test: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "endplate-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), PAGE);
  writeFileSync(join(dir, "assets", "app-Ab12Cd34.js"), SCRIPT);
  writeFileSync(join(dir, "assets", "tiny-Zz99Yy88.js"), "export{};");
  writeFileSync(join(dir, "secret.txt"), "outside");
  await precompressFile(join(dir, "index.html"), "index.html", Buffer.from(PAGE));
  await precompressFile(join(dir, "assets", "app-Ab12Cd34.js"), "app.js", Buffer.from(SCRIPT));
  await precompressFile(join(dir, "assets", "tiny-Zz99Yy88.js"), "tiny.js", Buffer.from("export{};"));
  test = await startTestServer({ clientDir: dir });
});

afterAll(async () => {
  await test.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the build's compressed copies", () => {
  it("decompress to the very file, and are much smaller for text", () => {
    const original = readFileSync(join(dir, "assets", "app-Ab12Cd34.js"));
    const br = readFileSync(join(dir, "assets", "app-Ab12Cd34.js.br"));
    const gz = readFileSync(join(dir, "assets", "app-Ab12Cd34.js.gz"));
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gunzipSync(gz).equals(original)).toBe(true);
    expect(br.length).toBeLessThan(original.length / 10);
  });

  it("are not written where compressing saves next to nothing", () => {
    expect(() => readFileSync(join(dir, "assets", "tiny-Zz99Yy88.js.br"))).toThrow();
  });
});

describe("serving the client", () => {
  it("sends brotli to a browser that takes it, with the script's own type and a year's immutable cache", async () => {
    const answer = await get(`${test.baseUrl}/assets/app-Ab12Cd34.js`, { "Accept-Encoding": CHROMIUM_LOCALHOST });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it("sends gzip to a phone on plain http over the LAN (Chromium offers no brotli there)", async () => {
    const answer = await get(`${test.baseUrl}/assets/app-Ab12Cd34.js`, { "Accept-Encoding": CHROMIUM_LAN_HTTP });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
  });

  it("sends the file as it is to a client that accepts no compression", async () => {
    const answer = await get(`${test.baseUrl}/assets/app-Ab12Cd34.js`);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.body.toString()).toBe(SCRIPT);
  });

  it("answers the page routes with the page, compressed, revalidated every time, with the security headers", async () => {
    for (const path of ["/", "/join/ABC123", "/host", "/index.html"]) {
      const answer = await get(`${test.baseUrl}${path}`, { "Accept-Encoding": CHROMIUM_LOCALHOST });
      expect(answer.status, path).toBe(200);
      expect(answer.headers["content-type"], path).toMatch(/^text\/html/);
      expect(answer.headers["content-encoding"], path).toBe("br");
      expect(answer.headers["cache-control"], path).toBe("no-cache");
      expect(answer.headers["content-security-policy"], path).toMatch(/default-src 'self'/);
      expect(answer.headers["x-content-type-options"], path).toBe("nosniff");
      expect(brotliDecompressSync(answer.body).toString(), path).toBe(PAGE);
    }
  });

  it("revalidates the page with a 304 when it has not changed", async () => {
    const first = await get(`${test.baseUrl}/join/ABC123`, { "Accept-Encoding": CHROMIUM_LAN_HTTP });
    const etag = String(first.headers.etag);
    const again = await get(`${test.baseUrl}/join/ABC123`, {
      "Accept-Encoding": CHROMIUM_LAN_HTTP,
      "If-None-Match": etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Each copy has its own validator: a gzip ETag never matches the brotli copy.
    const br = await get(`${test.baseUrl}/join/ABC123`, { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(br.status).toBe(200);
  });

  it("answers HEAD with the headers only", async () => {
    const answer = await get(`${test.baseUrl}/assets/app-Ab12Cd34.js`, { "Accept-Encoding": "br" }, "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.body.length).toBe(0);
  });

  it("refuses missing assets, the compressed copies by name, and paths out of the folder", async () => {
    for (const path of [
      "/assets/missing-00000000.js",
      "/assets/app-Ab12Cd34.js.br",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e/%2e%2e/etc/passwd",
    ]) {
      const answer = await get(`${test.baseUrl}${path}`, { "Accept-Encoding": "br" });
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain("outside");
    }
    // A path that is not valid percent-encoding is a bad request.
    expect((await get(`${test.baseUrl}/assets/%E0%A4%A`)).status).toBe(400);
  });
});

describe("choosing an encoding", () => {
  const both = { br: true, gzip: true };
  it("prefers brotli, then gzip, as the browser's weights allow", () => {
    expect(chooseEncoding(CHROMIUM_LOCALHOST, both)).toBe("br");
    expect(chooseEncoding(CHROMIUM_LAN_HTTP, both)).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", both)).toBe("gzip");
    expect(chooseEncoding("gzip;q=1, br;q=0.5", both)).toBe("gzip");
    expect(chooseEncoding("*", both)).toBe("br");
    expect(chooseEncoding("x-gzip", both)).toBe("gzip");
    expect(chooseEncoding("identity;q=1, br;q=0.5", both)).toBe("identity");
    expect(chooseEncoding(undefined, both)).toBe("identity");
    expect(chooseEncoding("", both)).toBe("identity");
  });

  it("sends only copies that exist", () => {
    expect(chooseEncoding(CHROMIUM_LOCALHOST, { br: false, gzip: true })).toBe("gzip");
    expect(chooseEncoding(CHROMIUM_LOCALHOST, { br: false, gzip: false })).toBe("identity");
  });
});
