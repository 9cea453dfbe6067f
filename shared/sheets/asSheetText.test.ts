import { describe, expect, it } from 'vitest';
import { asSheetText } from './asSheetText';

// OWASP "CSV Injection": =, +, -, @, tab and carriage return start a formula in Excel, Sheets and LibreOffice.
describe('asSheetText', () => {
  it.each([
    ['=HYPERLINK("http://x.example","click")', `'=HYPERLINK("http://x.example","click")`],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['- more admin time please', "'- more admin time please"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "'\rReturn"],
    ['Plain text', 'Plain text'],
    ['', ''],
  ])('writes %j as %j', (text, safe) => expect(asSheetText(text)).toBe(safe));

  it('keeps plain numbers such as "-3" for CSV output, where they cannot run', () => {
    expect(asSheetText('-3', { keepPlainNumbers: true })).toBe('-3');
    expect(asSheetText('-3')).toBe("'-3");
    expect(asSheetText('-3 days', { keepPlainNumbers: true })).toBe("'-3 days");
  });
});
