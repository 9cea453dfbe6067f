import type { PortalDates } from '../../deadlines/dueDate';
import type { RawDate } from './adapter';

/**
 * The dates `suggestDeadline` counts from, out of the dates a page shows (the first of each role
 * wins) and its text. Each step's own date is read by what the page says it is ("Amendment notice
 * issued", "Date of consultation", "The draft EHC plan … was issued on"); a request date with no
 * more said stands for the LA's request of whatever the task is (an assessment request, a request
 * for advice, a consultation), and on an amendment task a draft plan's date is the amendment
 * notice's, since the draft amended plan goes with the notice. `suggestDeadline` reads only the ones its task type needs.
 * The transfer year comes from "September 2026" near "transfer"/"transition"/"Year 7", and post-16
 * from words such as "college".
 */
export function toPortalDates(dates: readonly RawDate[], text = ''): PortalDates {
  const firstOf = (role: RawDate['role']) => dates.find((date) => date.role === role)?.iso;
  const request = firstOf('request');
  const portal: PortalDates = {
    request,
    laAdviceRequest: firstOf('advice-request') ?? request,
    consultation: firstOf('consultation') ?? request,
    draftIssued: firstOf('draft'),
    amendmentNotice: firstOf('amendment-notice') ?? firstOf('draft'),
    lastReview: firstOf('last-review'),
    meeting: firstOf('meeting'),
    decision: firstOf('decision'),
    mediationCertificate: firstOf('mediation-certificate'),
  };
  const transfer = /\b(?:transfer|transition|moving|move|starts?|starting|year 7|year 12)\b[^\n]{0,80}?\bSeptember (\d{4})\b/i.exec(text);
  if (transfer) {
    portal.transferYear = Number(transfer[1]);
    portal.transferToPost16 = /\bpost[- ]?16\b|\bcollege\b|\bsixth form\b|\bfurther education\b|\byear 12\b/i.test(text);
  }
  return Object.fromEntries(Object.entries(portal).filter(([, value]) => value !== undefined)) as PortalDates;
}
