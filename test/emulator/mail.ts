import { fail } from './gasError';

/**
 * MailApp. Google counts recipients (to, cc and bcc) against a daily quota per user: 100 a day for consumer
 * accounts, 1,500 for Google Workspace (Apps Script quotas page), reset 24 hours after the first request.
 * Past it, sendEmail throws "Service invoked too many times for one day: email." (Google's text, as seen in
 * scripts' logs). getRemainingDailyQuota says how many recipients are left. Sent mail is recorded for tests.
 */
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const WORKSPACE_DAILY_RECIPIENTS = 1500;
const DAY_MS = 86_400_000;

export interface SentEmail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** The user whose quota it used. */
  from: string;
}

export class MailStore {
  readonly sent: SentEmail[] = [];
  private readonly used = new Map<string, { since: number; count: number }>();
  constructor(
    readonly dailyLimit: number,
    private readonly now: () => number,
  ) {}

  private window(user: string) {
    const w = this.used.get(user);
    if (!w || this.now() - w.since >= DAY_MS) return { since: this.now(), count: 0 };
    return w;
  }

  remaining(user: string): number {
    return Math.max(0, this.dailyLimit - this.window(user).count);
  }

  record(mail: SentEmail): void {
    const recipients = [mail.to, mail.cc, mail.bcc]
      .flatMap((l) => l.split(','))
      .map((a) => a.trim())
      .filter(Boolean).length;
    if (recipients === 0) fail('Failed to send email: no recipient');
    const w = this.window(mail.from);
    if (w.count + recipients > this.dailyLimit) fail('Service invoked too many times for one day: email.');
    this.used.set(mail.from, { since: w.since, count: w.count + recipients });
    this.sent.push(mail);
  }
}

type Options = { cc?: string; bcc?: string; htmlBody?: string; name?: string; replyTo?: string; noReply?: boolean };

export class MailApp {
  static serviceName = 'MailApp';
  constructor(
    private readonly store: MailStore,
    private readonly user: () => string,
  ) {}

  getRemainingDailyQuota(): number {
    return this.store.remaining(this.user());
  }

  /** sendEmail(message) or sendEmail(recipient, subject, body, options?). */
  sendEmail(a: unknown, subject?: string, body?: string, options: Options = {}): void {
    const m =
      typeof a === 'object' && a !== null
        ? (a as Options & { to?: string; subject?: string; body?: string })
        : { ...options, to: String(a), subject, body };
    this.store.record({
      to: String(m.to ?? ''),
      cc: String(m.cc ?? ''),
      bcc: String(m.bcc ?? ''),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody !== undefined ? { htmlBody: m.htmlBody } : {}),
      ...(m.name !== undefined ? { name: m.name } : {}),
      ...(m.replyTo !== undefined ? { replyTo: m.replyTo } : {}),
      from: this.user(),
    });
  }
}
