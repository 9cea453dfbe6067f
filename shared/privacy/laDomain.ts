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

/** Webmail and big platform hosts: a page read there is someone's mailbox, so its domain says nothing about the LA. */
const WEBMAIL_SITES = new Set([
  'google.com',
  'live.com',
  'office.com',
  'office365.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'aol.com',
  'microsoft.com',
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
 * Whether an e-mail domain is the LA's or its portal's: a gov.uk domain (not a school's or pupils' part of one),
 * a known portal vendor's, or the registrable domain of `pageHost` (the page the clip came from, unless that page
 * is a webmail site or a school's or college's). Personal mail providers are never.
 */
export function isLaEmailDomain(domain: string, pageHost?: string): boolean {
  const d = domain.toLowerCase();
  if (isPersonalMailDomain(d)) return false;
  if (d.endsWith('.gov.uk'))
    return !d
      .split('.')
      .slice(0, -2)
      .some((label) => SCHOOL_LABEL.test(label));
  if (PORTAL_DOMAINS.some((portal) => within(d, portal))) return true;
  const page = pageHost ? registrableDomain(pageHost) : undefined;
  // A school's or college's own site holds its pupils' addresses: its domain says nothing about the LA.
  if (page === undefined || WEBMAIL_SITES.has(page) || isPersonalMailDomain(page) || /\.(?:sch|ac)\.uk$/.test(page)) return false;
  return within(d, page) && !d.split('.').some((label) => SCHOOL_LABEL.test(label));
}
