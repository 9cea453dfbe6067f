import { datesOfBirthIn } from './datesOfBirth';
import { normaliseText } from './normaliseText';
import { redactWith } from './redactCore';
import { type KnownPersonalData, REDACTION_TAGS, type RedactionCount, tally } from './redactIdentifiers';
import { replaceSpans } from './replaceSpans';

export {
  type KnownPersonalData,
  mergeCounts,
  REDACTION_KINDS,
  REDACTION_TAGS,
  type RedactionCount,
  type RedactionKind,
} from './redactIdentifiers';

/**
 * `text` with pupil data taken out, and how much of each kind went: the page's redaction. It is `redactCore`
 * (names, identifiers, contact details, labelled dates of birth; see there) plus what needs the date parser:
 * dates of birth after their label in any form chrono reads, and `known.datesOfBirth` written anywhere in any
 * form ("04/05/2014", "4 May 2014"). Pupil names (from `known.pupilNames` and found in the text) become initials
 * wherever they recur, whole or in part, in any case; parents' names become "[parent/carer name removed]".
 * Callable with just the text. Idempotent: redacting the result again changes nothing and removes nothing.
 */
export function redact(text: string, known: KnownPersonalData = {}): { text: string; removed: RedactionCount[] } {
  const { count, removed } = tally();
  const plain = normaliseText(text);
  const dated = replaceSpans(plain, datesOfBirthIn(plain, known.datesOfBirth ?? []), () => {
    count('date-of-birth');
    return REDACTION_TAGS['date-of-birth'];
  });
  return { text: redactWith(dated, known, count), removed: removed() };
}
