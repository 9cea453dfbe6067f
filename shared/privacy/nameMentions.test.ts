import { describe, expect, it } from 'vitest';
import { nameMentions, nameParts } from './nameMentions';

describe('nameParts', () => {
  it.each([
    ['Jamie Smith', ['jamie', 'smith']],
    ['SMITH, Jamie', ['smith', 'jamie']],
    ["Mary-Jane O'Neil", ['mary-jane', 'mary', 'jane', "o'neil"]],
    ['Mrs Sarah Smith', ['sarah', 'smith']],
    ['Ludwig van Beethoven', ['ludwig', 'beethoven']],
    ['Jamie L. Smith', ['jamie', 'smith']],
    ['', []],
  ])('%j → %j', (name, parts) => expect(nameParts(name)).toEqual(parts));
});

describe('nameMentions', () => {
  const mentions = (text: string, parts: string[], withTitle = false) => text.match(nameMentions(parts, withTitle) ?? /$^/) ?? [];

  it('matches runs of parts in any case and order, with a comma or spaces between', () => {
    expect(mentions('Jamie Smith met SMITH, Jamie and smith jamie', ['jamie', 'smith'])).toEqual([
      'Jamie Smith',
      'SMITH, Jamie',
      'smith jamie',
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(mentions('Smithson, Jamieson, Smith', ['jamie', 'smith'])).toEqual(['Smith']);
  });

  it('takes a title in with the name when asked', () => {
    expect(mentions('Mrs Sarah Smith and Sarah', ['sarah', 'smith'], true)).toEqual(['Mrs Sarah Smith', 'Sarah']);
    expect(mentions('Mrs Sarah Smith', ['sarah', 'smith'])).toEqual(['Sarah Smith']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(mentions("O’Neil and O'Neil", ["o'neil"])).toEqual(['O’Neil', "O'Neil"]);
  });

  it('gives no pattern for a name without parts', () => {
    expect(nameMentions([])).toBeNull();
  });
});
