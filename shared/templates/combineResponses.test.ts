import { describe, expect, it } from 'vitest';
import { combineResponses } from './combineResponses';

describe('combineResponses', () => {
  it('stacks schools under one header, matched by question text, with a Source column', () => {
    const combined = combineResponses([
      {
        source: 'Oak Primary',
        values: [
          ['Timestamp', 'Stress', 'Phase'],
          ['t1', 4, 'Primary'],
          ['', '', ''],
        ],
      },
      {
        source: 'Ash Academy',
        values: [
          ['Timestamp', 'Phase', ' stress ', 'Extra'],
          ['t2', 'Secondary', 2, 'x'],
        ],
      },
    ]);
    expect(combined).toEqual([
      ['Source', 'Timestamp', 'Stress', 'Phase', 'Extra'],
      ['Oak Primary', 't1', 4, 'Primary', ''],
      ['Ash Academy', 't2', 2, 'Secondary', 'x'],
    ]);
  });
});

describe('combineResponses with a repeated question', () => {
  it('keeps two columns with the same wording apart', () => {
    const combined = combineResponses([
      {
        source: 'A',
        values: [
          ['Any comments?', 'Q', 'Any comments?'],
          ['first', 1, 'second'],
        ],
      },
      {
        source: 'B',
        values: [
          ['Q', 'Any comments?', 'Any comments?'],
          [2, 'one', 'two'],
        ],
      },
    ]);
    expect(combined).toEqual([
      ['Source', 'Any comments?', 'Q', 'Any comments?'],
      ['A', 'first', 1, 'second'],
      ['B', 'one', 2, 'two'],
    ]);
  });
});
