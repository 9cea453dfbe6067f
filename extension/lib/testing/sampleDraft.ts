import type { DraftForm } from '../draft/draftForm';
import type { Settings } from '../settings';

/** A draft as the popup holds it after a clip from a portal page. */
export function sampleDraft(overrides: Partial<DraftForm> = {}): DraftForm {
  return {
    id: '0b6f3a52-8d3e-4f0c-9a53-4b9e2f1c7d10',
    clippedAt: '2026-02-16T09:30:00.000Z',
    title: 'Annual review for J.S.',
    taskType: 'annual-review',
    pupil: 'J.S.',
    dueDate: '2026-03-12',
    dueBasis: 'Date given on the portal',
    estimatedMinutes: '300',
    minutesEdited: false,
    details: 'Advice due 12/03/2026',
    sourceUrl: 'https://portal.example/case/1',
    redactionNote: '',
    problems: [],
    ...overrides,
  };
}

export const SETTINGS: Settings = {
  trackerUrl: 'https://script.google.com/macros/s/AKfycbx1234567890/exec',
  token: 'tok-123',
  senco: 'Ms Patel',
  school: 'Oakfield Primary',
  la: 'Northshire',
};
