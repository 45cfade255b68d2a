// Keeps the capped run log (last 24 dashboard runs and their outcome) in a document property.

import { appendRun, parseRunLog, type RunEntry } from '../dashboard/run-log';

export const RUN_LOG_PROPERTY = 'salesKpi.runLog';

/** Appends one run to the log; never throws (a log failure must not hide the run's own outcome). */
export function logRun(entry: RunEntry): void {
  try {
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(RUN_LOG_PROPERTY, appendRun(props.getProperty(RUN_LOG_PROPERTY), entry));
  } catch {
    // The log is best effort.
  }
}

export function readRunLog(): RunEntry[] {
  return parseRunLog(PropertiesService.getDocumentProperties().getProperty(RUN_LOG_PROPERTY));
}
