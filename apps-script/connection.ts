/// <reference types="google-apps-script" />
// What Clip settings shows (the web app's URL, the token and the one connection code that carries both) and the
// token check behind the extension's Test connection (docs/deploying.md).
import { encodeConnectionCode } from '../shared/clip/connectionCode';
import { FINGERPRINT_PATTERN, fingerprintOfDigest } from '../shared/clip/keyFingerprint';
import { constantTimeEqual } from '../shared/tracker/constantTimeEqual';
import { rotateToken, trackerToken } from './tracker/token';

export interface ClipSettings {
  /** The web app's /exec URL, empty until it is deployed. */
  url: string;
  token: string;
  /** The connection code, empty until the web app is deployed. */
  code: string;
}

function settingsFor(token: string): ClipSettings {
  const url = ScriptApp.getService().getUrl() ?? '';
  return { url, token, code: url ? encodeConnectionCode({ url, token }) : '' };
}

export function clipSettings(): ClipSettings {
  return settingsFor(trackerToken());
}

/** A new token: every code made before stops working. */
export function rotatedClipSettings(): ClipSettings {
  return settingsFor(rotateToken());
}

/** doGet ?key=: whether a fingerprint is the current token's ('current') or not ('old'); null when none was sent. */
export function keyStatus(given: unknown): 'current' | 'old' | null {
  if (typeof given !== 'string' || !FINGERPRINT_PATTERN.test(given)) return null;
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, trackerToken(), Utilities.Charset.UTF_8);
  return constantTimeEqual(given, fingerprintOfDigest(digest)) ? 'current' : 'old';
}
