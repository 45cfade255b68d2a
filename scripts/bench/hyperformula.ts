// HyperFormula side: the compared KPIs as the COUNTIFS/SUMIFS formulas a user would type (HyperFormula has no AVERAGEIFS).

import { HyperFormula, type Sheets } from 'hyperformula';
import type { Period } from '../../src/kpi/types';
import { SERIAL_EPOCH_DAY } from '../../src/model/days';
import type { Truth } from './data';
import type { MonthlyValues } from './kpis';

const serial = (day: number): number | null => (!Number.isNaN(day) ? day - SERIAL_EPOCH_DAY : null);

/**
 * Sheets `Deals` (created, closed, stage, amount, and a helper column `=IF(C2="","",C2-B2)` for the cycle), `Clients`
 * (id, start, end) and `KPI` (one row per month: start, end, then one hand-written formula per KPI).
 */
export function workbook(truth: Truth, periods: readonly Period[]): Sheets {
  const d = truth.deals;
  const n = d.stage.length;
  const deals: (string | number | null)[][] = [['Création', 'Clôture', 'Étape', 'Montant HT', 'Cycle (j)']];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const stage = d.stage[i] === 1 ? 'Gagné' : d.stage[i] === 2 ? 'Perdu' : 'En cours';
    deals.push([serial(d.created[i]), serial(d.closed[i]), stage, !Number.isNaN(d.amount[i]) ? d.amount[i] : null, `=IF(B${r}="","",B${r}-A${r})`]);
  }
  const c = truth.customers;
  const m = c.id.length;
  const clients: (string | number | null)[][] = [['Client', 'Début', 'Fin']];
  for (let i = 0; i < m; i++) clients.push([c.id[i], serial(c.start[i]), serial(c.end[i])]);
  const N = n + 1;
  const M = m + 1;
  const closed = `Deals!$B$2:$B$${N}`;
  const stage = `Deals!$C$2:$C$${N}`;
  const inMonth = (r: number): string => `${closed},">="&$A${r},${closed},"<"&$B${r}`;
  const start = `Clients!$B$2:$B$${M}`;
  const end = `Clients!$C$2:$C$${M}`;
  const kpi: (string | number | null)[][] = [
    ['Début', 'Fin', 'CA', 'Gagnées', 'Perdues', 'Taux de transformation', 'Cycle', 'Nouveaux clients', 'Actifs au début', 'Partis', 'Churn'],
  ];
  periods.forEach((p, k) => {
    const r = k + 2;
    kpi.push([
      serial(p.start),
      serial(p.end),
      `=SUMIFS(Deals!$D$2:$D$${N},${stage},"Gagné",${inMonth(r)})`,
      `=COUNTIFS(${stage},"Gagné",${inMonth(r)})`,
      `=COUNTIFS(${stage},"Perdu",${inMonth(r)})`,
      `=D${r}/(D${r}+E${r})`,
      `=SUMIFS(Deals!$E$2:$E$${N},${stage},"Gagné",${inMonth(r)})/D${r}`,
      `=COUNTIFS(${start},">="&$A${r},${start},"<"&$B${r})`,
      `=COUNTIFS(${start},"<"&$A${r})-COUNTIFS(${end},"<"&$A${r})`,
      `=COUNTIFS(${start},"<"&$A${r},${end},">="&$A${r},${end},"<"&$B${r})`,
      `=J${r}/I${r}`,
    ]);
  });
  return { Deals: deals, Clients: clients, KPI: kpi };
}

/** Builds the workbook (every formula evaluated) and returns the engine. */
export function evaluate(sheets: Sheets, rows: number): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: Math.max(40000, rows + 10) });
}

/** The KPI sheet's values per month; errors (#DIV/0!) become null. */
export function hfCompared(hf: HyperFormula): MonthlyValues {
  const id = hf.getSheetId('KPI');
  const values = id === undefined ? [] : hf.getSheetValues(id).slice(1);
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  return {
    revenue: values.map((r) => num(r[2])),
    deals_won: values.map((r) => num(r[3])),
    deals_lost: values.map((r) => num(r[4])),
    win_rate: values.map((r) => num(r[5])),
    sales_cycle: values.map((r) => num(r[6])),
    new_customers: values.map((r) => num(r[7])),
    churn: values.map((r) => num(r[10])),
  };
}
