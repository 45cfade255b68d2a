// Keeps the capped run log (last 24 dashboard runs and their outcome) in a document property.

import { appendRun, parseRunLog, type RunEntry } from '../dashboard/run-log';

export const RUN_LOG_PROPERTY = 'salesKpi.runLog';

/** The document properties already read by a run: the store and the log's value (saves two calls when logging). */
export interface HeldLog {
  readonly props: GoogleAppsScript.Properties.Properties;
  readonly raw: string | null;
}

/** Appends one run to the log (one call when `held`, three otherwise); never throws (a log failure must not hide the run's outcome). */
export function logRun(entry: RunEntry, held?: HeldLog): void {
  try {
    const props = held?.props ?? PropertiesService.getDocumentProperties();
    const raw = held ? held.raw : props.getProperty(RUN_LOG_PROPERTY);
    props.setProperty(RUN_LOG_PROPERTY, appendRun(raw, entry));
  } catch {
    // The log is best effort.
  }
}

export function readRunLog(): RunEntry[] {
  return parseRunLog(PropertiesService.getDocumentProperties().getProperty(RUN_LOG_PROPERTY));
}
