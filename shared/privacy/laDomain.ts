/**
 * Which e-mail domains belong to a local authority or its SEND portal (docs/redaction.md, "LA contacts"): a
 * council's gov.uk domain, the known portal vendors' domains, and the registrable domain of the page the clip
 * came from. Free and personal mail providers never do, whatever the page or label says.
 */

/** Personal mail providers: an address on one of these is a person's own, never an LA's. */
const PERSONAL_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.co.uk',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.co.uk',
  'btinternet.com',
  'btopenworld.com',
  'sky.com',
  'talktalk.net',
  'virginmedia.com',
  'ntlworld.com',
  'blueyonder.co.uk',
  'tiscali.co.uk',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.co.uk',
  'mail.com',
  'zoho.com',
  'yandex.com',
]);

/** Domains of the SEND portals the extension has adapters for: their notification addresses are the LA's service. */
const PORTAL_DOMAINS = ['ehchub.co.uk', 'ehc-hub.co.uk', 'liquidlogic.co.uk'];

/** UK second-level suffixes under which the registrable domain is three labels ("camden.gov.uk"). */
const UK_SECOND_LEVEL = new Set(['co', 'org', 'gov', 'ac', 'sch', 'nhs', 'ltd', 'plc', 'me', 'net', 'police', 'mod']);

/** Labels that mark a school's or pupils' mail inside a council's domain ("pupils.exampleshire.gov.uk"). */
const SCHOOL_LABEL = /^(?:schools?|pupils?|students?|learners?|sch)$/;

/** The registrable domain of a host name ("send.camden.gov.uk" → "camden.gov.uk"); undefined for an IP or a bare name. */
export function registrableDomain(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const ukSecond = labels.length >= 3 && labels[labels.length - 1] === 'uk' && UK_SECOND_LEVEL.has(labels[labels.length - 2]);
  const take = ukSecond ? 3 : 2;
  if (labels.length < take) return undefined;
  return labels.slice(-take).join('.');
}

const within = (domain: string, parent: string) => domain === parent || domain.endsWith(`.${parent}`);

/** Whether an e-mail address's domain is a personal mail provider's (those addresses are never kept). */
export function isPersonalMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return [...PERSONAL_MAIL].some((provider) => within(d, provider));
}

/**
 * Whether an e-mail domain is the LA's or its portal's: a known portal vendor's, or a gov.uk domain (not a school's
 * or pupils' part of one). When the clip came from a council's own site (a gov.uk page), only that council's domain
 * counts: another department's address (a parent's work mail at dwp.gov.uk) is not the LA's. A page on any other
 * site (a school's or trust's system, webmail) says nothing about the LA. Personal mail providers are never.
 */
export function isLaEmailDomain(domain: string, pageHost?: string): boolean {
  const d = domain.toLowerCase();
  if (isPersonalMailDomain(d)) return false;
  if (PORTAL_DOMAINS.some((portal) => within(d, portal))) return true;
  if (
    !d.endsWith('.gov.uk') ||
    d
      .split('.')
      .slice(0, -2)
      .some((label) => SCHOOL_LABEL.test(label))
  )
    return false;
  const page = pageHost ? registrableDomain(pageHost) : undefined;
  return page === undefined || !page.endsWith('.gov.uk') || sameCouncil(d, page);
}

/** Whether a gov.uk domain is the council's whose site `page` is: its name ("exampleshire") is one of the labels. */
function sameCouncil(domain: string, page: string): boolean {
  const council = page.split('.')[0];
  return domain.split('.').slice(0, -2).includes(council);
}

/** Words of a team's or service's address ("sen.casework@", "ehc-team@"), as against a person's ("jane.smith@"). */
const ROLE_WORD =
  /^(?:sen|send|senco|ehc|ehcp|casework|caseworkers?|team|teams|service|services|admin|enquiries|enquiry|info|statutory|assessment|assessments|plans?|office|hub|inclusion|support|contact|duty|general|mailbox)$/;

/**
 * Whether an address kept without a label may be the LA's: on an LA domain (`isLaEmailDomain`) and, unless it is on
 * the council's own site's domain or a portal's, a team's address rather than a person's. A person's address at a
 * council the page does not name could as well be a parent's work address; an officer's own is kept under a label.
 */
export function isLaTeamAddress(address: string, pageHost?: string): boolean {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1).toLowerCase();
  if (!isLaEmailDomain(domain, pageHost)) return false;
  const page = pageHost ? registrableDomain(pageHost) : undefined;
  if (PORTAL_DOMAINS.some((portal) => within(domain, portal)) || (page?.endsWith('.gov.uk') && sameCouncil(domain, page))) return true;
  return address
    .slice(0, at)
    .toLowerCase()
    .split(/[._%+'-]+/)
    .some((word) => ROLE_WORD.test(word));
}
