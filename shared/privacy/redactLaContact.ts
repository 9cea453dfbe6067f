import { redactCore } from './redactCore';
import type { KnownPersonalData } from './redactIdentifiers';

const LABEL = 'LA contact: ';

/**
 * A clip's "LA contact" field redacted as what it says it is: the text is read after an "LA contact:" label, so an
 * LA officer's work address and number stay and anything else (a personal mail address, a name, a date of birth)
 * goes, by the same rules as the clip's other text (docs/redaction.md, "LA contacts").
 */
export function redactLaContact(value: string, known: KnownPersonalData): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const out = redactCore(LABEL + oneLine, { ...known, keepLaContacts: known.keepLaContacts ?? {} }).text;
  return out.startsWith(LABEL) ? out.slice(LABEL.length).trim() : out.trim();
}
