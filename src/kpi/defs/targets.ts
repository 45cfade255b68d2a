// Target attainment: actual ÷ target for each metric the targets of the period name (team, or one rep by segment).

import { keyCodes } from '../keys';
import { chosen } from '../needs';
import { div, noValue, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { metricIdsByCode, sumTargets } from '../target-metrics';
import type { BreakdownRow, KpiDef, KpiResult } from '../types';
import { finite, NON_NEGATIVE, param } from './helpers';

/** Builds the entry; `catalog` gives the other KPIs (late-bound to avoid an import cycle with the catalog). */
export function targetAttainmentDef(catalog: () => readonly KpiDef[]): KpiDef {
  return {
    id: 'target_attainment',
    fn: 'TARGET_ATTAINMENT',
    label: { fr: "Atteinte de l'objectif", en: 'Target attainment' },
    description: {
      fr: "Réalisé ÷ objectif pour l'indicateur que nomme chaque ligne d'objectif de la période (CA, signatures, nouveaux clients, leads, rendez-vous...) ; valeur : le CA s'il a un objectif ; par commercial avec un segment sur le commercial.",
      en: 'Actual ÷ target for the metric each target row of the period names (revenue, deals won, new customers, leads, meetings...); value: revenue when it has a target; per rep with a segment on the owner.',
    },
    unit: 'rate',
    better: 'up',
    needs: [[{ entity: 'targets', fields: ['date', 'metric', 'target'] }]],
    compute(input, period, segment) {
      const defs = catalog();
      const targets = input.tables.targets!;
      const rows = rowsInPeriod(targets, 'date', period, segment);
      const ids = metricIdsByCode(targets, defs);
      const metricCodes = keyCodes(targets, 'metric')?.codes;
      const tally = new Tally();
      const seen: string[] = [];
      for (const id of ids) if (id && id !== 'target_attainment' && !seen.includes(id)) seen.push(id);
      const breakdown: BreakdownRow[] = [];
      let main: { actual: KpiResult; target: number } | undefined;
      for (const id of seen) {
        const sum = sumTargets(targets, rows, ids, id);
        if (sum.target === null) continue;
        const def = defs.find((d) => d.id === id)!;
        const actual = chosen(input, def.needs) === -1 ? null : def.compute(input, period, segment);
        tally.used += sum.rows;
        breakdown.push({ key: id, value: actual && actual.value !== null ? div(actual.value, sum.target) : null, count: sum.rows });
        if (actual && (!main || id === 'revenue')) main = { actual, target: sum.target };
      }
      for (let k = 0; k < rows.length; k++) {
        const code = metricCodes ? metricCodes[rows[k]] : -1;
        if (code < 0 || !seen.includes(ids[code])) tally.skip('unknown_metric');
      }
      if (!main) return noValue('no_target', tally, { breakdown });
      if (main.actual.value === null) return noValue(main.actual.why ?? 'no_rows', tally, { breakdown });
      if (main.target === 0) return noValue('zero_denominator', tally, { numerator: main.actual.value, denominator: 0, breakdown });
      return withValue(main.actual.value / main.target, tally, { numerator: main.actual.value, denominator: main.target, breakdown });
    },
    arithmetic: {
      params: [param('actual', 'Réalisé', 'Actual'), param('target', 'Objectif', 'Target', NON_NEGATIVE)],
      compute: (a, t) => (finite(a, t) ? div(a, t) : null),
      zero: ['target'],
    },
    example: { formula: '=TARGET_ATTAINMENT(46000, 50000)', result: '92%' },
  };
}
