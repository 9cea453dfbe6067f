// The Clip settings dialog: the connection code (the web app's URL and token in one string) with Copy, the URL
// and token separately for older extensions, and "Make a new code" (rotates the token).
import { byId } from './el';
import { errorText, type ServerCalls, serverCall } from './serverCall';

type ClipSettings = ServerCalls['getClipSettings']['result'];

function say(message: string): void {
  byId('status').textContent = message;
}

function fail(error: unknown): void {
  say(`Something went wrong: ${errorText(error)}`);
}

function show(settings: ClipSettings): void {
  byId<HTMLInputElement>('code').value = settings.code;
  byId<HTMLInputElement>('url').value = settings.url || '';
  byId<HTMLInputElement>('token').value = settings.token;
  const deployed = settings.code !== '';
  byId('connected').hidden = !deployed;
  byId('notDeployed').hidden = deployed;
  byId('steps').hidden = deployed;
}

function copy(id: string): void {
  const input = byId<HTMLInputElement>(id);
  input.select();
  document.execCommand('copy');
  say(id === 'code' ? 'Copied: paste it into the extension’s options.' : 'Copied.');
}

byId('copyCode').addEventListener('click', () => copy('code'));
byId('copyUrl').addEventListener('click', () => copy('url'));
byId('copyToken').addEventListener('click', () => copy('token'));
byId('rotate').addEventListener('click', () => {
  if (!confirm('Make a new code? Every old code stops working at once.')) return;
  serverCall('rotateTrackerToken').then((settings) => {
    show(settings);
    say('New code made. Send it to every SENCO: their old code no longer works.');
  }, fail);
});
serverCall('getClipSettings').then(show, fail);
