import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../test/fixtures/portals/htmlDocument';
import { inlineText, pageText } from './pageText';

const text = (body: string) => pageText(htmlDocument(`<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`));

describe('pageText', () => {
  it('writes blocks on their own lines and inline elements within them', () => {
    expect(text('<h1>Annual review</h1><p>Advice <strong>due</strong> <em>12/03/2026</em>.</p><div>Second</div>')).toBe(
      'Annual review\nAdvice due 12/03/2026.\nSecond',
    );
  });

  it('writes a definition list as "Label: value" lines, with or without wrapping divs', () => {
    expect(text('<dl><dt>Date of birth</dt><dd>04/05/2014</dd><div><dt>UPN</dt><dd>A123456789012</dd></div></dl>')).toBe(
      'Date of birth: 04/05/2014\nUPN: A123456789012',
    );
  });

  it('writes th/td pairs in a row as separate fields', () => {
    expect(text('<table><tr><th>Name:</th><td>SMITH, Jamie</td><th>DOB:</th><td>04/05/2014</td></tr></table>')).toBe(
      'Name: SMITH, Jamie\nDOB: 04/05/2014',
    );
  });

  it('labels each cell by its column header', () => {
    expect(
      text(
        '<table><thead><tr><th>Name</th><th>Telephone</th></tr></thead><tbody><tr><td>Mrs Sarah Smith</td><td>07700 900123</td></tr></tbody></table>',
      ),
    ).toBe('Name: Mrs Sarah Smith\nTelephone: 07700 900123');
  });

  it('reads a two-cell row or a label cell as a field, and other rows as cells', () => {
    expect(
      text(
        '<table><tr><td>Due date</td><td>12/03/2026</td></tr><tr><td class="label">Form</td><td>Advice</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
      ),
    ).toBe('Due date: 12/03/2026\nForm: Advice\na | b | c');
  });

  it('joins the lines of a cell with commas', () => {
    expect(text('<table><tr><th>Address</th><td>12 Acacia Avenue<br>Exampletown<br>LS1 4AB</td></tr></table>')).toBe(
      'Address: 12 Acacia Avenue, Exampletown, LS1 4AB',
    );
  });

  it('reads form controls after their labels, even in separate blocks', () => {
    const html = `
      <div class="field"><label for="f">Forename</label><input id="f" value="Jamie" readonly></div>
      <div class="form-group"><label class="control-label">Child/Young Person</label><div class="col"><p class="form-control-static">Jamie Smith</p></div></div>
      <label>Stage <select><option>Assessment</option><option selected>Draft plan issued</option></select></label>
      <label>Notes<textarea>Call first</textarea></label>
      <input type="hidden" value="secret-token"><input type="password" value="pw">`;
    expect(text(html)).toBe('Forename: Jamie\nChild/Young Person: Jamie Smith\nStage: Draft plan issued\nNotes: Call first');
  });

  it('leaves out scripts, styles, buttons and hidden elements', () => {
    expect(
      text(
        '<p>Shown</p><script>var x = 1</script><style>p{}</style><button>Save</button><p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p>',
      ),
    ).toBe('Shown');
  });

  it('reads one element, and an element on one line', () => {
    const doc = htmlDocument('<div id="a"><p>One</p><p>Two</p></div><p>Three</p>');
    const a = doc.getElementById('a')!;
    expect(pageText(a)).toBe('One\nTwo');
    expect(inlineText(a)).toBe('One, Two');
  });

  it('gives an empty string for an empty page', () => {
    expect(pageText(htmlDocument(''))).toBe('');
  });
});
