/// <reference types="google-apps-script" />
import type { WorkloadChart } from '../../shared/tracker/workload';
import { workloadTab } from '../../shared/tracker/workload';
import { addOwnedTab, resetTab, TRACKER_KEY } from '../ownedSheets';
import { renderTab } from '../renderTab';
import { readTracker } from './trackerData';
import { WORKLOAD } from './trackerTabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property: when the Workload tab was last rebuilt (ms), for the once-a-minute rule (workloadSchedule.ts). */
export const REFRESHED_AT = 'senco-time.workload-refreshed-at';

/**
 * Rebuilds the Workload tab from the Tasks and Settings tabs: the Tasks columns it uses (not the ids, the school,
 * the details or the page address) and Settings read once, one tab written, one chart, whatever the number of
 * tasks.
 */
export function refreshWorkload(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): boolean {
  const data = readTracker(spreadsheet, now, { skip: ['Clip ID', 'School', 'Details', 'Source', 'LA contact'] });
  if (!data) return false;
  PropertiesService.getDocumentProperties().setProperty(REFRESHED_AT, String(now.getTime()));
  const { tab, chart } = workloadTab({
    tasks: data.tasks,
    settings: data.settings,
    today: data.today,
    updatedAt: Utilities.formatDate(now, data.timeZone, 'd MMMM yyyy, HH:mm'),
  });
  const sheet = data.tabs.get(WORKLOAD) ?? addOwnedTab(spreadsheet, TRACKER_KEY, WORKLOAD);
  resetTab(sheet);
  renderTab(sheet, tab);
  if (chart) insertChart(sheet, chart);
  return true;
}

/** The weekly combo chart: task types as stacked columns, protected hours as a line over them. */
function insertChart(sheet: Sheet, chart: WorkloadChart): void {
  const { anchor } = chart;
  const [types, protectedHours] = chart.ranges.map((b) => sheet.getRange(b.row + 1, b.column + 1, b.rows, b.columns));
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COMBO)
      .addRange(types)
      .addRange(protectedHours)
      .setNumHeaders(1)
      .setPosition(anchor.row + 1, anchor.column + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('seriesType', 'bars')
      .setOption('isStacked', true)
      .setOption('colors', chart.colours)
      .setOption('series', { [chart.lineSeries]: { type: 'line', color: '#000000', lineWidth: 3 } })
      .setOption('vAxis', { title: 'Hours', minValue: 0 })
      .setOption('hAxis', { title: 'Week starting', format: 'dd/MM' })
      .setOption('legend', { position: 'top', maxLines: 3 })
      .setOption('width', 820)
      .setOption('height', 340)
      .build(),
  );
}
