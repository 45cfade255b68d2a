// The options of a local runtime and the per-runtime settings its services read.

import type { Runtime } from './runtime';
import type { RuntimeSettings, TriggerContext } from './service-context';
import type { Workbook } from './workbook-model';

export interface RuntimeOptions {
  /** The document; default an empty workbook with one sheet (fr_FR, Europe/Paris). Ignored with shareWith. */
  workbook?: Workbook;
  /** Share workbook, properties, caches, locks, triggers and clock with another runtime (a second execution). */
  shareWith?: Runtime;
  /** Folder of the HTML files for HtmlService; default the folder of the loaded bundle. */
  distDir?: string;
  userEmail?: string;
  /** Session.getActiveUserLocale(); default the language of the workbook locale (`fr`). */
  userLocale?: string;
  /** Session.getScriptTimeZone(); default the workbook time zone. */
  scriptTimeZone?: string;
  /** Freeze the clock at this instant (new Date() in the script, cache expiry, sleep); default real time. */
  now?: Date | number;
  /** Title of the add-on menu (Ui.createAddonMenu). */
  addonName?: string;
  /** Print Logger.log/console output of the script to the host console. */
  echoLogs?: boolean;
  /** Trigger time per day: 90 min for a consumer account (default), 6 h for Google Workspace. */
  account?: 'consumer' | 'workspace';
  /** Run as an editor add-on (default): one trigger of each type per user per document, clock triggers at most hourly. */
  addon?: boolean;
  /**
   * The scopes this user granted on the granular consent screen (default every scope of the manifest). Enforced only
   * when the bundle has a manifest (`appsscript.json` beside it) with `oauthScopes`.
   */
  grantedScopes?: string[];
  /** The manifest's scopes, for scripts loaded without a manifest beside them (default: read from `appsscript.json`). */
  oauthScopes?: string[];
  /** What a time-driven run can reach (default both): Google's documentation promises neither. */
  triggerContext?: Partial<TriggerContext>;
  /**
   * Enforce Google's run times (30 s, 6 min; default true). The command line turns it off: it runs exports larger
   * than a spreadsheet on purpose, where the add-on would hand over to BigQuery.
   */
  timeLimits?: boolean;
}

/** The settings of a runtime on `wb` (defaults: user@example.com, the workbook's locale and zone, a consumer account, an add-on). */
export function settingsFrom(options: RuntimeOptions, wb: Workbook): RuntimeSettings {
  return {
    distDir: options.distDir ?? 'dist',
    userEmail: options.userEmail ?? 'user@example.com',
    userLocale: options.userLocale ?? wb.locale.split('_')[0],
    scriptTimeZone: options.scriptTimeZone ?? wb.timeZone,
    addonName: options.addonName ?? 'Sales KPI',
    scriptId: 'local-script',
    echoLogs: options.echoLogs ?? false,
    account: options.account ?? 'consumer',
    addon: options.addon ?? true,
    oauthScopes: options.oauthScopes ?? null,
  };
}
