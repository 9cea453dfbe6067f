import type { Reply } from '../../messages';

export type Tone = 'ok' | 'queued' | 'bad' | '';

/** The popup's one status line: what just happened, coloured by how it went. */
export interface StatusLine {
  say(text: string, tone?: Tone): void;
  sayReply(reply: Pick<Reply, 'ok' | 'message' | 'status'>): void;
}

export function setupStatusLine(element: HTMLElement): StatusLine {
  const say = (text: string, tone: Tone = '') => {
    element.textContent = text;
    element.className = `result ${tone}`.trim();
  };
  return {
    say,
    sayReply: (reply) =>
      say(reply.message, !reply.ok ? 'bad' : reply.status === 'queued' ? 'queued' : reply.status === 'saved' ? 'ok' : ''),
  };
}
