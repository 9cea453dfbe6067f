import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../test/fixtures/portals/htmlDocument';
import { extractDraft, STATED_DUE_BASIS } from './extractDraft';

const TODAY = '2026-02-16';
const page = (body: string, title = 'Portal') =>
  htmlDocument(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);
const draftOf = (body: string, selection: string, url = 'https://www.exampleshire.gov.uk/send') =>
  extractDraft({ doc: page(body), url, selection, today: TODAY });

describe('extractDraft', () => {
  describe('due date', () => {
    it('takes a due date the selection states, over the statutory one', () => {
      const draft = draftOf('<h1>Request for advice</h1>', 'Request for advice received on 29/01/2026 – please return by 05/03/2026.');
      expect(draft).toMatchObject({ taskType: 'advice', dueDate: '2026-03-05', dueBasis: STATED_DUE_BASIS });
    });

    it('counts the statutory date from the request when no due date is stated, and gives its basis', () => {
      const draft = draftOf('<h1>Request for advice</h1>', 'Request for advice received on 29/01/2026.');
      expect(draft.taskType).toBe('advice');
      expect(draft.dueDate).toBe('2026-03-12');
      expect(draft.dueBasis).toContain('within 6 weeks');
      expect(draft.dueBasis).toContain('reg 8(1)');
    });

    it('counts advice for an annual review from the meeting: two weeks before it', () => {
      const draft = draftOf('', 'Annual review meeting: 24/03/2026');
      expect(draft).toMatchObject({ taskType: 'annual-review', dueDate: '2026-03-10' });
      expect(draft.dueBasis).toContain('reg 20(4)');
    });

    it('takes the earliest stated due date not yet past', () => {
      expect(draftOf('', 'Advice due 10/02/2026. Report due 20/02/2026. Plan due 30/03/2026.').dueDate).toBe('2026-02-20');
    });

    it('takes the latest stated due date when all have passed', () => {
      expect(draftOf('', 'Advice due 01/02/2026. Report due 10/02/2026.').dueDate).toBe('2026-02-10');
    });

    it('prefers the selection’s due date to the page’s', () => {
      const body =
        '<div class="task-details"><h2 class="task-title">Request for Advice</h2><table><tr><td class="label">Due date</td><td>12/03/2026</td></tr></table></div>';
      const url = 'https://portal.exampleshire.gov.uk/web/portal/pages/task';
      expect(draftOf(body, 'Send the report by 01/03/2026', url).dueDate).toBe('2026-03-01');
      expect(draftOf(body, '', url).dueDate).toBe('2026-03-12');
    });

    it('never counts an amendment response from another step: without the notice date it says which date to enter', () => {
      // Reg 22(2)(c) counts from the amendment notice; 12 weeks after the meeting (regs 20(10), 22(3)) is the LA's limit.
      const draft = draftOf('<h1>Amendment notice</h1>', 'Proposed amendments after the annual review meeting on 12/02/2026.');
      expect(draft.taskType).toBe('amendment-response');
      expect(draft.dueDate).toBeUndefined();
      expect(draft.dueBasis).toBe(
        'Within 15 days beginning with the day the amendment notice was issued, which counts as day 1 (SEND Regulations 2014, reg 22(2)(c)). No date of the amendment notice was found on the page: enter the due date from it.',
      );
    });

    it.each([
      // Reg 22(2)(c): 15 days beginning with 9 March 2026 (day 1) end on 23 March 2026
      ['Amendment notice issued: 09/03/2026', '2026-03-23'],
      ['Date of amendment notice: 09/03/2026', '2026-03-23'],
      ['Notice of proposed amendments sent: 9 March 2026', '2026-03-23'],
    ])('reads %j as the amendment notice', (selection, dueDate) => {
      expect(draftOf('<h1>Amendment notice</h1>', `${selection}\nAnnual review meeting: 12/02/2026`)).toMatchObject({
        taskType: 'amendment-response',
        dueDate,
      });
    });

    it('leaves the due date out when there is none to state or count from', () => {
      const draft = draftOf('<h1>Staff training</h1>', 'Staff training on Thursday');
      expect(draft.dueDate).toBeUndefined();
      expect(draft.dueBasis).toBeUndefined();
    });
  });

  describe('the pupil', () => {
    it('is the child, never a parent under a bare "Name" who shares the surname', () => {
      const body =
        '<dl><dt>Name</dt><dd>Mr Richard Okafor</dd><dt>Relationship</dt><dd>Father</dd><dt>Pupil</dt><dd>Amara Okafor</dd></dl>';
      const draft = draftOf(body, 'Mr Richard Okafor and Mrs Okafor asked about Amara Okafor’s review.');
      expect(draft.pupil).toBe('A.O.');
      expect(draft.pupilCandidates).toBeUndefined();
      expect(draft.details).toBe('[parent/carer name removed] and [parent/carer name removed] asked about A.O.’s review.');
    });
  });

  describe('redaction of everything that leaves', () => {
    it('uses the names the page labels to redact a selection that has none', () => {
      const body =
        '<dl><dt>Child/Young person</dt><dd>Jamie Smith</dd><dt>Date of birth</dt><dd>04/05/2014</dd></dl><p>Jamie is doing well.</p>';
      const draft = draftOf(body, 'Jamie is doing well. Born 04/05/2014, Jamie joined in Year 3 (04/05/2014).');
      expect(draft.details).toBe('J.S. is doing well. Born [date of birth removed], J.S. joined in Year 3 ([date of birth removed]).');
      expect(draft.pupil).toBe('J.S.');
      expect(draft.redactions).toEqual([
        { kind: 'name', count: 2 },
        { kind: 'date-of-birth', count: 2 },
      ]);
    });

    it('redacts the title, and does not count twice what the title took from the selection', () => {
      const draft = draftOf('', 'Annual review for Jamie Smith (UPN A123456789012). Meeting on 24/03/2026.');
      expect(draft.title).toBe('Annual review for J.S.');
      expect(draft.redactions).toEqual([
        { kind: 'name', count: 1 },
        { kind: 'upn', count: 1 },
      ]);
    });

    it('redacts the page address', () => {
      const draft = draftOf('<p>Child: Jamie Smith</p>', 'Advice', 'https://x.example.gov.uk/case/A123456789012?name=Jamie');
      expect(draft.sourceUrl).toBe('https://x.example.gov.uk/case/%5BUPN%20removed%5D?name=removed');
    });

    it('drops a case reference that was personal data', () => {
      const body = '<div class="task-details"><table><tr><td class="label">Task ref</td><td>A123456789012</td></tr></table></div>';
      const draft = draftOf(body, '', 'https://portal.exampleshire.gov.uk/web/portal/pages/task');
      expect(draft.caseReference).toBeUndefined();
    });

    it('leaves the pupil out when the name has no Latin initials', () => {
      expect(draftOf('<p>Child: Алиса Смирнова</p>', 'Advice').pupil).toBeUndefined();
    });
  });

  describe('title', () => {
    it('takes the first sentence of the selection on a page no adapter knows', () => {
      expect(draftOf('<h1>News</h1>', 'Top-up funding claim for summer term. Send costs to the team.').title).toBe(
        'Top-up funding claim for summer term',
      );
    });

    it('cuts a long title at a word with an ellipsis', () => {
      const title = draftOf('', `Consultation ${'about the naming of a school '.repeat(6)}`).title;
      expect(title).toBe('Consultation about the naming of a school about the naming of a school about the naming of a…');
      expect(title.length).toBeLessThanOrEqual(100);
    });

    it('falls back to the nearest heading and what is owed, then to the task type', () => {
      expect(draftOf('<h2>Mediation</h2><p>Evidence needed</p>', '').title).toBe('Mediation: evidence due');
      expect(extractDraft({ doc: htmlDocument(''), url: 'https://x.example/', selection: '', today: TODAY }).title).toBe('Other');
    });
  });

  describe('on a weird page', () => {
    it.each([
      ['an empty page', { doc: htmlDocument(''), url: 'https://x.example/', selection: '', today: TODAY }],
      [
        'an address that does not parse',
        { doc: page('<p>Advice due 12/03/2026</p>'), url: 'not a url', selection: 'Advice due 12/03/2026', today: TODAY },
      ],
      [
        'a clip day that is not a date',
        { doc: page('<p>x</p>'), url: 'https://x.example/', selection: 'Advice due 12/03/2026', today: 'yesterday' },
      ],
      [
        'a document that throws',
        {
          doc: {
            querySelector: () => {
              throw new Error('detached');
            },
          } as unknown as Document,
          url: 'https://x.example/',
          selection: 'Advice for Jamie Smith',
          today: TODAY,
        },
      ],
      [
        'a selection that is not text',
        { doc: page('<p>x</p>'), url: 'https://x.example/', selection: undefined as unknown as string, today: TODAY },
      ],
    ])('returns a draft for %s without throwing', (_, input) => {
      const draft = extractDraft(input);
      expect(typeof draft.title).toBe('string');
      expect(draft.title.length).toBeGreaterThan(0);
      expect(typeof draft.details).toBe('string');
      expect(JSON.stringify(draft)).not.toContain('Jamie');
    });

    it('still redacts and guesses when the document cannot be read', () => {
      const doc = {
        querySelector: () => {
          throw new Error('detached');
        },
      } as unknown as Document;
      const draft = extractDraft({ doc, url: 'https://x.example/', selection: 'Advice for Jamie Smith, due 12/03/2026', today: TODAY });
      expect(draft).toMatchObject({ taskType: 'advice', details: 'Advice for J.S., due 12/03/2026', dueDate: '2026-03-12', pupil: 'J.S.' });
    });
  });
});
