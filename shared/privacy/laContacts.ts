import { EMAIL, UK_PHONE } from './contactPatterns';
import { isLaEmailDomain, isPersonalMailDomain } from './laDomain';

/** What the LA-contact rule needs to know about a text besides the text itself. */
export interface LaContactContext {
  /** The host of the page the text came from ("portal.camden.gov.uk"), for its own domain's addresses. */
  pageHost?: string;
  /** Lower-case words of the pupil's names: an address that spells one is never kept. */
  pupilWords?: ReadonlySet<string>;
  /**
   * Lower-case words of the parents' and family's names: an address that spells one is kept only under an LA label
   * (the officer's own name is in their address; a parent's council address is not the LA's contact).
   */
  familyWords?: ReadonlySet<string>;
}

/** One contact detail the rule keeps: an LA officer's work e-mail address or phone number. */
export interface LaContactSpan {
  index: number;
  end: number;
  kind: 'email' | 'phone';
  value: string;
  /** Whether a caseworker-type label governs it (such contacts are the ones to show first). */
  labelled: boolean;
}

/**
 * Labels that say what follows is the local authority's: caseworker, case officer, SEN(D) officer or team, EHC
 * co-ordinator, "LA contact", "contact us". A bare "Contact" is not one: portals and pupil records use it for the
 * family ("Contact 1", "Emergency contact", "Contact number").
 */
const LA_LABEL =
  /\b(?:case[ -]?workers?|case (?:officer|manager|lead)s?|casework(?: team)?|SEN\/?D? (?:officer|team|service|casework(?:er)?|co-?ordinator)s?|EHC(?:P| plan)? (?:co-?ordinator|officer|team|caseworker|writer)s?|statutory assessment (?:officer|team)|(?:LA|local authority|council) (?:contact|officer)s?|contact us)\b/gi;

/** Whether a role as a contacts table gives it ("SEN caseworker", "EHC co-ordinator") is an LA officer's. */
export function isLaRole(role: string): boolean {
  return new RegExp(`^(?:[\\p{L}]+ ){0,2}(?:${LA_LABEL.source})$`, 'iu').test(role.trim()) && !FAMILY.test(role);
}

/** Words that say a contact detail is the family's or the child's, not the LA's: it is then never kept. */
const FAMILY =
  /\b(?:mum|mummy|mother|mom|dad|daddy|father|parents?|carers?|guardians?|step-?(?:mum|dad|mother|father)|grand(?:ma|mother|pa|dad|father|parents?)|granddad|nan|aunt|auntie|uncle|foster|family|home|personal|private|emergency|next of kin|child|pupil|young person|student|learner|son|daughter|brother|sister|CYP|whatsapp)\b/i;

/** How far a label (or a kept contact) reaches: the next few lines of a contact card, never a whole page. */
const REACH_CHARS = 80;
const REACH_LINES = 3;
/** Text after a contact, to the end of its sentence, that may say whose it is ("07700 900123 (mum's mobile)"). */
const AFTER = /^[^.;\n]{0,40}/;

const NO_REPLY = /^(?:no-?reply|do-?not-?reply|noreply)\b/i;

/**
 * The LA officers' work contact details in `text`, in order (docs/redaction.md, "LA contacts"). An e-mail address
 * is kept when its domain is the LA's or its portal's (`isLaEmailDomain`), or when a caseworker-type label governs
 * it; a phone number only when such a label or a kept LA address just before it governs it. A label governs a
 * contact within 80 characters and 3 lines after it, with no family or child word ("mum", "carer", "home", "pupil"…)
 * between them or after the contact in its sentence. Personal mail providers and addresses spelling the pupil's
 * name are never kept; an address spelling a parent's name only under an LA label. Linear: one pass over the labels and contacts in text order.
 */
export function findLaContacts(text: string, context: LaContactContext = {}): LaContactSpan[] {
  const events = [
    ...[...text.matchAll(LA_LABEL)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'label' as const })),
    ...[...text.matchAll(EMAIL)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'email' as const })),
    ...[...text.matchAll(UK_PHONE)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'phone' as const })),
  ].sort((a, b) => a.at - b.at || (a.kind === 'label' ? 1 : 0) - (b.kind === 'label' ? 1 : 0));
  const kept: LaContactSpan[] = [];
  let anchor: number | undefined;
  let last = 0;
  for (const event of events) {
    if (event.at < last) continue;
    if (event.kind === 'label') {
      anchor = event.end;
      last = event.end;
      continue;
    }
    const value = text.slice(event.at, event.end);
    const governed = anchor !== undefined && reaches(text.slice(anchor, event.at)) && !saysFamily(text, event.end);
    const keep =
      event.kind === 'phone'
        ? governed
        : isWorkAddress(value, context.pupilWords) &&
          (governed ||
            (isWorkAddress(value, context.familyWords) &&
              isLaEmailDomain(domainOf(value), context.pageHost) &&
              !familyBefore(text, event, anchor)));
    if (keep) kept.push({ index: event.at, end: event.end, kind: event.kind, value, labelled: governed });
    anchor = keep ? event.end : undefined;
    last = event.end;
  }
  return kept;
}

function reaches(between: string): boolean {
  if (between.length > REACH_CHARS || FAMILY.test(between)) return false;
  return (between.match(/\n/g) ?? []).length <= REACH_LINES;
}

function saysFamily(text: string, end: number): boolean {
  return FAMILY.test(AFTER.exec(text.slice(end, end + 40))?.[0] ?? '');
}

/**
 * A family word before the contact in its sentence, which may run over a few lines of a contact card
 * ("Relationship: Mother\nEmail: grace@council.gov.uk"), since the last LA label; or right after it in its sentence.
 */
function familyBefore(text: string, contact: { at: number; end: number }, anchor: number | undefined): boolean {
  const before = text.slice(Math.max(0, contact.at - REACH_CHARS, anchor ?? 0), contact.at);
  const sentence = before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? '';
  return (
    FAMILY.test(
      sentence
        .split('\n')
        .slice(-(REACH_LINES + 1))
        .join('\n'),
    ) || saysFamily(text, contact.end)
  );
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Not a personal mail provider's, not a no-reply address, and spelling none of `names`. */
function isWorkAddress(address: string, names: ReadonlySet<string> | undefined): boolean {
  const local = address.slice(0, address.lastIndexOf('@'));
  if (isPersonalMailDomain(domainOf(address)) || NO_REPLY.test(local)) return false;
  const words = local.toLowerCase().split(/[._%+'-]+/);
  return !words.some((word) => names?.has(word));
}
