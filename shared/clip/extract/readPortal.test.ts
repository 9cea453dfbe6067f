import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../test/fixtures/portals/htmlDocument';
import { first, readPortal } from './readPortal';

const LAYOUT = { child: ['.child'], task: ['.task'], title: ['.task-title', 'h1'] };

describe('readPortal', () => {
  it('joins forename and surname fields, reads the date of birth, and takes the reference from the task first', () => {
    const doc = htmlDocument(`
      <div class="child"><dl><dt>Forename</dt><dd>Jamie</dd><dt>Surname</dt><dd>Smith</dd><dt>DOB</dt><dd>4 May 2014</dd><dt>Case reference</dt><dd>C-1</dd></dl></div>
      <h1>Page heading</h1>
      <div class="task"><dl><dt>Request reference</dt><dd>R-2</dd><dt>Deadline</dt><dd>Friday 6 March</dd></dl></div>`);
    expect(readPortal(doc, LAYOUT, '2026-02-16')).toEqual({
      pupilName: 'Jamie Smith',
      dateOfBirth: '2014-05-04',
      caseReference: 'R-2',
      title: 'Page heading',
      taskText: 'Request reference: R-2\nDeadline: Friday 6 March',
      dates: [{ role: 'due', iso: '2026-03-06' }],
    });
  });

  it('leaves out what the page does not have', () => {
    expect(readPortal(htmlDocument('<p>Nothing here</p>'), LAYOUT, '2026-02-16')).toEqual({ dates: [] });
  });
});

describe('first', () => {
  it('tries selectors in order', () => {
    const doc = htmlDocument('<p class="b">B</p><p class="a">A</p>');
    expect(first(doc, ['.missing', '.a', '.b'])?.textContent).toBe('A');
    expect(first(doc, ['.missing'])).toBeNull();
  });
});
