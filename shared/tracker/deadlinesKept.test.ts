import { describe, expect, it } from 'vitest';
import { daysInWords, deadlinesKept, laTimeliness, median } from './deadlinesKept';
import { laStepOf } from './laSteps';
import type { TaskRecord } from './taskRecords';

const task = (o: Partial<TaskRecord>): TaskRecord => ({
  clippedOn: '2026-11-02',
  senco: 'A',
  school: 'Oak',
  la: 'Anyshire',
  taskType: 'Annual review',
  title: '',
  pupil: '',
  dueDate: '',
  dueBasis: '',
  minutes: 60,
  status: 'Open',
  doneOn: '',
  laActedOn: '',
  ...o,
});
const FINAL_PLAN =
  'The final EHC plan must be issued within 20 weeks of the assessment request on 01/06/2026 (SEND Regulations 2014, reg 13(2)).';

describe('deadlines kept', () => {
  it('takes the median as R does', () => {
    expect(median([-1, -1, -1, 1])).toBe(-1); // R: median(c(-1, -1, -1, 1))
    expect(median([5, -2, 3, 0])).toBe(1.5); // R: median(c(-2, 0, 3, 5))
    expect(median([])).toBeNull();
    expect([daysInWords(-1), daysInWords(0), daysInWords(1.5), daysInWords(null)]).toEqual([
      '1 day early',
      'on the due day',
      '1.5 days late',
      '–',
    ]);
  });

  it('counts done by the due date, done late and open past it; not tasks still in time, nor LA steps', () => {
    const rows = deadlinesKept(
      [
        task({ dueDate: '2026-11-10', status: 'Done', doneOn: '2026-11-10' }), // on the day: kept
        task({ dueDate: '2026-11-10', status: 'Done', doneOn: '2026-11-13' }), // 3 days late
        task({ dueDate: '2026-11-20', status: 'In progress' }), // open, past due on 23 Nov
        task({ dueDate: '2026-11-30', status: 'Open' }), // still in time: not counted
        task({ dueDate: '2026-11-10', status: 'Done', doneOn: '2026-11-20', dueBasis: FINAL_PLAN }), // the LA's deadline
      ],
      (t) => t.la,
      '2026-11-23',
    );
    expect(rows).toEqual([{ group: 'Anyshire', due: 3, doneOnTime: 1, doneLate: 1, openOverdue: 1, share: 1 / 3, medianDaysLate: 1.5 }]);
  });

  it('reads LA steps from the due basis and counts them per LA', () => {
    expect(laStepOf(FINAL_PLAN)).toEqual({ id: 'final-plan', step: 'Final plan issued' });
    expect(
      laStepOf(
        'Advice must be circulated at least 2 weeks before the annual review meeting on 24/03/2026 (SEND Regulations 2014, reg 20(4)).',
      ),
    ).toBeNull();
    const rows = laTimeliness(
      [
        task({ dueBasis: FINAL_PLAN, dueDate: '2026-10-19', laActedOn: '2026-10-16' }),
        task({ dueBasis: FINAL_PLAN, dueDate: '2026-10-19', status: 'Done', doneOn: '2026-11-02' }),
        task({ dueBasis: FINAL_PLAN, dueDate: '2026-11-01', status: 'Waiting for the LA' }),
        task({ dueBasis: FINAL_PLAN, dueDate: '2026-12-01', status: 'Waiting for the LA' }),
      ],
      '2026-11-23',
    );
    expect(rows).toEqual([{ la: 'Anyshire', steps: 3, onTime: 1, late: 1, notYet: 1, share: 1 / 3 }]);
  });
});
