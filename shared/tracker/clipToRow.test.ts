import { describe, expect, it } from 'vitest';
import type { Clip } from '../clip/clipSchema';
import { clipToRow } from './clipToRow';
import { COL, LA_ACTED_COL, LA_CONTACT_COL, readSettings, TRACKER_HEADER } from './trackerLayout';

const clip: Clip = {
  v: 1,
  id: '6f1c2b1e-8a5d-4c3b-9e2f-0a1b2c3d4e5f',
  clippedAt: '2026-03-02T09:15:00Z',
  senco: 'Ms A. Khan',
  pupil: 'J.S.',
  taskType: 'advice',
  title: 'Advice for J.S.',
  details: 'Queries to casework@exampleshire.gov.uk. Mum: 07700 900123',
  sourceUrl: 'https://send.exampleshire.gov.uk/case/4410',
  laContact: 'casework@exampleshire.gov.uk, 01632 960700',
};

describe('clipToRow', () => {
  it('fills the whole header, the LA contact last and "LA acted on" left for the SENCO', () => {
    const row = clipToRow(clip, readSettings([]));
    expect(row).toHaveLength(TRACKER_HEADER.length);
    expect(TRACKER_HEADER.at(-1)).toBe('LA contact');
    expect(row[LA_CONTACT_COL]).toBe('casework@exampleshire.gov.uk, 01632 960700');
    expect(row[LA_ACTED_COL]).toBe('');
  });

  it('keeps the LA’s address in the details, judged by the council’s own site, and removes the parent’s phone', () => {
    expect(clipToRow(clip, readSettings([]))[COL.Details]).toBe('Queries to casework@exampleshire.gov.uk. Mum: [phone number removed]');
  });

  it('never takes the domain of a page off gov.uk for the LA’s (a school’s or trust’s system looks the same)', () => {
    const offGov = {
      ...clip,
      details: 'Queries to office@myacademy.org.uk. Mum: 07700 900123',
      sourceUrl: 'https://mail.myacademy.org.uk/inbox/1',
      laContact: 'office@myacademy.org.uk, 01632 960700',
    };
    const row = clipToRow(offGov, readSettings([]));
    expect(row[COL.Details]).toBe('Queries to [email removed]. Mum: [phone number removed]');
    expect(row[LA_CONTACT_COL]).toBe('[email removed], [phone number removed]');
  });

  it('removes a personal address sent as the LA contact', () => {
    const row = clipToRow({ ...clip, laContact: 'jo.parent@hotmail.co.uk' }, readSettings([]));
    expect(row[LA_CONTACT_COL]).toBe('[email removed]');
  });
});
