import { EMAIL, UK_PHONE } from './contactPatterns';
import { isLaEmailDomain } from './laDomain';
import { redactCore } from './redactCore';
import type { KnownPersonalData } from './redactIdentifiers';

/** The whole field one phone number and nothing else. */
const LONE_PHONE = new RegExp(`^(?:${UK_PHONE.source})$`, 'u');

/**
 * A clip's "LA contact" field checked again on the server, strictly: the field names no label the server can see,
 * so a label is never assumed. An address stays only on an LA's or portal's domain (`isLaEmailDomain`, judged
 * against the page the clip came from); a number only after such an address, or when the field is one number and
 * nothing else (the page kept it under a caseworker label). Everything else is redacted as the clip's other text,
 * with no LA contact kept (docs/redaction.md, "LA contacts").
 */
export function redactLaContact(value: string, known: KnownPersonalData): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const pageHost = known.keepLaContacts?.pageHost;
  const strict: KnownPersonalData = { ...known, keepLaContacts: undefined };
  if (LONE_PHONE.test(oneLine)) return oneLine;
  const kept: { index: number; end: number }[] = [];
  let emailKept = false;
  const found = [
    ...[...oneLine.matchAll(EMAIL)].map((m) => ({ index: m.index ?? 0, text: m[0], email: true })),
    ...[...oneLine.matchAll(UK_PHONE)].map((m) => ({ index: m.index ?? 0, text: m[0], email: false })),
  ].sort((a, b) => a.index - b.index);
  for (const f of found) {
    const keep: boolean = f.email ? isLaEmailDomain(f.text.slice(f.text.lastIndexOf('@') + 1), pageHost) : emailKept;
    if (f.email) emailKept = keep;
    if (keep) kept.push({ index: f.index, end: f.index + f.text.length });
  }
  let out = '';
  let from = 0;
  for (const k of kept) {
    out += redactCore(oneLine.slice(from, k.index), strict).text + oneLine.slice(k.index, k.end);
    from = k.end;
  }
  return (out + redactCore(oneLine.slice(from), strict).text).trim();
}
