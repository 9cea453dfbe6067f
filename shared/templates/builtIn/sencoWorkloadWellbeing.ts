import type { Template } from '../templateSchema';

const fivePoint = (lowLabel: string, highLabel: string) => ({
  kind: 'scale' as const,
  low: 1,
  high: 5,
  lowLabel,
  highLabel,
  required: true,
});

/**
 * "SENCO workload and wellbeing": the questions of the SENsible SENCO autumn survey, worded by us, so that a
 * network can ask them every year and compare schools and years. Wellbeing = stress (reversed) + exhaustion
 * (reversed) + feeling valued; workload = workload change + admin change.
 */
export const SENCO_WORKLOAD_WELLBEING: Template = {
  format: 'senco-time-template',
  formatVersion: 1,
  id: 'senco-workload-wellbeing',
  title: 'SENCO workload and wellbeing',
  description:
    'A short survey for SENCOs in our network about workload, wellbeing and support. It takes about five minutes. ' +
    'Answers are seen only by the network organiser and are reported for groups of five or more, so no SENCO can be identified.',
  version: '1.0',
  constructs: [
    { id: 'workload', name: 'Workload pressure', description: 'How much the role and its EHCP administration have grown.' },
    { id: 'wellbeing', name: 'Wellbeing', description: 'Low stress, low exhaustion and feeling valued: higher is better.' },
  ],
  sections: [
    {
      title: 'About your school and role',
      items: [
        {
          id: 'phase',
          kind: 'choice',
          title: 'Which phase is your school?',
          options: ['Early years', 'Primary', 'Secondary', 'All-through', 'Special school', 'Alternative provision', 'Post-16'],
          required: true,
        },
        {
          id: 'roll',
          kind: 'choice',
          title: 'How many pupils are on roll?',
          options: ['Fewer than 100', '100 to 249', '250 to 499', '500 to 999', '1,000 or more'],
          ordered: true,
        },
        {
          id: 'ehcps',
          kind: 'choice',
          title: 'How many pupils at your school have an EHCP?',
          options: ['None', '1 to 5', '6 to 10', '11 to 20', '21 to 40', 'More than 40'],
          ordered: true,
        },
        {
          id: 'hours-allocated',
          kind: 'number',
          title: 'How many hours a week are allocated to your SENCO role?',
          min: 0,
          max: 60,
          help: 'Your timetabled SENCO time, in hours. Write 0 if none is allocated.',
        },
        { id: 'hours-needed', kind: 'number', title: 'How many hours a week do you need to do the SENCO role well?', min: 0, max: 80 },
        { id: 'slt', kind: 'choice', title: 'Are you a member of the senior leadership team?', options: ['Yes', 'No'] },
        {
          id: 'admin-support',
          kind: 'choice',
          title: 'Do you have dedicated administrative support for SEND work?',
          options: ['Yes', 'No'],
        },
      ],
    },
    {
      title: 'Your workload and wellbeing',
      description: 'Think about the last twelve months.',
      items: [
        {
          id: 'workload-change',
          title: 'How has your SENCO workload changed over the last year?',
          construct: 'workload',
          ...fivePoint('Greatly decreased', 'Greatly increased'),
        },
        {
          id: 'admin-change',
          title: 'How has the amount of EHCP administration changed over the last year?',
          construct: 'workload',
          ...fivePoint('Greatly decreased', 'Greatly increased'),
        },
        {
          id: 'stress',
          title: 'How stressed do you feel in your SENCO role?',
          construct: 'wellbeing',
          reverse: true,
          ...fivePoint('Not at all', 'Extremely'),
        },
        {
          id: 'exhaustion',
          title: 'How emotionally exhausted do you feel at the end of a typical week?',
          construct: 'wellbeing',
          reverse: true,
          ...fivePoint('Not at all', 'Extremely'),
        },
        {
          id: 'valued',
          title: "How valued do you feel by your school's leadership?",
          construct: 'wellbeing',
          ...fivePoint('Not at all', 'Extremely'),
        },
        {
          id: 'role-expansion',
          title: 'How much has your role expanded beyond SEND over the last year?',
          ...fivePoint('Not at all', 'A great deal'),
        },
        { id: 'recognition', title: 'How much do you need your work to be recognised?', ...fivePoint('Not at all', 'A great deal') },
        {
          id: 'confidence',
          title: 'How confident are you about outcomes for pupils with SEND in your school?',
          ...fivePoint('Not at all confident', 'Very confident'),
        },
        {
          id: 'networking',
          title: 'How much would you value more networking with other SENCOs?',
          ...fivePoint('Not at all', 'A great deal'),
        },
        {
          id: 'support',
          title: 'How adequate are the support and resources you receive for the role?',
          ...fivePoint('Not at all adequate', 'Fully adequate'),
        },
      ],
    },
    {
      title: 'Anything else',
      items: [
        {
          id: 'comments',
          kind: 'paragraph',
          title: 'Is there anything else you would like the network to know?',
          help: 'Please do not name pupils, parents or colleagues.',
        },
      ],
    },
  ],
};
