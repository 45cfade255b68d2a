// Maps the metric a target row names (FR/EN, free text) to a KPI id, and reads targets for a KPI and period.

import { normalizeText } from '../model/normalize';
import type { Table } from '../model/table';
import { numberColumn } from '../model/table';
import { keyCodes } from './keys';
import { rowsInPeriod } from './rows';
import type { KpiDef, KpiInput, Period } from './types';

/** Spellings of the usual target metrics, compared after normalisation. */
const METRIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  revenue: ['revenue', 'ca', 'c a', 'chiffre d affaires', 'chiffre d affaire', 'ca ht', 'sales', 'turnover', 'bookings', 'ventes en valeur', 'montant'],
  deals_won: ['deals won', 'deals', 'won deals', 'signatures', 'ventes', 'nombre de ventes', 'affaires gagnees', 'sales count', 'closings', 'closes'],
  new_customers: ['new customers', 'nouveaux clients', 'new clients', 'clients', 'customers', 'acquisition', 'new logos'],
  leads: ['leads', 'leads generes', 'prospects', 'nouveaux leads', 'new leads'],
  qualified_leads: ['qualified leads', 'leads qualifies', 'mql', 'sql'],
  meetings: ['meetings', 'rendez vous', 'rdv', 'reunions', 'demos', 'rendez vous tenus'],
  quotes_sent: ['quotes', 'quotes sent', 'devis', 'devis envoyes', 'proposals', 'propositions'],
  margin: ['margin', 'marge', 'marge commerciale', 'gross margin'],
};

/** The KPI id a metric name means, or undefined; also accepts any KPI's id, function name or label. */
export function metricId(name: string, defs: readonly KpiDef[]): string | undefined {
  const norm = normalizeText(name);
  if (!norm) return undefined;
  for (const id of Object.keys(METRIC_SYNONYMS)) if (METRIC_SYNONYMS[id].includes(norm)) return id;
  for (const def of defs) {
    if (normalizeText(def.id) === norm || normalizeText(def.fn) === norm) return def.id;
    if (normalizeText(def.label.fr) === norm || normalizeText(def.label.en) === norm) return def.id;
  }
  return undefined;
}

/** KPI id of each metric code of the targets table ('' when unknown). */
export function metricIdsByCode(targets: Table, defs: readonly KpiDef[]): readonly string[] {
  const kc = keyCodes(targets, 'metric');
  if (!kc) return [];
  return kc.labels.map((label) => metricId(label, defs) ?? '');
}

export interface TargetSum {
  /** The target: team rows (blank owner) when any, else the sum of the reps' rows. */
  readonly target: number | null;
  readonly rows: number;
}

/** Target of one KPI over the rows of `rows` (already restricted to a period and owner). */
export function sumTargets(targets: Table, rows: Int32Array, ids: readonly string[], kpiId: string): TargetSum {
  const metric = keyCodes(targets, 'metric');
  const owner = keyCodes(targets, 'owner');
  const value = numberColumn(targets, 'target');
  if (!metric || !value) return { target: null, rows: 0 };
  let team = 0;
  let teamRows = 0;
  let reps = 0;
  let repRows = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const c = metric.codes[i];
    if (c < 0 || ids[c] !== kpiId || Number.isNaN(value[i])) continue;
    if (!owner || owner.codes[i] < 0) {
      team += value[i];
      teamRows++;
    } else {
      reps += value[i];
      repRows++;
    }
  }
  if (teamRows) return { target: team, rows: teamRows };
  return repRows ? { target: reps, rows: repRows } : { target: null, rows: 0 };
}

/** The target set for `kpiId` in `period` (team target, or one rep's when `owner` is given); null when none. */
export function readTarget(input: KpiInput, kpiId: string, period: Period, owner: string | undefined, defs: readonly KpiDef[]): number | null {
  const targets = input.tables.targets;
  if (!targets) return null;
  const segment = owner && normalizeText(owner) ? { field: 'owner', value: owner } : undefined;
  const rows = rowsInPeriod(targets, 'date', period, segment);
  return sumTargets(targets, rows, metricIdsByCode(targets, defs), kpiId).target;
}
