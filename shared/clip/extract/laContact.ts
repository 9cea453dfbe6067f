import { findLaContacts, type LaContactContext, type LaContactSpan } from '../../privacy/laContacts';

/** The longest LA contact a clip carries: one address and one number, with room to spare. */
export const MAX_LA_CONTACT = 200;

/**
 * The LA officer to contact about a task, as one line ("jane.smith@camden.gov.uk, 020 7974 1234"): one work
 * e-mail address and one phone number that `findLaContacts` keeps, from the first text that has them (the
 * selection, then the page), a caseworker-labelled one before any other. Undefined when the page shows none.
 */
export function laContactOf(texts: readonly string[], context: LaContactContext): string | undefined {
  const spans = texts.flatMap((text) => findLaContacts(text, context));
  const pick = (kind: LaContactSpan['kind']) => {
    const ofKind = spans.filter((span) => span.kind === kind);
    return (ofKind.find((span) => span.labelled) ?? ofKind[0])?.value.replace(/\s+/g, ' ');
  };
  const line = [pick('email'), pick('phone')].filter(Boolean).join(', ');
  return line === '' ? undefined : line.slice(0, MAX_LA_CONTACT);
}
