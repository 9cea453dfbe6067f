import type { Message, Reply } from '../../messages';
import type { OutboxEntry } from '../outbox/outboxStore';

export interface OutboxListDeps {
  ask: (message: Message) => Promise<Reply>;
  /** Shows the background's answer to a row's button. */
  onReply: (reply: Reply) => void;
  /** A refused clip was copied back into the draft: show it. */
  onEdit: () => void;
}

/** The "Not yet in the tracker" list: each clip waiting or refused, with Edit, Resend and Delete for a refused one. */
export function setupOutboxList(section: HTMLElement, deps: OutboxListDeps): { render(entries: readonly OutboxEntry[]): void } {
  const doc = section.ownerDocument;
  const part = (selector: string) => section.querySelector(selector) as HTMLElement;

  const button = (entry: OutboxEntry, label: string, message: Message, after?: () => void) => {
    const b = Object.assign(doc.createElement('button'), { type: 'button', textContent: label });
    b.setAttribute('aria-label', `${label}: ${entry.clip.title}`);
    b.addEventListener('click', async () => {
      b.disabled = true;
      const reply = await deps.ask(message);
      if (reply.message) deps.onReply(reply);
      after?.();
      b.disabled = false;
    });
    return b;
  };

  const why = (entry: OutboxEntry) => {
    if (entry.status === 'refused') return `Refused by the tracker: ${entry.lastError?.message ?? ''}`;
    if (entry.attempts === 0) return 'Sending…';
    const when = new Date(entry.nextAttemptAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    return `Waiting — next try at ${when}. ${entry.lastError?.message ?? ''}`.trim();
  };

  const row = (entry: OutboxEntry) => {
    const li = Object.assign(doc.createElement('li'), { className: entry.status });
    li.append(
      Object.assign(doc.createElement('div'), { className: 'title', textContent: entry.clip.title }),
      Object.assign(doc.createElement('div'), { className: 'why', textContent: why(entry) }),
    );
    if (entry.status === 'refused') {
      const actions = Object.assign(doc.createElement('div'), { className: 'row-actions' });
      actions.append(
        button(entry, 'Edit', { type: 'edit-clip', id: entry.clip.id }, deps.onEdit),
        button(entry, 'Resend', { type: 'resend-clip', id: entry.clip.id }),
        button(entry, 'Delete', { type: 'delete-clip', id: entry.clip.id }),
      );
      li.append(actions);
    }
    return li;
  };

  return {
    render(entries) {
      section.hidden = entries.length === 0;
      part('#outboxHeading').textContent = `Not yet in the tracker (${entries.length})`;
      part('#sendNow').hidden = !entries.some((e) => e.status === 'waiting');
      part('#outboxList').replaceChildren(...entries.map(row));
    },
  };
}
