// Vite plugin: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the highest
// levels node:zlib offers, so the server sends compressed bytes without compressing per request (no network, no
// extra package). A copy is kept only where it is smaller than the file by at least MIN_SAVING_BYTES.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts the build might add are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|wasm)$/;
/** Below this saving a second file is not worth its lookup (headers alone are ~200 bytes). */
const MIN_SAVING_BYTES = 64;

export interface CompressedSizes {
  file: string;
  bytes: number;
  br: number | null;
  gzip: number | null;
}

/** Compresses one file's bytes both ways and writes the copies that pay; returns the sizes. */
export async function precompressFile(path: string, file: string, data: Uint8Array): Promise<CompressedSizes> {
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 }),
  ]);
  const sizes: CompressedSizes = { file, bytes: data.length, br: null, gzip: null };
  if (br.length + MIN_SAVING_BYTES <= data.length) {
    await writeFile(`${path}.br`, br);
    sizes.br = br.length;
  }
  if (gzipped.length + MIN_SAVING_BYTES <= data.length) {
    await writeFile(`${path}.gz`, gzipped);
    sizes.gzip = gzipped.length;
  }
  return sizes;
}

export function precompress(): Plugin {
  return {
    name: "endplate:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? "";
      const files = Object.values(bundle).filter((f) => COMPRESSIBLE.test(f.fileName));
      await Promise.all(
        files.map((f) =>
          precompressFile(
            join(dir, f.fileName),
            f.fileName,
            f.type === "chunk" ? Buffer.from(f.code) : Buffer.from(f.source as Uint8Array | string),
          ),
        ),
      );
    },
  };
}
