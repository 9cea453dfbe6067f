import { fail } from './gasError';

/**
 * Installable triggers (ScriptApp.newTrigger(…).timeBased()…create()), as Google's reference describes them:
 * a trigger belongs to the user who created it and runs as them; getProjectTriggers lists only the current
 * user's triggers of this project; a user may have 20 triggers per script (Apps Script quotas page), and a
 * 21st throws. The message is the one Google shows (observed): "This script has too many triggers. Triggers
 * must be deleted from the script before more can be added." everyDays(n).atHour(h) runs once a day within
 * the hour h (Google: "± 15 minutes" around the chosen time); tests fire triggers with fireTriggers.
 * after(ms) makes a one-off trigger: Google's reference, "the minimum duration (in milliseconds) after the
 * current time that the trigger runs. The actual duration might vary, but won't be less than your specified
 * minimum." It runs once, at the earliest then; it stays listed (and counts towards the 20) until deleted,
 * which is why a handler deletes its own one-off trigger (the conservative reading: the reference does not
 * say that Google removes it).
 */
export const MAX_TRIGGERS_PER_USER = 20;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
} as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;

export interface TriggerRecord {
  uid: string;
  handler: string;
  owner: string;
  eventType: string;
  source: string;
  everyDays?: number;
  everyHours?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  /** A one-off trigger's earliest run (emulator clock, ms), from after(ms). */
  runAt?: number;
  /** Set once a one-off trigger has run. */
  fired?: boolean;
}

/** Every installable trigger of the project, all users. */
export class TriggerStore {
  readonly all: TriggerRecord[] = [];
  private next = 4034124084959907000;

  /** `now` is the emulator's clock, for one-off triggers. */
  constructor(readonly now: () => number = Date.now) {}

  add(record: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    if (this.all.filter((t) => t.owner === record.owner).length >= MAX_TRIGGERS_PER_USER) {
      fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const t = { ...record, uid: String(this.next++) };
    this.all.push(t);
    return t;
  }

  remove(uid: string): void {
    const at = this.all.findIndex((t) => t.uid === uid);
    if (at >= 0) this.all.splice(at, 1);
  }

  of(owner: string): TriggerRecord[] {
    return this.all.filter((t) => t.owner === owner);
  }
}

export class Trigger {
  static serviceName = 'Trigger';
  constructor(readonly _record: TriggerRecord) {}
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getUniqueId(): string {
    return this._record.uid;
  }
  getEventType(): string {
    return this._record.eventType;
  }
  getTriggerSource(): string {
    return this._record.source;
  }
  getTriggerSourceId(): string | null {
    return null;
  }
  toString(): string {
    return 'Trigger';
  }
}

export class ClockTriggerBuilder {
  static serviceName = 'ClockTriggerBuilder';
  private readonly spec: Partial<TriggerRecord> = {};
  constructor(
    private readonly create_: (spec: Partial<TriggerRecord>) => Trigger,
    private readonly now: () => number,
  ) {}

  after(durationMilliseconds: number) {
    if (!Number.isInteger(durationMilliseconds) || durationMilliseconds < 0) fail('Invalid argument: durationMilliseconds');
    this.spec.runAt = this.now() + durationMilliseconds;
    return this;
  }

  everyDays(n: number) {
    this.spec.everyDays = requireCount('everyDays', n);
    return this;
  }
  everyHours(n: number) {
    if (![1, 2, 4, 6, 8, 12].includes(n)) fail('The hour interval must be 1, 2, 4, 6, 8 or 12.');
    this.spec.everyHours = n;
    return this;
  }
  atHour(hour: number) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) fail('The hour must be an integer between 0 and 23.');
    this.spec.atHour = hour;
    return this;
  }
  nearMinute(minute: number) {
    this.spec.nearMinute = minute;
    return this;
  }
  inTimezone(timeZone: string) {
    this.spec.timeZone = timeZone;
    return this;
  }
  create(): Trigger {
    if (this.spec.everyDays === undefined && this.spec.everyHours === undefined && this.spec.runAt === undefined)
      fail('The trigger needs a schedule: call everyDays, everyHours, everyMinutes or everyWeeks before create().');
    return this.create_(this.spec);
  }
}

function requireCount(method: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) fail(`Invalid argument: ${method}`);
  return n;
}

export class TriggerBuilder {
  static serviceName = 'TriggerBuilder';
  constructor(
    private readonly handler: string,
    private readonly store: TriggerStore,
    private readonly owner: () => string,
  ) {}
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(
      (spec) =>
        new Trigger(
          this.store.add({ ...spec, handler: this.handler, owner: this.owner(), eventType: EventType.CLOCK, source: TriggerSource.CLOCK }),
        ),
      this.store.now,
    );
  }
}
