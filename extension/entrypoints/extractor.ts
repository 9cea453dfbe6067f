import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractDraft } from '../../shared/clip/extract/extractDraft';
import { localDay } from '../lib/localDay';

// Injected on demand into the page the SENCO clips (never a content script on every page). Runs in the page and
// returns the draft as the script's value; extractDraft redacts before anything leaves the page.
export default defineUnlistedScript(() =>
  extractDraft({ doc: document, url: location.href, selection: window.getSelection()?.toString() ?? '', today: localDay(new Date()) }),
);
