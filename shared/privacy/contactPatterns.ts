/**
 * The two contact-detail patterns redaction removes and the LA-contact rule keeps: one source, so that what is
 * kept is exactly what would otherwise have been removed.
 */

/** An e-mail address. Starts only where the local part starts, so a long run without "@" is read once, not once per letter. */
export const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** A UK phone number: 0 or +44 / 0044 (with an optional "(0)"), then 9 or 10 digits, spaced, dotted or hyphenated. */
export const UK_PHONE = /(?<![\p{N}+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)[1-9](?:[ .-]?\)?[ .-]?\d){8,9}(?!\d)/gu;
