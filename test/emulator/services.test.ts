import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
function globals(options = {}) {
  const emulator = createEmulator(options);
  return { emulator, g: emulator.globals as Record<string, any> };
}

describe('PropertiesService', () => {
  // Google reference: values are stored as strings; getProperty returns null when absent.
  it('stores strings per store and returns null for a missing key', () => {
    const { g } = globals();
    const script = g.PropertiesService.getScriptProperties();
    script.setProperty('count', 3).setProperties({ a: 'x', b: true });
    expect(script.getProperty('count')).toBe('3');
    expect(script.getProperties()).toEqual({ count: '3', a: 'x', b: 'true' });
    expect(script.getProperty('missing')).toBeNull();
    expect(g.PropertiesService.getUserProperties().getProperty('count')).toBeNull();
    script.deleteProperty('a');
    expect(script.getKeys()).toEqual(['count', 'b']);
    script.deleteAllProperties();
    expect(script.getProperties()).toEqual({});
  });

  // Google quota: 9 KB per value; observed text "Argument too large: value".
  it('refuses a value over 9 KB', () => {
    const { g } = globals();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  // Google quota: 500 KB per store, with the quota text.
  it('refuses to pass 500 KB in one store, leaving the store as it was', () => {
    const { g, emulator } = globals();
    const props = g.PropertiesService.getScriptProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
    expect(() => props.setProperty('one-too-many', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(emulator.properties.script.data.size).toBe(56);
  });

  // Google's Properties guide: user properties belong to the current user, document properties to the open document.
  it('keeps user properties per user and document properties per spreadsheet', () => {
    const { emulator, g } = globals({ user: 'a@school.org' });
    g.PropertiesService.getUserProperties().setProperty('units', 'hours');
    g.PropertiesService.getDocumentProperties().setProperty('token', 't');
    expect(emulator.properties.user('a@school.org').data.get('units')).toBe('hours');
    expect(emulator.properties.document(emulator.spreadsheet.getId()).data.get('token')).toBe('t');
  });
});

describe('CacheService', () => {
  // Google limits: key ≤ 250 characters, value ≤ 100 KB, expiry ≤ 21,600 s (6 h).
  it('enforces key, value and expiry limits', () => {
    const { g } = globals();
    const cache = g.CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k', 'v', 21_601)).toThrow('Argument too large: expirationInSeconds');
    cache.put('k', 'v', 21_600);
    expect(cache.get('k')).toBe('v');
  });

  // Google reference for Cache.put(key, value): the default expiration is 10 minutes.
  it('expires entries on the emulator clock (default 600 s)', () => {
    const { g, emulator } = globals();
    const cache = g.CacheService.getUserCache();
    cache.put('clip', 'seen');
    emulator.advanceTime(599_000);
    expect(cache.get('clip')).toBe('seen');
    emulator.advanceTime(2_000);
    expect(cache.get('clip')).toBeNull();
  });
});

describe('LockService', () => {
  // Google reference: tryLock(ms) → boolean; waitLock(ms) throws on timeout (observed text).
  // Google reference for Lock.hasLock / releaseLock.
  it('gives the lock when free, and reports hasLock', () => {
    const { g } = globals();
    const lock = g.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true); // same execution: re-entrant
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  // Concurrency model documented in lock.ts: a simulated holder stands for another execution.
  it('blocks while another execution holds the lock, and waits it out when it lets go in time', () => {
    const { g, emulator } = globals();
    const other = emulator.locks.hold('script', { releaseAfterMs: 5_000 });
    const lock = g.LockService.getScriptLock();
    expect(lock.tryLock(1_000)).toBe(false);
    expect(() => lock.waitLock(1_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.waitLock(10_000)).toBeUndefined(); // the holder lets go after 5 s of virtual time
    expect(lock.hasLock()).toBe(true);
    other.release();
    expect(emulator.locks.events.map((e) => e.action)).toEqual(['acquired', 'busy', 'timeout', 'acquired']);
  });

  // Google reference: document and script locks are separate locks.
  it('keeps a held lock until the test releases it', () => {
    const { g, emulator } = globals();
    const other = emulator.locks.hold('document');
    expect(g.LockService.getDocumentLock().tryLock(30_000)).toBe(false);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true); // a different lock
    other.release();
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('ContentService', () => {
  // Google reference: createTextOutput starts as TEXT; setMimeType(ContentService.MimeType.JSON).
  it('builds text and JSON outputs', () => {
    const { g } = globals();
    const out = g.ContentService.createTextOutput(JSON.stringify({ ok: true }));
    expect(out.getMimeType()).toBe('TEXT');
    out.setMimeType(g.ContentService.MimeType.JSON);
    expect(out.getMimeType()).toBe(g.ContentService.MimeType.JSON);
    expect(out.getContent()).toBe('{"ok":true}');
  });
});

describe('Utilities', () => {
  // Google reference: formatDate(date, timeZone, format) with SimpleDateFormat patterns.
  const patterns: [string, string][] = [
    ['yyyy-MM-dd', '2026-07-01'],
    ['dd/MM/yyyy HH:mm', '01/07/2026 10:30'],
    ["EEE d MMM yyyy 'at' h:mm a", 'Wed 1 Jul 2026 at 10:30 AM'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2026-07-01T10:30:00+01:00'],
    ['z', 'BST'],
  ];
  it.each(patterns)('formats %j in Europe/London as %j', (pattern, expected) => {
    const { g } = globals();
    expect(g.Utilities.formatDate(new Date('2026-07-01T09:30:00Z'), 'Europe/London', pattern)).toBe(expected);
  });

  it('rejects a non-date with the signature error', () => {
    const { g } = globals();
    expect(() => g.Utilities.formatDate('2026-01-01', 'Europe/London', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  // Apps Script returns Java signed bytes; SHA-256("abc") starts ba 78 16 bf.
  it('returns digests as signed bytes', () => {
    const { g } = globals();
    const bytes = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(bytes.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(g.Utilities.base64Encode(bytes.slice(0, 3))).toBe('ungW');
  });

  // Google reference: getUuid returns a UUID string; sleep(ms) pauses the script (here: virtual time).
  it('makes v4 UUIDs and records sleeps without waiting', () => {
    const { g, emulator } = globals();
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const before = Date.now();
    g.Utilities.sleep(60_000);
    expect(Date.now() - before).toBeLessThan(1_000);
    expect(emulator.sleeps).toEqual([60_000]);
    expect(emulator.runtime.virtualMs).toBe(60_000);
  });

  // Google reference for Utilities.parseCsv (RFC 4180 quoting).
  it('parses CSV like Utilities.parseCsv', () => {
    const { g } = globals();
    expect(g.Utilities.parseCsv('a,"b,c"\n"say ""hi""",2')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', '2'],
    ]);
  });
});

describe('Session, Logger and the UI', () => {
  // Google reference for Session.getActiveUser / getScriptTimeZone (manifest timeZone).
  it('names the user and the script time zone', () => {
    const { g } = globals({ user: 'senco@school.org' });
    expect(g.Session.getActiveUser().getEmail()).toBe('senco@school.org');
    expect(g.Session.getScriptTimeZone()).toBe('Europe/London');
  });

  // Google reference for Logger.log(format, values…).
  it('keeps Logger lines with %s substitution', () => {
    const { g, emulator } = globals();
    g.Logger.log('read %s rows in %s ms', 142, 12);
    expect(emulator.logs).toEqual(['read 142 rows in 12 ms']);
  });

  // Google reference: a menu appears only after addToUi(); add-on menus sit under Extensions.
  it('records add-on menus only once added to the UI', () => {
    const { g, emulator } = globals();
    const ui = g.SpreadsheetApp.getUi();
    const menu = ui.createAddonMenu().addItem('Analyse', 'analyse').addSeparator().addItem('Help', 'showHelp');
    expect(emulator.ui.menus).toEqual([]);
    menu.addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        kind: 'addon',
        title: 'SENCO Time',
        items: [
          { kind: 'item', caption: 'Analyse', functionName: 'analyse' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
  });

  // docs/apps-script.md: add-on sidebars are 300 px wide; Google reference for Ui.alert and ButtonSet.
  it('records sidebars at 300 px and answers alerts from the queue', () => {
    const { g, emulator } = globals();
    const ui = g.SpreadsheetApp.getUi();
    ui.showSidebar(g.HtmlService.createHtmlOutput('<p>Hi</p>').setTitle('SENCO Time').setWidth(500));
    expect(emulator.ui.sidebars).toEqual([{ title: 'SENCO Time', content: '<p>Hi</p>', width: 300, height: 0 }]);
    emulator.ui.answers.push({ button: 'NO' });
    expect(ui.alert('Replace tabs?', 'The Summary tab exists.', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Done')).toBe('OK');
    expect(() => ui.showSidebar(g.HtmlService.createTemplate('<p>'))).toThrow(
      "don't match the method signature for SpreadsheetApp.Ui.showSidebar",
    );
  });

  // Google's HTML service guide: standard, printing (escaped) and force-printing scriptlets.
  it('evaluates templates with <? ?>, <?= ?> (escaped) and <?!= ?> (raw)', () => {
    const { g } = globals();
    const t = g.HtmlService.createTemplate('<? for (var i = 0; i < n; i++) { ?><b><?= label ?></b><? } ?><?!= raw ?>');
    t.n = 2;
    t.label = '<i>';
    t.raw = '<hr>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;i&gt;</b><b>&lt;i&gt;</b><hr>');
  });

  // Observed text: "No HTML file named Sidebar was found."
  it('cannot read an HTML file before a bundle is loaded', () => {
    const { g } = globals();
    expect(() => g.HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow('No HTML file named Sidebar was found.');
  });
});
