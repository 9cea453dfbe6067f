/// <reference types="google-apps-script" />
import { constantTimeEqual } from '../../shared/tracker/constantTimeEqual';

const KEY = 'senco-time.tracker-token';

/** The tracker's token, made on first use: two random UUIDs (244 random bits) without dashes. */
export function trackerToken(): string {
  const props = PropertiesService.getDocumentProperties();
  return props.getProperty(KEY) ?? rotateToken();
}

/** A new token; the old one stops working at once. */
export function rotateToken(): string {
  const token = (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
  PropertiesService.getDocumentProperties().setProperty(KEY, token);
  return token;
}

/** True when `given` is the current token; false when none has been made yet. */
export function tokenMatches(given: string): boolean {
  const stored = PropertiesService.getDocumentProperties().getProperty(KEY);
  return stored !== null && constantTimeEqual(given, stored);
}
