/// <reference lib="dom" />
import { findDates } from '../../findDates';
import type { SiteAdapter } from '../adapter';
import { nearestHeading } from '../nearestHeading';
import { inlineText, pageText } from '../pageText';
import { first } from '../readPortal';

/** How much of a page stands in for the details when nothing is selected. */
const MAX_PAGE_TEXT = 2000;

/**
 * Any page: the heading nearest the selection (else the first h1 or h2, else the page title), the dates
 * written in the selection, and the selection as the task text (the main content when nothing is selected).
 */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any web page',
  matches: () => true,
  extract(doc, selection, today) {
    const heading = first(doc, ['main h1', 'h1', 'main h2', 'h2']);
    const title = nearestHeading(doc, selection) ?? (heading ? inlineText(heading) : '');
    const main = first(doc, ['main', '[role="main"]', 'article']);
    const taskText = selection.trim() || (main ? pageText(main) : pageText(doc)).slice(0, MAX_PAGE_TEXT);
    return {
      title: title || doc.title.trim() || undefined,
      taskText: taskText || undefined,
      dates: findDates(taskText, today).map(({ role, iso }) => ({ role, iso })),
    };
  },
};
