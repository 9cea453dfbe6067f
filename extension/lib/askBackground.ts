import { browser } from 'wxt/browser';
import { type Message, type Reply, ReplySchema } from '../messages';
import { NO_RESPONSE } from './savedText';

type Send = (message: Message) => Promise<unknown>;

/** Sends a Message to the background and parses its Reply; a missing or garbled answer becomes a Reply too. */
export async function askBackground(message: Message, send: Send = (m) => browser.runtime.sendMessage(m)): Promise<Reply> {
  let answer: unknown;
  try {
    answer = await send(message);
  } catch {
    return { ok: false, message: NO_RESPONSE };
  }
  const parsed = ReplySchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, message: NO_RESPONSE };
}
