import { describe, expect, it } from 'vitest';
import { checkTrackerUrl } from './checkTrackerUrl';

const ID = 'AKfycbx1234567890abcdefGHIJ_-klm';

describe('checkTrackerUrl', () => {
  it.each([
    ['a deployed web app', `https://script.google.com/macros/s/${ID}/exec`],
    ['a Workspace domain deployment', `https://script.google.com/a/macros/school.sch.uk/s/${ID}/exec`],
    ['one pasted with spaces around it', `  https://script.google.com/macros/s/${ID}/exec \n`],
  ])('accepts %s', (_, url) => {
    expect(checkTrackerUrl(url, false)).toEqual({ ok: true, url: url.trim() });
  });

  it.each([
    ['nothing', '', /Paste the tracker’s web-app URL/],
    ['words', 'my tracker', /not a web address/],
    ['plain http', `http://script.google.com/macros/s/${ID}/exec`, /must start https:\/\/script.google.com/],
    ['another host', `https://script.google.com.evil.example/macros/s/${ID}/exec`, /must start https:\/\/script.google.com/],
    ['the spreadsheet URL', 'https://docs.google.com/spreadsheets/d/1abc/edit', /must start https:\/\/script.google.com/],
    ['the test deployment', `https://script.google.com/macros/s/${ID}/dev`, /test \(\/dev\) URL/],
    ['the script editor', 'https://script.google.com/home/projects/1abc/edit', /should look like/],
    ['a URL with a query', `https://script.google.com/macros/s/${ID}/exec?x=1`, /nothing after \/exec/],
    ['a user name in the URL', `https://me@script.google.com/macros/s/${ID}/exec`, /must start/],
  ])('refuses %s, saying why', (_, url, why) => {
    const result = checkTrackerUrl(url, false);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(why);
  });

  it('accepts a loopback tracker only in builds that allow it', () => {
    const url = 'http://127.0.0.1:41234/macros/s/test/exec';
    expect(checkTrackerUrl(url, true)).toEqual({ ok: true, url });
    expect(checkTrackerUrl(url, false).ok).toBe(false);
  });

  it('never treats localhost names or other loopback addresses as the test tracker', () => {
    expect(checkTrackerUrl('http://localhost:4000/exec', true).ok).toBe(false);
    expect(checkTrackerUrl('http://127.0.0.2:4000/exec', true).ok).toBe(false);
  });
});
