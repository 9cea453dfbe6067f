import type { Clip } from '../../../shared/clip/clipSchema';

/** A valid clip for tests, as the popup would build it. */
export function sampleClip(overrides: Partial<Clip> = {}): Clip {
  return {
    v: 1,
    id: '0b6f3a52-8d3e-4f0c-9a53-4b9e2f1c7d10',
    clippedAt: '2026-02-16T09:30:00.000Z',
    senco: 'Ms Patel',
    school: 'Oakfield Primary',
    la: 'Northshire',
    pupil: 'J.S.',
    taskType: 'annual-review',
    title: 'Annual review for J.S.',
    details: 'Advice due 12/03/2026',
    sourceUrl: 'https://portal.example/case/1',
    dueDate: '2026-03-12',
    dueBasis: 'Date given on the portal',
    estimatedMinutes: 300,
    ...overrides,
  };
}
