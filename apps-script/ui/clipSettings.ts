// The Clip settings dialog: the tracker web app's URL and token, and Rotate token.
import { byId } from './el';
import { errorText, serverCall, type ServerCalls } from './serverCall';

type ClipSettings = ServerCalls['getClipSettings']['result'];

function say(message: string): void {
  byId('status').textContent = message;
}

function fail(error: unknown): void {
  say(`Something went wrong: ${errorText(error)}`);
}

function show(settings: ClipSettings): void {
  byId<HTMLInputElement>('url').value = settings.url || '';
  byId<HTMLInputElement>('token').value = settings.token;
}

function copy(id: string): void {
  byId<HTMLInputElement>(id).select();
  document.execCommand('copy');
  say('Copied.');
}

byId('copyUrl').addEventListener('click', () => copy('url'));
byId('copyToken').addEventListener('click', () => copy('token'));
byId('rotate').addEventListener('click', () => {
  if (!confirm('Make a new token? The old one stops working at once.')) return;
  serverCall('rotateTrackerToken').then((settings) => {
    show(settings);
    say('New token made. Paste it into every SENCO’s extension options.');
  }, fail);
});
serverCall('getClipSettings').then(show, fail);
