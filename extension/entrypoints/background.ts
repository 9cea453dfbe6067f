import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createClipper } from '../lib/background/createClipper';

// Wiring only: every listener is registered synchronously, as a service worker that wakes for an event needs.
export default defineBackground(() => {
  const clipper = createClipper();
  const report = (err: unknown) => console.error('SENCO Time:', err);

  // Menus, the badge and any clips left waiting are seen to when the browser starts or the extension is
  // installed, not on every wake of the service worker (alarms survive its restarts).
  const setUp = () => void Promise.all([clipper.installMenus(), clipper.start()]).catch(report);
  browser.runtime.onInstalled.addListener(setUp);
  browser.runtime.onStartup.addListener(setUp);
  browser.contextMenus.onClicked.addListener((info, tab) => void clipper.onMenuClicked(info, tab).catch(report));
  browser.commands.onCommand.addListener((command, tab) => void clipper.onCommand(command, tab).catch(report));
  browser.alarms.onAlarm.addListener((alarm) => void clipper.onAlarm(alarm).catch(report));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages may ask; pages never get a message channel (no content scripts).
    if (sender.id !== browser.runtime.id) return false;
    clipper.handle(message).then(sendResponse, report);
    return true;
  });
});
