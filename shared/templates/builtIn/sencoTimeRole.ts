import type { Template } from '../templateSchema';

/**
 * "SENCO time and role": time allocated against time needed, the tasks that take most time, and how much each of
 * the five supports SENCOs ask for would help (admin support, consistent LA EHCP processes, protected time,
 * supervision, a seat on the SLT).
 */
export const SENCO_TIME_ROLE: Template = {
  format: 'senco-time-template',
  formatVersion: 1,
  id: 'senco-time-role',
  title: 'SENCO time and role',
  description:
    'How much time the SENCO role gets and needs, where it goes, and what would help. About five minutes. ' +
    'Results are reported for groups of five or more only.',
  version: '1.0',
  constructs: [
    {
      id: 'time-pressure',
      name: 'Time pressure',
      description: 'Working outside hours and not having enough time: higher is more pressure.',
    },
  ],
  sections: [
    {
      title: 'Your role',
      items: [
        {
          id: 'phase',
          kind: 'choice',
          title: 'Which phase is your school?',
          options: ['Early years', 'Primary', 'Secondary', 'All-through', 'Special school', 'Alternative provision', 'Post-16'],
          required: true,
        },
        { id: 'hours-allocated', kind: 'number', title: 'How many hours a week are allocated to your SENCO role?', min: 0, max: 60 },
        { id: 'hours-needed', kind: 'number', title: 'How many hours a week do you need to do the SENCO role well?', min: 0, max: 80 },
        {
          id: 'teaching',
          kind: 'choice',
          title: 'Do you also have a teaching timetable?',
          options: ['Yes, more than half the week', 'Yes, half the week or less', 'No'],
        },
      ],
    },
    {
      title: 'Where the time goes',
      items: [
        {
          id: 'tasks',
          kind: 'checkbox',
          title: 'Which tasks take most of your SENCO time?',
          help: 'Tick up to three.',
          options: [
            'EHCP paperwork',
            'Annual reviews',
            'Meetings with parents and carers',
            'Liaising with external agencies',
            'Training and supporting staff',
            'Managing support staff, timetables included',
            'Assessing and monitoring pupils',
            'Teaching',
          ],
        },
        {
          id: 'outside-hours',
          kind: 'choice',
          title: 'How often do you do SENCO work outside your working hours?',
          options: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
          ordered: true,
          construct: 'time-pressure',
        },
        {
          id: 'enough-time',
          kind: 'choice',
          title: 'I have enough time to carry out my SENCO duties.',
          options: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
          ordered: true,
          construct: 'time-pressure',
          reverse: true,
        },
      ],
    },
    {
      title: 'What would help',
      items: [
        {
          id: 'supports',
          kind: 'grid',
          title: 'How much would each of these help you?',
          rows: [
            'Dedicated admin support',
            'Consistent LA processes for EHCPs',
            'Protected time for the SENCO role',
            'Regular supervision',
            'A seat on the senior leadership team',
          ],
          columns: ['Not at all', 'A little', 'A moderate amount', 'A lot', 'A great deal'],
          ordered: true,
        },
        {
          id: 'comments',
          kind: 'paragraph',
          title: 'What one change would give you more time for pupils?',
          help: 'Please do not name pupils, parents or colleagues.',
        },
      ],
    },
  ],
};
