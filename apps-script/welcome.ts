/// <reference types="google-apps-script" />
// The welcome: what SENCO Time does and which permissions it asks for, shown once per spreadsheet. onOpen is a
// simple trigger and cannot open dialogs (docs/deploying.md), so the welcome comes from the menu: "Start here…"
// always, and the first Analyse, Analysis options or Set up workload tracker in a new copy, beside what it did
// (the items that open no modal dialog of their own, which would replace the welcome).

const SHOWN = 'senco-time.welcome-shown';

/** Menu: Start here… */
export function showWelcomeDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Welcome').setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Welcome to SENCO Time');
  PropertiesService.getDocumentProperties().setProperty(SHOWN, 'yes');
}

/** Shows the welcome if this spreadsheet has never shown it; returns whether it did. */
export function welcomeOnce(): boolean {
  if (PropertiesService.getDocumentProperties().getProperty(SHOWN) !== null) return false;
  showWelcomeDialog();
  return true;
}
