// What an edition does once dashboards are generated (the digest edition e-mails them); nothing in the default build.

import type { DashboardModel } from '../dashboard/model-types';
import type { RunEntry } from '../dashboard/run-log';
import type { Lang } from '../model/settings';

/** A generated month: its tab, and its model in any language (built from the same tables, no service call). */
export interface GeneratedMonth {
  readonly tabName: string;
  /** `#gid=` of the tab. */
  readonly sheetId: number;
  readonly spreadsheetUrl: string;
  readonly model: DashboardModel;
  modelIn(lang: Lang): DashboardModel;
}

export type AfterGenerate = (months: readonly GeneratedMonth[], trigger: RunEntry['trigger']) => void;

let hook: AfterGenerate | null = null;

/** Set once by an edition's entry module; generation calls it after a successful run, outside the document lock. */
export function setAfterGenerate(fn: AfterGenerate | null): void {
  hook = fn;
}

export function afterGenerate(): AfterGenerate | null {
  return hook;
}
