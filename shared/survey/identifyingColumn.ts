import { identifyingContent, namesWritten } from './identifyingContent';
import { identifyingHeader, type WithheldReason } from './identifyingHeader';

/** Why a column is withheld, and the names and identifiers it held (kept only to find them again in comments, never output). */
export interface Withheld {
  reason: WithheldReason;
  knownNames: string[];
  knownIdentifiers: string[];
}

export interface IdentifyingColumnOptions {
  header: string;
  /** The column's non-blank answers as written. */
  texts: readonly string[];
}

/** "Would you like to leave your name?" answered "Yes" or "No" holds no name. */
const YES_NO = /^(?:yes|no|y|n|maybe|not sure|ok|okay|yes please|no thanks|no thank you)\.?$/i;

/**
 * Whether a column identifies people, by its header or, under any header, by its answers: the reason, or null.
 * A header that only mentions a name inside a longer question withholds the column unless every answer is a yes or no.
 */
export function identifyingColumn({ header, texts }: IdentifyingColumnOptions): Withheld | null {
  const byHeader = identifyingHeader(header);
  const headerHolds = byHeader && !(byHeader.weak && texts.length > 0 && texts.every((t) => YES_NO.test(t)));
  const byContent = identifyingContent(texts);
  const reason = headerHolds ? byHeader.reason : byContent;
  if (!reason) return null;
  const named = reason === 'names' || reason === 'signatures' || byContent === 'names';
  const coded = reason === 'staff or pupil identifiers' || reason === 'respondent identifiers';
  // A row number ("1", "2") is no one's identifier, and removing it from comments would spoil them.
  const identifiers = coded ? [...new Set(texts.filter((t) => t.length >= 4 && /\d/.test(t)))] : [];
  return { reason, knownNames: named ? namesWritten(texts) : [], knownIdentifiers: identifiers };
}
