import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../../test/fixtures/portals/htmlDocument';
import { genericAdapter } from './generic';

const doc = htmlDocument(
  readFileSync(new URL('../../../../test/fixtures/portals/generic-la-phase-transfer.html', import.meta.url), 'utf8'),
);

describe('genericAdapter', () => {
  it('matches any page', () => expect(genericAdapter.matches(new URL('https://anything.example/'))).toBe(true));

  it('takes the heading nearest the selection and the dates in the selection', () => {
    const selection = 'Please return the transition form no later than 27 February to the SEND team.';
    expect(genericAdapter.extract(doc, selection, '2026-02-16')).toEqual({
      title: 'Pupils from your school',
      taskText: selection,
      dates: [{ role: 'due', iso: '2026-02-27' }],
    });
  });

  it('falls back to the first h1 and the main content when nothing is selected', () => {
    const raw = genericAdapter.extract(doc, '', '2026-02-16');
    expect(raw.title).toBe('Phase transfer 2026: moving to secondary school');
    expect(raw.taskText).toMatch(/^Phase transfer 2026: moving to secondary school\nPublished 12 January 2026/);
    expect(raw.taskText).not.toContain('Exampleshire Local Offer');
  });

  it('falls back to the page title on a page without headings', () => {
    const bare = htmlDocument('<html><head><title>Case 123 | Portal</title></head><body><p>Hello</p></body></html>');
    expect(genericAdapter.extract(bare, 'Not on the page', '2026-02-16').title).toBe('Case 123 | Portal');
  });
});
