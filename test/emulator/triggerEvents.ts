import type { Emulator } from './emulator';
import type { App } from './loadBundle';
import type { Range } from './range';

/**
 * Trigger events as Google's event-object reference lists them, for tests to run what Sheets or the clock
 * would run. editEvent: the simple onEdit's `e` after a user edit (authMode LIMITED; value and oldValue only for
 * a single cell). fireTriggers: runs the installable time-driven triggers due, each in FULL auth with a
 * time-driven event (authMode, triggerUid, year, month, day-of-month, day-of-week, week-of-year, hour, minute,
 * second, timezone).
 */
export interface EditEventInit {
  value?: unknown;
  oldValue?: unknown;
}

export function editEvent(emulator: Emulator, range: Range, init: EditEventInit = {}): Record<string, unknown> {
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  return {
    authMode: 'LIMITED',
    range: emulator.boundary.expose(range),
    source: emulator.boundary.expose(emulator.spreadsheet),
    user: { email: emulator.options.user ?? 'senco@example.org' },
    ...(single && init.value !== undefined ? { value: init.value } : {}),
    ...(single && init.oldValue !== undefined ? { oldValue: init.oldValue } : {}),
  };
}

/** Runs every clock trigger due (or those of one handler) once, as the clock would; returns what each returned. */
export function fireTriggers(emulator: Emulator, app: App, handler?: string): unknown[] {
  const at = new Date(emulator.now());
  return (
    emulator.triggers.all
      .filter((t) => t.eventType === 'CLOCK' && (handler === undefined || t.handler === handler))
      // A one-off trigger (after(ms)) runs once, and not before its time.
      .filter((t) => t.runAt === undefined || (!t.fired && t.runAt <= at.getTime()))
      .map((t) => {
        if (t.runAt !== undefined) t.fired = true;
        const event = {
          authMode: 'FULL',
          triggerUid: t.uid,
          year: at.getUTCFullYear(),
          month: at.getUTCMonth() + 1,
          'day-of-month': at.getUTCDate(),
          'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
          'week-of-year': 0,
          hour: at.getUTCHours(),
          minute: at.getUTCMinutes(),
          second: at.getUTCSeconds(),
          timezone: 'UTC',
        };
        return app.run(t.handler, [event], { authMode: 'FULL', kind: 'editor' });
      })
  );
}
