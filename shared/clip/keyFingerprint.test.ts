import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_PATTERN, fingerprintOfDigest } from './keyFingerprint';

describe('fingerprintOfDigest', () => {
  it('is the first 32 hex characters of SHA-256, from unsigned or signed bytes alike', () => {
    const digest = createHash('sha256').update('abc').digest();
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2, appendix B.1)
    expect(fingerprintOfDigest(digest)).toBe('ba7816bf8f01cfea414140de5dae2223');
    expect(fingerprintOfDigest(Array.from(new Int8Array(digest.buffer, digest.byteOffset, digest.length)))).toBe(
      'ba7816bf8f01cfea414140de5dae2223',
    );
    expect(fingerprintOfDigest(digest)).toMatch(FINGERPRINT_PATTERN);
  });
});
