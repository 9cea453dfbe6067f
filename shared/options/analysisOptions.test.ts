import { describe, expect, it } from 'vitest';
import { parseAnalysisOptions, toAnalyseOptions } from './analysisOptions';

const HEADERS = ['Timestamp', 'Phase', 'How stressed do you feel?', 'Any comments?', 'Any  COMMENTS?'];

describe('toAnalyseOptions', () => {
  it('finds questions by header, whatever their place, case or spacing', () => {
    const engine = toAnalyseOptions({ columns: ['how stressed do you feel?', 'Phase'], groupColumns: ['PHASE'] }, HEADERS);
    expect(engine.columns).toEqual([1, 2]);
    expect(engine.groupColumns).toEqual([1]);
  });

  it('chooses every column that carries a header used twice', () => {
    expect(toAnalyseOptions({ columns: ['Any comments?'] }, HEADERS).columns).toEqual([3, 4]);
  });

  it('leaves out a header the table no longer has, and keeps "all" as absent', () => {
    const engine = toAnalyseOptions({ columns: ['A question since deleted'] }, HEADERS);
    expect(engine.columns).toEqual([]);
    expect(toAnalyseOptions({}, HEADERS)).not.toHaveProperty('columns');
    expect(toAnalyseOptions({}, HEADERS)).not.toHaveProperty('groupColumns');
  });

  it('gives a scale order to the column whose header it names', () => {
    const order = ['Never', 'Sometimes', 'Often'];
    expect(toAnalyseOptions({ scaleOrders: { 'HOW STRESSED DO YOU FEEL?': order } }, HEADERS).hints).toEqual({ 2: { scaleOrder: order } });
  });
});

describe('parseAnalysisOptions', () => {
  it('reads options saved as JSON text', () => {
    expect(parseAnalysisOptions('{"columns":["Phase"],"method":"kendall"}')).toEqual({
      ok: true,
      options: { columns: ['Phase'], method: 'kendall' },
    });
  });

  it.each([
    ['unreadable JSON', '{', 'The saved analysis options are not readable; they have been reset to the defaults.'],
    [
      'columns saved by position by an older version',
      '{"columns":[1,2]}',
      'The analysis options could not be used: "columns.0" is not valid. Choose again in Extensions → SENCO Time → Analysis options….',
    ],
    [
      'an unknown method',
      { method: 'magic' },
      'The analysis options could not be used: "method" is not valid. Choose again in Extensions → SENCO Time → Analysis options….',
    ],
  ])('explains %s in one sentence', (_, input, message) => {
    expect(parseAnalysisOptions(input)).toEqual({ ok: false, message });
  });
});
