import { describe, expect, it } from 'vitest';
import { ChartType } from './charts';
import { ConditionalFormatRuleBuilder, InterpolationType } from './conditionalFormat';
import { DataValidationBuilder } from './dataValidation';
import { createEmulator } from './index';

// Builders are used raw here, as SpreadsheetApp.newConditionalFormatRule() / newDataValidation() return them.
function setup() {
  const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Correlations' }] } });
  return {
    sheet: emulator.spreadsheet.getSheets()[0],
    newRule: () => new ConditionalFormatRuleBuilder(),
    newValidation: () => new DataValidationBuilder(),
  };
}

describe('conditional format rules', () => {
  // docs/apps-script.md: setConditionalFormatRules replaces them all; colour scales via setGradient…WithValue.
  it('builds a three-point colour scale that tests can read as plain data', () => {
    const { sheet, newRule } = setup();
    const rule = newRule()
      .setGradientMinpointWithValue('#e67c73', InterpolationType.NUMBER, '-1')
      .setGradientMidpointWithValue('#ffffff', InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue('#57bb8a', InterpolationType.NUMBER, '1')
      .setRanges([sheet.getRange('B2:F6')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules().map((r) => r.spec)).toEqual([
      {
        ranges: ['Correlations!B2:F6'],
        gradient: {
          min: { color: '#e67c73', type: 'NUMBER', value: '-1' },
          mid: { color: '#ffffff', type: 'NUMBER', value: '0' },
          max: { color: '#57bb8a', type: 'NUMBER', value: '1' },
        },
      },
    ]);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('builds boolean rules with a format', () => {
    const { sheet, newRule } = setup();
    const rule = newRule()
      .whenNumberLessThan(0.05)
      .setBackground('#b7e1cd')
      .setBold(true)
      .setRanges([sheet.getRange('A1:A9')])
      .build();
    expect(rule.spec).toEqual({
      ranges: ['Correlations!A1:A9'],
      boolean: { criteria: 'NUMBER_LESS_THAN', values: [0.05], format: { background: '#b7e1cd', bold: true } },
    });
    expect(rule.getBooleanCondition()!.getCriteriaType()).toBe('NUMBER_LESS_THAN');
  });

  it('rejects a single range where Google wants an array', () => {
    const { sheet, newRule } = setup();
    expect(() => newRule().setRanges(sheet.getRange('A1') as never)).toThrow(
      "don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges",
    );
  });
});

describe('charts', () => {
  // docs/apps-script.md: newChart().setChartType(Charts.ChartType.BAR).addRange(r).setPosition(row, col, 0, 0).build(), then insertChart.
  it('builds, inserts and describes an embedded bar chart', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(ChartType.BAR)
      .addRange(sheet.getRange('A1:F12'))
      .setPosition(2, 8, 0, 0)
      .setOption('isStacked', 'percent')
      .setOption('title', 'Workload')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts().map((c) => c.spec)).toEqual([
      {
        chartId: 1,
        sheet: 'Correlations',
        type: 'BAR',
        ranges: ['Correlations!A1:F12'],
        position: { anchorRow: 2, anchorColumn: 8, offsetX: 0, offsetY: 0 },
        options: { isStacked: 'percent', title: 'Workload' },
        numHeaders: -1,
        transposeRowsAndColumns: false,
      },
    ]);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });

  // Google reference: setStacked belongs to EmbeddedBarChartBuilder (asBarChart()), not EmbeddedChartBuilder.
  it('offers setStacked only on the typed builders', () => {
    const { sheet } = setup();
    expect((sheet.newChart() as unknown as { setStacked?: unknown }).setStacked).toBeUndefined();
    const chart = sheet.newChart().asBarChart().setStacked().setTitle('Stacked').addRange(sheet.getRange('A1:C4')).build();
    expect(chart.spec.options).toEqual({ isStacked: true, title: 'Stacked' });
    expect(chart.spec.type).toBe('BAR');
  });

  it('needs all four setPosition arguments', () => {
    const { sheet } = setup();
    expect(() => (sheet.newChart().setPosition as (...a: number[]) => unknown)(1, 1)).toThrow(
      "don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition",
    );
  });
});

describe('data validation', () => {
  // Google reference: requireValueInList(values, showDropdown); new rules allow invalid data until setAllowInvalid(false).
  it('builds a dropdown rule and puts it on cells', () => {
    const { sheet, newValidation } = setup();
    const rule = newValidation().requireValueInList(['Annual review', 'EHC needs assessment'], true).setAllowInvalid(false).build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    expect(sheet.getRange('B5').getDataValidation()!.spec).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['Annual review', 'EHC needs assessment'], true],
      allowInvalid: false,
      helpText: '',
    });
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
  });

  it('rejects a list of numbers with the signature error (String[] expected)', () => {
    const { newValidation } = setup();
    expect(() => newValidation().requireValueInList([1, 2] as never)).toThrow(
      "The parameters (number[],Boolean) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
    );
  });
});
