import { randomUUID } from 'node:crypto';

/** A valid version-1 clip, as the extension sends it; override any field. */
export function sampleClip(over: Record<string, unknown> = {}) {
  return {
    v: 1,
    id: randomUUID(),
    clippedAt: '2026-03-02T09:15:00Z',
    senco: 'Ms A. Khan',
    school: 'Oak Primary',
    la: 'Anyshire',
    pupil: 'J.S.',
    taskType: 'annual-review',
    title: 'Annual review: advice for J.S.',
    details: 'Please send school advice two weeks before the meeting.',
    sourceUrl: 'https://ehc.example.gov.uk/case/123',
    dueDate: '2026-03-10',
    dueBasis: 'Advice must be circulated at least 2 weeks before the review meeting (reg 20(4)).',
    estimatedMinutes: 120,
    ...over,
  };
}
