// The add-on's dialogs and menu through SpreadsheetApp.getUi(): the only place the shell touches the Ui service.

/** One menu entry: its caption and the top-level function it runs; null is a separator. */
export type MenuEntry = { readonly caption: string; readonly functionName: string } | null;

/** Adds the add-on menu (Extensions › add-on name); only Ui calls, so it is safe in AuthMode.NONE. */
export function addAddonMenu(entries: readonly MenuEntry[]): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of entries) {
    menu = entry === null ? menu.addSeparator() : menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks for one line of text; null when the person cancels. */
export function promptText(title: string, prompt: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** The active spreadsheet's time zone (months are calendar months there). */
export function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

export function showToast(message: string, title: string, seconds: number): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, seconds);
}

/** A modal dialog of the given HTML (inline script and style), titled, sized in pixels. */
export function showDialog(html: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height).setSandboxMode(HtmlService.SandboxMode.IFRAME);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
