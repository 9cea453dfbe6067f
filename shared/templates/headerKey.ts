/** A question's header as matching compares it: Unicode-normalised, spaces collapsed, case ignored. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
