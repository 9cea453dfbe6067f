import type { PortalDates } from '../../deadlines/dueDate';
import type { RawDate } from './adapter';

/**
 * The dates `suggestDeadline` counts from, out of the dates a page shows (the first of each role
 * wins) and its text. A request date stands for the LA's request of whatever the task is (an
 * assessment request, a request for advice, a consultation), a draft date for a draft plan or an
 * amendment notice: `suggestDeadline` reads only the ones its task type needs. The transfer year
 * comes from "September 2026" near "transfer"/"transition"/"Year 7", and post-16 from words such as "college".
 */
export function toPortalDates(dates: readonly RawDate[], text = ''): PortalDates {
  const firstOf = (role: RawDate['role']) => dates.find((date) => date.role === role)?.iso;
  const request = firstOf('request');
  const draft = firstOf('draft');
  const portal: PortalDates = {
    request,
    laAdviceRequest: request,
    consultation: request,
    draftIssued: draft,
    amendmentNotice: draft,
    meeting: firstOf('meeting'),
    decision: firstOf('decision'),
  };
  const transfer = /\b(?:transfer|transition|moving|move|starts?|starting|year 7|year 12)\b[^\n]{0,80}?\bSeptember (\d{4})\b/i.exec(text);
  if (transfer) {
    portal.transferYear = Number(transfer[1]);
    portal.transferToPost16 = /\bpost[- ]?16\b|\bcollege\b|\bsixth form\b|\bfurther education\b|\byear 12\b/i.test(text);
  }
  return Object.fromEntries(Object.entries(portal).filter(([, value]) => value !== undefined)) as PortalDates;
}
