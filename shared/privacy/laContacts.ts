import { EMAIL, UK_PHONE } from './contactPatterns';
import { isLaTeamAddress, isPersonalMailDomain } from './laDomain';

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
 * is kept when it is an LA team's or the council's own (`isLaTeamAddress`), or when a caseworker-type label governs
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
  // A label governs one officer's contact: the first address and the first number after it, within its sentence.
  let label: { end: number; email: boolean; phone: boolean } | undefined;
  // A kept address carries on only to a number on its own line or the next line's "Tel:" (one officer's card).
  let keptEmailEnd: number | undefined;
  let last = 0;
  for (const event of events) {
    if (event.at < last) continue;
    if (event.kind === 'label') {
      label = { end: event.end, email: false, phone: false };
      keptEmailEnd = undefined;
      last = event.end;
      continue;
    }
    const value = text.slice(event.at, event.end);
    const sinceLabel = label === undefined ? '' : text.slice(label.end, event.at);
    const byLabel =
      label !== undefined &&
      !label[event.kind] &&
      reaches(sinceLabel) &&
      (event.kind === 'email' || onCardLine(sinceLabel)) &&
      !saysFamily(text, event.end);
    const byEmail =
      event.kind === 'phone' && keptEmailEnd !== undefined && sameCard(text.slice(keptEmailEnd, event.at)) && !saysFamily(text, event.end);
    const governed = byLabel || byEmail;
    const keep =
      event.kind === 'phone'
        ? governed
        : isWorkAddress(value, context.pupilWords) &&
          (governed ||
            (isWorkAddress(value, context.familyWords) &&
              isLaTeamAddress(value, context.pageHost) &&
              !familyBefore(text, event, label?.end)));
    if (label && byLabel) label[event.kind] = true;
    if (keep) kept.push({ index: event.at, end: event.end, kind: event.kind, value, labelled: governed });
    keptEmailEnd = keep && event.kind === 'email' ? event.end : undefined;
    last = event.end;
  }
  return kept;
}

/** Between a label and its contact: a few lines of a contact card, never past the end of a sentence. */
function reaches(between: string): boolean {
  if (between.length > REACH_CHARS || FAMILY.test(between) || endsSentence(between)) return false;
  return (between.match(/\n/g) ?? []).length <= REACH_LINES;
}

/** A full stop after a word ("Smith. Tom's mobile"), not after an initial or a title ("Ms J. Ellis", "Mrs. Shah"). */
const SENTENCE_END = /(\p{L}+)[.!?](?=\s|$)/gu;
const NOT_AN_END = /^(?:\p{Lu}|mrs?|ms|miss|dr|prof|cllr|rev|st|rd|ave|tel|ext|no|mob)$/iu;

function endsSentence(text: string): boolean {
  for (const m of text.matchAll(SENTENCE_END)) if (!NOT_AN_END.test(m[1])) return true;
  return false;
}
/** A phone label on its own or before the number: "Tel:", "Telephone", "Mobile", "Direct line". */
const PHONE_LABEL = /^\s*(?:tel(?:ephone)?|phone|mobile|direct(?: line| dial)?|office|t|m)\b[\s.:()-]*$/i;

/** A number on the label's (or kept address's) own line, or on a later line only right after a phone label. */
function onCardLine(between: string): boolean {
  const lines = between.split('\n');
  if (lines.length === 1) return true;
  const last = lines.at(-1)!;
  return PHONE_LABEL.test(last) || (last.trim() === '' && PHONE_LABEL.test(lines.at(-2)!));
}

/** After a kept address, a number on its own line (within 30 characters) or on the card's phone line. */
function sameCard(between: string): boolean {
  if (between.length > REACH_CHARS || FAMILY.test(between) || endsSentence(between)) return false;
  return between.includes('\n') ? onCardLine(between) : between.length <= 30;
}

function saysFamily(text: string, end: number): boolean {
  return FAMILY.test(AFTER.exec(text.slice(end, end + 40))?.[0] ?? '');
}

/**
 * A family word in the few lines before the contact ("Relationship: Mother\nEmail: grace@council.gov.uk"), since
 * the last LA label; or right after it in its sentence.
 */
function familyBefore(text: string, contact: { at: number; end: number }, anchor: number | undefined): boolean {
  const before = text.slice(Math.max(0, contact.at - REACH_CHARS, anchor ?? 0), contact.at);
  const sentences = before.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  // A sentence that starts "Her …", "His …" or "Their …" goes on about the one before: "Mother works at the
  // council. Her email is …" is the mother's address.
  const last = sentences.length > 1 && /^(?:her|his|their)\b/i.test(sentences.at(-1)!) ? sentences.slice(-2).join(' ') : sentences.at(-1)!;
  return (
    FAMILY.test(
      last
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
