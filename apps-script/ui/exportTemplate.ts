// The Export template dialog: the JSON of the template behind the active responses tab, to copy.
import { byId } from './el';
import { errorText, serverCall } from './serverCall';

function showError(message: string): void {
  const status = byId('status');
  status.textContent = message;
  status.className = 'error';
}

byId('copy').addEventListener('click', () => {
  byId<HTMLTextAreaElement>('json').select();
  document.execCommand('copy');
  byId('status').textContent = 'Copied.';
});
serverCall('getTemplateForExport').then(
  (r) => {
    if (!r.ok) {
      showError(r.message);
      byId('json').style.display = 'none';
      return;
    }
    const intro = byId('intro');
    intro.textContent = `The template behind “${r.sheetName}”: “${r.title}”. ${intro.textContent}`;
    byId<HTMLTextAreaElement>('json').value = r.json;
  },
  (error) => showError(`Something went wrong: ${errorText(error)}`),
);
