/** What the popup says after Save, word for word as the SENCO sees it. */
export const SAVED = 'Saved to tracker';
export const QUEUED = 'Saved — will send when the tracker is reachable';
