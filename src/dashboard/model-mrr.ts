// The MRR bridge of the month (start → new → expansion → reactivation → contraction → churn → end), from mrr_movements.

import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import type { BreakdownRow } from '../kpi/types';
import type { Lang } from '../model/settings';
import type { Calc } from './model-calc';
import type { KeyedTable } from './model-types';
import type { Period } from '../kpi/types';

/** The order of a bridge, as `mrr_movements` names its breakdown rows. */
export const BRIDGE_KEYS = ['start', 'new', 'expansion', 'reactivation', 'contraction', 'churned', 'end'] as const;

/**
 * The bridge as a table: start MRR first, then each movement (contraction and churn negative), end MRR as the total
 * line; null without the movements. The chart draws the movement rows (start and end would dwarf them).
 */
export function bridgeTable(rows: readonly BreakdownRow[], lang: Lang): KeyedTable | null {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const line = (key: string) => ({ key: t(lang, `dash_mrr_${key}` as MessageKey), cells: [{ value: byKey.get(key)?.value ?? null, unit: 'currency' as const }] });
  const moves = BRIDGE_KEYS.filter((key) => key !== 'start' && key !== 'end' && byKey.has(key)).map(line);
  if (moves.length < 2 || !byKey.has('start') || !byKey.has('end')) return null;
  return { headers: [t(lang, 'dash_mrr_movement'), t(lang, 'dash_mrr_amount')], units: ['currency'], rows: [line('start'), ...moves], more: 0, total: line('end') };
}

/** The month's MRR bridge when the catalog has `mrr_movements` and the data allows it. */
export function buildMrrBridge(calc: Calc, period: Period, lang: Lang, allowed: ReadonlySet<string>): KeyedTable | null {
  if (!allowed.has('mrr_movements')) return null;
  return bridgeTable(calc.result('mrr_movements', period).breakdown ?? [], lang);
}
