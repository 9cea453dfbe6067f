import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, fireTriggers, loadBundle, MAX_TRIGGERS_PER_USER } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
const SCOPES = ['https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.send_mail'];

describe('ScriptApp triggers', () => {
  it('creates a daily clock trigger for the current user, lists and deletes it (ScriptApp reference)', () => {
    const emulator = createEmulator();
    const ScriptApp = emulator.globals.ScriptApp as any;
    const trigger = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    expect(trigger.getHandlerFunction()).toBe('daily');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(ScriptApp.getProjectTriggers().map((t: any) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(emulator.calls.count('ScriptApp.newTrigger')).toBe(1);
  });

  it('refuses a 21st trigger for one user (quotas: 20 triggers per user per script)', () => {
    const ScriptApp = createEmulator().globals.ScriptApp as any;
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-more').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('refuses an hour outside 0–23 and a trigger with no schedule', () => {
    const ScriptApp = createEmulator().globals.ScriptApp as any;
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow();
    expect(() => ScriptApp.newTrigger('f').timeBased().create()).toThrow();
  });

  it('needs the script.scriptapp scope, and is refused to a simple trigger (LIMITED)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-trig-'));
    writeFileSync(
      join(dir, 'Code.js'),
      'function make() { ScriptApp.newTrigger("tick").timeBased().everyDays(1).atHour(7).create(); }\nfunction tick(e) { return "ticked " + e.triggerUid; }\n',
    );
    const noScope = createEmulator({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => loadBundle(noScope, join(dir, 'Code.js')).call('make')).toThrow(
      /You do not have permission to call ScriptApp.newTrigger. Required permissions: https:\/\/www.googleapis.com\/auth\/script.scriptapp/,
    );
    const emulator = createEmulator({ oauthScopes: SCOPES });
    const app = loadBundle(emulator, join(dir, 'Code.js'));
    expect(() => app.run('make', [], { authMode: 'LIMITED' })).toThrow(/You do not have permission to call ScriptApp.newTrigger/);
    app.call('make');
    expect(fireTriggers(emulator, app)).toEqual([`ticked ${emulator.triggers.all[0].uid}`]);
    expect(app.lastExecution).toMatchObject({ functionName: 'tick', authMode: 'FULL' });
  });
});

describe('MailApp', () => {
  it("sends, records and counts recipients against 100 a day (consumer quota), then throws Google's text", () => {
    const emulator = createEmulator();
    const MailApp = emulator.globals.MailApp as any;
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@example.org, b@example.org', 'Hello', 'Body');
    MailApp.sendEmail({ to: 'c@example.org', cc: 'd@example.org', subject: 'S', body: 'B', name: 'SENCO Time' });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
    expect(emulator.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      ['a@example.org, b@example.org', 'Hello'],
      ['c@example.org', 'S'],
    ]);
    for (let i = 0; i < 96; i++) MailApp.sendEmail(`p${i}@example.org`, 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('late@example.org', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    // The quota resets 24 hours after the first request.
    emulator.advanceTime(24 * 3_600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('gives a Workspace account 1,500 a day', () => {
    const MailApp = createEmulator({ mailDailyLimit: 1500 }).globals.MailApp as any;
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });
});
