import type { RedactionCount, RedactionKind } from './redact';

const NOUNS: Record<RedactionKind, readonly [string, string]> = {
  name: ['name shortened to initials', 'names shortened to initials'],
  'parent-name': ["parent's or carer's name", "parents' or carers' names"],
  'date-of-birth': ['date of birth', 'dates of birth'],
  upn: ['UPN', 'UPNs'],
  uln: ['ULN', 'ULNs'],
  'nhs-number': ['NHS number', 'NHS numbers'],
  address: ['address', 'addresses'],
  postcode: ['postcode', 'postcodes'],
  email: ['e-mail address', 'e-mail addresses'],
  phone: ['phone number', 'phone numbers'],
};

/** The popup's one-line summary of a redaction: "Removed: 1 date of birth, 1 NHS number"; "" when nothing was removed. */
export function describeRedactions(removed: readonly RedactionCount[]): string {
  const parts = removed.filter((r) => r.count > 0).map((r) => `${r.count} ${NOUNS[r.kind][r.count === 1 ? 0 : 1]}`);
  return parts.length === 0 ? '' : `Removed: ${parts.join(', ')}`;
}
