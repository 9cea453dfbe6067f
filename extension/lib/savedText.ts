/** What the popup says after Save, word for word as the SENCO sees it. */
export const SAVED = 'Saved to tracker';
export const QUEUED = 'Saved — will send when the tracker is reachable';
/** What a page says when the background gives no answer it can read. */
export const NO_RESPONSE = 'SENCO Time did not respond. Close this window and try again; if that fails, restart the browser.';
