import { describe, expect, it } from 'vitest';
import { combineResponses } from './combineResponses';

describe('combineResponses', () => {
  it('stacks schools under one header, matched by question text, with a Source column', () => {
    const combined = combineResponses([
      { source: 'Oak Primary', values: [['Timestamp', 'Stress', 'Phase'], ['t1', 4, 'Primary'], ['', '', '']] },
      { source: 'Ash Academy', values: [['Timestamp', 'Phase', ' stress ', 'Extra'], ['t2', 'Secondary', 2, 'x']] },
    ]);
    expect(combined).toEqual([
      ['Source', 'Timestamp', 'Stress', 'Phase', 'Extra'],
      ['Oak Primary', 't1', 4, 'Primary', ''],
      ['Ash Academy', 't2', 2, 'Secondary', 'x'],
    ]);
  });
});
