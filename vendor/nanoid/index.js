// @colyseus/core 0.16 depends on nanoid ^2 and calls only its default export, nanoid(size), for room, session
// and process ids. nanoid 2.x is no longer maintained and is inside the vulnerable ranges of advisories about
// sizes that are not positive integers (GHSA-mwcw-c2x4-8c55, GHSA-28wg-ghj8-5hjv, GHSA-2v37-7h3g-55p8,
// GHSA-xwg4-73v4-xw9w). package.json overrides it with this file: the same call, the same URL-safe 64-symbol
// output, cryptographic randomness, and a size that must be an integer from 1 to 1024. It is installed in the
// `nanoid` folder Colyseus requires, under its own package name and version (endplate-nanoid-standin 1.0.0), so
// scanners that match names and versions do not take it for a nanoid 2.x.
const { randomBytes } = require("node:crypto");

const SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const DEFAULT_SIZE = 21;
const MAX_SIZE = 1024;

function nanoid(size) {
  const n = size === undefined ? DEFAULT_SIZE : size;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SIZE) {
    throw new TypeError(`nanoid: size must be an integer from 1 to ${MAX_SIZE}, got ${String(size)}`);
  }
  const bytes = randomBytes(n);
  let id = "";
  // 64 symbols: the low six bits of each random byte pick one, uniformly.
  for (let i = 0; i < n; i++) id += SYMBOLS[bytes[i] & 63];
  return id;
}

module.exports = nanoid;
module.exports.default = nanoid;
