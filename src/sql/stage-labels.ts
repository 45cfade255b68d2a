// The stage-label parameters of a staged query: the engine's won/lost vocabulary and the workbook's own labels, compacted.

import { LOST_LABELS, WON_LABELS } from '../model/coerce-stage';
import { compactText } from '../model/normalize';
import type { Settings } from '../model/settings';

const compact = (label: string) => compactText(label).replace(/^\d+/, '');

/** `won_labels` and `lost_labels` as the SQL compares them (a workbook's own label wins over the built-in list). */
export function stageLabelParams(settings: Pick<Settings, 'wonLabels' | 'lostLabels'>): { won_labels: string[]; lost_labels: string[] } {
  const won = new Set(WON_LABELS.map(compact));
  const lost = new Set(LOST_LABELS.map(compact));
  for (const label of settings.lostLabels) {
    won.delete(compact(label));
    lost.add(compact(label));
  }
  for (const label of settings.wonLabels) {
    lost.delete(compact(label));
    won.add(compact(label));
  }
  won.delete('');
  lost.delete('');
  return { won_labels: [...won].sort(), lost_labels: [...lost].sort() };
}
