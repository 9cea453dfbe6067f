import { el } from './el';

// Only Google's own https pages are linked (the form's published and edit URLs); anything else, such as a
// javascript: URL, is shown as text, so a bad value can be read but not followed.
const GOOGLE_HOSTS = ['docs.google.com', 'forms.gle'];

/** The URL, normalised, when it is an https link to Google Docs or Forms; otherwise null. */
export function googleHttpsUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && GOOGLE_HOSTS.includes(url.hostname) && !url.username && !url.password ? url.href : null;
}

/** A link that opens in a new tab when the URL is safe to follow, else the URL as plain text. */
export function safeLink(text: string): HTMLElement {
  const href = googleHttpsUrl(text);
  if (href === null) return el('span', {}, text);
  const link = el('a', { target: '_blank', rel: 'noopener' }, text);
  link.href = href;
  return link;
}
