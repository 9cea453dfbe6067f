// Test connection checks the token without sending it: the extension sends a fingerprint (the first 16 bytes of
// the token's SHA-256, as hex) and the tracker compares it with its own token's. Each side computes SHA-256 with
// its platform (crypto.subtle, Utilities.computeDigest); this turns the digest into the same text on both.

/** Hex of the first 16 bytes of a digest; Apps Script's bytes are signed (-128…127), browsers' unsigned. */
export function fingerprintOfDigest(digest: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < 16 && i < digest.length; i++) out += ((digest[i] + 256) % 256).toString(16).padStart(2, '0');
  return out;
}

/** What the extension may send as ?key=: 32 lowercase hex characters. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{32}$/;
