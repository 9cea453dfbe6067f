/// <reference types="google-apps-script" />
// The add-on menu as data: one line per item, so that adding an item (or merging another branch's) is one line.
// Items are grouped by who uses them: the network organiser's survey items and the SENCO's tracker items, each
// in its own sub-menu. Built in every AuthMode, NONE included (docs/deploying.md), so it reads nothing.

/** Who an item is for: everyone (top level), the survey organiser, or the SENCO keeping the tracker. */
export type MenuRole = 'start' | 'survey' | 'tracker';

/** [label, entry function in main.ts, role]. */
export type MenuItem = readonly [label: string, functionName: string, role: MenuRole];

export const MENU_ITEMS: readonly MenuItem[] = [
  ['Start here…', 'showWelcome', 'start'],
  ['Analyse', 'analyse', 'survey'],
  ['Open report', 'showReport', 'survey'],
  ['Analysis options…', 'showOptions', 'survey'],
  ['Compare with an earlier survey…', 'showCompare', 'survey'],
  ['New survey from template…', 'showNewSurvey', 'survey'],
  ['Export template…', 'showExportTemplate', 'survey'],
  ['Set up workload tracker', 'setUpTracker', 'tracker'],
  ['Refresh workload', 'refreshWorkloadNow', 'tracker'],
  ['Clip settings…', 'showClipSettings', 'tracker'],
  ['Export network summary…', 'showNetworkSummary', 'tracker'],
  ['Summary for senior leaders…', 'showLeadersSummary', 'tracker'],
  ['Email me what is due…', 'toggleDueDigest', 'tracker'],
  ['Tidy old tasks…', 'tidyOldTasksNow', 'tracker'],
];

/** Sub-menu titles, in menu order. */
export const SUBMENUS: readonly (readonly [role: Exclude<MenuRole, 'start'>, title: string])[] = [
  ['survey', 'Survey'],
  ['tracker', 'Workload tracker'],
];

/** Builds Extensions → SENCO Time: the start items, then one sub-menu per role. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const [label, fn, role] of MENU_ITEMS) if (role === 'start') menu.addItem(label, fn);
  for (const [role, title] of SUBMENUS) {
    const sub = ui.createMenu(title);
    for (const [label, fn, itemRole] of MENU_ITEMS) if (itemRole === role) sub.addItem(label, fn);
    menu.addSubMenu(sub);
  }
  menu.addToUi();
}
