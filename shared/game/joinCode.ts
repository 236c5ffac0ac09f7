// Class join codes: six characters from an alphabet without look-alike characters.
// Pure: the caller supplies the randomness (the server uses a cryptographic source).

/** Digits 2–9 and capitals without 0/O, 1/I/L and U/V (read aloud alike): 29 symbols, 29^6 ≈ 5.9e8 codes. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** `randomIndex(n)` must return an integer in [0, n). */
export function makeJoinCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET.charAt(randomIndex(JOIN_CODE_ALPHABET.length));
  }
  return code;
}

/** Normalises what a person typed ("abc 23x", "abc-23x") to a code, or null if it cannot be one. */
export function normaliseJoinCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 32) return null;
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "");
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of cleaned) {
    if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  }
  return cleaned;
}
