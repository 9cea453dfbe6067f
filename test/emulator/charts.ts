import { failSignature, requireNumbers } from './gasError';
import type { Range } from './range';

/**
 * Charts.ChartType and sheet.newChart(): the EmbeddedChartBuilder and the typed builders that
 * asBarChart() etc. return. As in Apps Script, only the typed builders have setStacked,
 * setTitle, setColors …, so `sheet.newChart().setStacked()` fails here as it does there
 * ("… is not a function"); the base builder has setOption for everything else.
 * `chart.spec` is the built chart as plain data for tests.
 */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

export const Position = { BOTTOM: 'BOTTOM', NONE: 'NONE', RIGHT: 'RIGHT', TOP: 'TOP' } as const;
export const ChartHiddenDimensionStrategy = {
  IGNORE_BOTH: 'IGNORE_BOTH',
  IGNORE_ROWS: 'IGNORE_ROWS',
  IGNORE_COLUMNS: 'IGNORE_COLUMNS',
  SHOW_BOTH: 'SHOW_BOTH',
} as const;
export const ChartMergeStrategy = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' } as const;

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface EmbeddedChartSpec {
  chartId: number | null;
  /** Tab of the sheet the chart was built on. */
  sheet: string;
  type: string | null;
  /** A1 ranges with their tab: "Distributions!A1:F12". */
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}

export interface ChartState {
  sheetName: string;
  chartId: number | null;
  type: string | null;
  ranges: Range[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], position: { ...s.position }, options: { ...s.options } };
}

export class EmbeddedChart {
  static serviceName = 'EmbeddedChart';

  constructor(readonly _state: ChartState) {}

  get spec(): EmbeddedChartSpec {
    const s = this._state;
    return {
      chartId: s.chartId,
      sheet: s.sheetName,
      type: s.type,
      ranges: s.ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
      position: { ...s.position },
      options: { ...s.options },
      numHeaders: s.numHeaders,
      transposeRowsAndColumns: s.transpose,
    };
  }

  getChartId(): number | null {
    return this._state.chartId;
  }
  getRanges(): Range[] {
    return [...this._state.ranges];
  }
  getNumHeaders(): number {
    return this._state.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._state.transpose;
  }
  getOptions(): ChartOptions {
    return new ChartOptions({ ...this._state.options });
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo({ ...this._state.position });
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(copyState(this._state));
  }
  toJSON(): EmbeddedChartSpec {
    return this.spec;
  }
  toString(): string {
    return 'EmbeddedChart';
  }
}

export class ChartOptions {
  static serviceName = 'ChartOptions';
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfo {
  static serviceName = 'ContainerInfo';
  constructor(private readonly p: ChartPosition) {}
  getAnchorRow() {
    return this.p.anchorRow;
  }
  getAnchorColumn() {
    return this.p.anchorColumn;
  }
  getOffsetX() {
    return this.p.offsetX;
  }
  getOffsetY() {
    return this.p.offsetY;
  }
}

export class EmbeddedChartBuilder {
  static serviceName = 'EmbeddedChartBuilder';

  constructor(readonly _state: ChartState) {}

  addRange(range: Range) {
    this._state.ranges.push(range);
    return this;
  }
  removeRange(range: Range) {
    this._state.ranges = this._state.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges() {
    this._state.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return [...this._state.ranges];
  }
  setChartType(type: string) {
    this._state.type = type;
    return this;
  }
  getChartType(): string | null {
    return this._state.type;
  }
  setOption(option: string, value: unknown) {
    this._state.options[option] = value;
    return this;
  }
  setNumHeaders(headers: number) {
    this._state.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    this._state.transpose = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string) {
    return this.setOption('hiddenDimensionStrategy', strategy);
  }
  setMergeStrategy(strategy: string) {
    return this.setOption('mergeStrategy', strategy);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (args.length !== 4 || args.some((a) => a === undefined))
      failSignature(
        'SpreadsheetApp.EmbeddedChartBuilder.setPosition',
        args.filter((a) => a !== undefined),
      );
    requireNumbers('SpreadsheetApp.EmbeddedChartBuilder.setPosition', args);
    this._state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  _as<T>(type: string, make: (s: ChartState) => T): T {
    this._state.type = type;
    return make(this._state);
  }

  asAreaChart() {
    return this._as(ChartType.AREA, (s) => new EmbeddedAreaChartBuilder(s));
  }
  asBarChart() {
    return this._as(ChartType.BAR, (s) => new EmbeddedBarChartBuilder(s));
  }
  asColumnChart() {
    return this._as(ChartType.COLUMN, (s) => new EmbeddedColumnChartBuilder(s));
  }
  asLineChart() {
    return this._as(ChartType.LINE, (s) => new EmbeddedLineChartBuilder(s));
  }
  asPieChart() {
    return this._as(ChartType.PIE, (s) => new EmbeddedPieChartBuilder(s));
  }
  asScatterChart() {
    return this._as(ChartType.SCATTER, (s) => new EmbeddedScatterChartBuilder(s));
  }
  asTableChart() {
    return this._as(ChartType.TABLE, (s) => new EmbeddedTableChartBuilder(s));
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(copyState(this._state));
  }
}

/** Builders whose charts have a title, colours and a legend (line, pie, scatter). */
class TitledChartBuilder extends EmbeddedChartBuilder {
  setTitle(title: string) {
    return this.setOption('title', title);
  }
  setColors(colors: string[]) {
    return this.setOption('colors', [...colors]);
  }
  setLegendPosition(position: string) {
    return this.setOption('legend.position', position);
  }
  setXAxisTitle(title: string) {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string) {
    return this.setOption('vAxis.title', title);
  }
  setDimensions(width: number, height: number) {
    this.setOption('width', width);
    return this.setOption('height', height);
  }
}

/** Builders whose series can stack (bar, column, area). */
class StackableChartBuilder extends TitledChartBuilder {
  setStacked() {
    return this.setOption('isStacked', true);
  }
  reverseCategories() {
    return this.setOption('reverseCategories', true);
  }
}

export class EmbeddedAreaChartBuilder extends StackableChartBuilder {
  static override serviceName = 'EmbeddedAreaChartBuilder';
}
export class EmbeddedBarChartBuilder extends StackableChartBuilder {
  static override serviceName = 'EmbeddedBarChartBuilder';
}
export class EmbeddedColumnChartBuilder extends StackableChartBuilder {
  static override serviceName = 'EmbeddedColumnChartBuilder';
}
export class EmbeddedLineChartBuilder extends TitledChartBuilder {
  static override serviceName = 'EmbeddedLineChartBuilder';
}
export class EmbeddedScatterChartBuilder extends TitledChartBuilder {
  static override serviceName = 'EmbeddedScatterChartBuilder';
}
export class EmbeddedPieChartBuilder extends TitledChartBuilder {
  static override serviceName = 'EmbeddedPieChartBuilder';
  set3D() {
    return this.setOption('is3D', true);
  }
}
export class EmbeddedTableChartBuilder extends EmbeddedChartBuilder {
  static override serviceName = 'EmbeddedTableChartBuilder';
  enablePaging(enable: boolean) {
    return this.setOption('page', enable ? 'enable' : 'disable');
  }
  enableSorting(enable: boolean) {
    return this.setOption('sort', enable ? 'enable' : 'disable');
  }
}

export function newChartState(sheetName: string): ChartState {
  return {
    sheetName,
    chartId: null,
    type: null,
    ranges: [],
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: -1,
    transpose: false,
  };
}
