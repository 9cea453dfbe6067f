export type TrackerUrlCheck = { ok: true; url: string } | { ok: false; message: string };

// A deployed web app: /macros/s/<id>/exec, or /a/macros/<domain>/s/<id>/exec for "Anyone within <domain>".
const DEPLOYED = /^\/(?:a\/macros\/[^/]+|macros)\/s\/[A-Za-z0-9_-]{10,}\/exec$/;
const TEST_DEPLOYMENT = /^\/(?:a\/macros\/[^/]+|macros)\/s\/[A-Za-z0-9_-]+\/dev$/;

/**
 * The tracker web-app URL as the extension will use it, or a message saying what to paste instead.
 * Only https://script.google.com/…/exec is accepted; `allowLoopback` (development and test builds) also accepts
 * http://127.0.0.1:PORT/…, where the end-to-end tests serve a tracker.
 */
export function checkTrackerUrl(input: string, allowLoopback: boolean): TrackerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Paste the tracker’s web-app URL (it ends in /exec).' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'That is not a web address: paste the whole web-app URL, starting https://script.google.com/.' };
  }
  if (allowLoopback && url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.username === '' && url.password === '') {
    return { ok: true, url: url.href };
  }
  if (url.protocol !== 'https:' || url.hostname !== 'script.google.com' || url.port !== '' || url.username !== '' || url.password !== '') {
    return {
      ok: false,
      message:
        'The tracker URL must start https://script.google.com/macros/s/ — copy it from Extensions → SENCO Time → Clip settings… in the tracker spreadsheet.',
    };
  }
  if (TEST_DEPLOYMENT.test(url.pathname)) {
    return {
      ok: false,
      message:
        'That is the test (/dev) URL, which only the script’s owner can use: copy the URL ending in /exec shown in Extensions → SENCO Time → Clip settings….',
    };
  }
  if (!DEPLOYED.test(url.pathname) || url.search !== '' || url.hash !== '') {
    return { ok: false, message: 'The tracker URL should look like https://script.google.com/macros/s/…/exec, with nothing after /exec.' };
  }
  return { ok: true, url: url.href };
}
