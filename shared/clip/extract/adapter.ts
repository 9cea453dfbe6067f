/// <reference lib="dom" />
import type { DateRole } from '../findDates';

/** A date a page shows, with what it is the date of. */
export interface RawDate {
  role: DateRole;
  /** YYYY-MM-DD. */
  iso: string;
}

/**
 * What a site adapter reads off a page, before redaction: it never leaves the extension as it is.
 * `extractDraft` redacts every string that goes into a draft.
 */
export interface RawExtraction {
  /** The child or young person as the page writes them ("SMITH, Jamie"). */
  pupilName?: string;
  /** YYYY-MM-DD, only so that the date can be removed wherever it is repeated. */
  dateOfBirth?: string;
  caseReference?: string;
  /** The task's own heading ("Annual review – request for information"). */
  title?: string;
  dates: RawDate[];
  /** The text of the task panel, used as details when nothing is selected. */
  taskText?: string;
}

/**
 * How to read one kind of portal. `extract` gets the page and the selected text, and the clip day
 * (YYYY-MM-DD) to place dates written without a year; it reads what it can and leaves out the rest.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  matches(url: URL): boolean;
  extract(doc: Document, selection: string, today: string): Partial<RawExtraction>;
}
